import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runWorker, streamWorker } from '../../bench/lib/worker';

const WORKER = fileURLToPath(new URL('./fixtures/counting-worker.ts', import.meta.url));

describe('bench workers', () => {
  it('stream each result as it comes, and resolve to the last with runWorker', async () => {
    const seen: unknown[] = [];
    expect(await streamWorker(WORKER, ['--count', '3'], (r) => seen.push(r))).toEqual({ timedOut: false });
    expect(seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(await runWorker(WORKER, ['--count', '2'])).toEqual({ n: 2 });
  }, 30_000);

  it('keep what a worker reported before its time limit stopped it', async () => {
    const seen: unknown[] = [];
    const { timedOut } = await streamWorker(WORKER, ['--count', '1000', '--delay', '100'], (r) => seen.push(r), { timeoutMs: 4000 });
    expect(timedOut).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(1000);
  }, 30_000);

  it('reject when a worker fails', async () => {
    await expect(streamWorker(WORKER, ['--count', '1', '--exit', '3'], () => {})).rejects.toThrow(/exited with code 3/);
  }, 30_000);
});
