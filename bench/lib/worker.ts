import { spawn } from 'node:child_process';
import { REPO_ROOT } from './corpus';

/** Marks the lines on which a worker prints its results (anything else on stdout is passed through). */
export const RESULT_MARK = '@@bench-result ';

/** How to run a worker. */
export interface WorkerOptions {
  /** Node options before the script (heap size). */
  nodeArgs?: readonly string[];
  /** Kill the worker after this long; what it reported until then is kept. */
  timeoutMs?: number;
}

/**
 * Runs a bench worker script in a fresh Node process (its own heap: a
 * 100,000-article build must not crowd the page timings, and an index is
 * loaded the way a service worker would load it, cold), passing each result
 * it reports with `reportResult` to `onResult` as it comes. Resolves to
 * whether the worker was stopped by the time limit; rejects if it failed.
 */
export function streamWorker(
  script: string,
  args: readonly string[],
  onResult: (result: unknown) => void,
  options: WorkerOptions = {},
): Promise<{ timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...(options.nodeArgs ?? []), '--import', 'tsx', script, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : null;
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith(RESULT_MARK)) onResult(JSON.parse(line.slice(RESULT_MARK.length)));
        else process.stderr.write(`${line}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      if (timedOut) resolve({ timedOut });
      else if (code !== 0) reject(new Error(`${script} exited with code ${code}`));
      else resolve({ timedOut });
    });
  });
}

/** Runs a worker that reports one result, and resolves to it. */
export async function runWorker<T>(script: string, args: readonly string[], options: WorkerOptions = {}): Promise<T> {
  let result: T | undefined;
  await streamWorker(script, args, (r) => (result = r as T), options);
  if (result === undefined) throw new Error(`${script} reported no result`);
  return result;
}

/** Prints a result for `streamWorker` / `runWorker`. */
export function reportResult(result: unknown): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

/** Frees what can be freed before a memory reading (workers run with --expose-gc). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
