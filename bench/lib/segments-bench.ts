import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWorker } from './worker';
import { median, sum } from './stats';
import type { SegmentsReport } from '../workers/segments';
import type { MatchPageInput } from '../workers/index-and-pages';

const SEGMENTS_WORKER = fileURLToPath(new URL('../workers/segments.ts', import.meta.url));

/** Part 5, summarised: packs' size, and matching over segments against one index. */
export interface SegmentsResult extends SegmentsReport {
  packBytesPerArticle: number;
  segmentPackBytesPerArticle: number;
  /** Median over pages of the composed segments' time / one index's time on that page. */
  segmentsOverOneIndex: number;
  /** Total time over all pages, segments / one index. */
  segmentsOverOneIndexTotal: number;
  oneMedianMs: number;
  segmentsMedianMs: number;
}

/** Runs the segments worker (bench/workers/segments.ts) in its own process and summarises what it reports. */
export async function benchSegments(
  size: number,
  segments: number,
  templates: readonly (readonly string[])[],
  pages: readonly MatchPageInput[],
): Promise<SegmentsResult> {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-segments-'));
  try {
    const templatesFile = join(dir, 'templates.json');
    const pagesFile = join(dir, 'pages.json');
    writeFileSync(templatesFile, JSON.stringify(templates));
    writeFileSync(pagesFile, JSON.stringify(pages));
    const r = await runWorker<SegmentsReport>(
      SEGMENTS_WORKER,
      ['--size', String(size), '--segments', String(segments), '--templates', templatesFile, '--pages', pagesFile],
      {
        nodeArgs: ['--max-old-space-size=8192'],
      },
    );
    return {
      ...r,
      packBytesPerArticle: r.packBytes / r.articles,
      segmentPackBytesPerArticle: r.segmentPackBytes / r.articles,
      segmentsOverOneIndex: median(r.pages.map((p) => p.segmentsMs / p.oneMs)),
      segmentsOverOneIndexTotal: sum(r.pages.map((p) => p.segmentsMs)) / sum(r.pages.map((p) => p.oneMs)),
      oneMedianMs: median(r.pages.map((p) => p.oneMs)),
      segmentsMedianMs: median(r.pages.map((p) => p.segmentsMs)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
