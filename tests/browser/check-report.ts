import { runCheck } from '../../lib/cli/check';
import { seedIndex } from '../../lib/index/seed-index';
import type { PageReport } from '../../lib/types';

/** `check --json --url <url> <file>` run in-process: the terminal's report on the same page. */
export async function checkReport(file: string, url: string): Promise<PageReport> {
  let out = '';
  let err = '';
  const status = await runCheck([file, '--json', '--url', url], {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    readStdin: async () => new Uint8Array(),
    index: seedIndex,
  });
  if (status !== 0) throw new Error(`check failed (${status}): ${err}`);
  return JSON.parse(out) as PageReport;
}

/** A report's matched paragraphs as the popup shows them: index → source ids (sorted) and kinds. */
export function matchedParagraphs(report: PageReport): Record<number, Array<{ sourceId: string; kind: string }>> {
  const out: Record<number, Array<{ sourceId: string; kind: string }>> = {};
  for (const p of report.paragraphs) {
    if (p.matches.length) out[p.index] = p.matches.map((m) => ({ sourceId: m.sourceId, kind: m.kind }));
  }
  return out;
}
