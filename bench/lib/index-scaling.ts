import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWorker, streamWorker } from './worker';
import { median, p95 } from './stats';
import type { PassageQuoteTiming } from '../workers/load-index';
import type { MatchPageInput } from '../workers/index-and-pages';
import type { MatchTimingRecord } from '../workers/match-index';
import { createPrng } from './prng';

const BUILD_WORKER = fileURLToPath(new URL('../workers/build-index.ts', import.meta.url));
const LOAD_WORKER = fileURLToPath(new URL('../workers/load-index.ts', import.meta.url));
const MATCH_WORKER = fileURLToPath(new URL('../workers/match-index.ts', import.meta.url));
/** Fresh processes that match the pages against each index (per page, the median of their times is kept). */
const MATCH_RUNS = 3;

/** What the build worker reports. */
export interface BuildReport {
  articles: number;
  paragraphs: number;
  sentences: number;
  wordsPerArticle: number;
  textBytesPerArticle: number;
  generateMs: number;
  buildMs: number;
  serializeMs: number;
  /** Articles / (build + serialise wall time), in seconds, with worker threads on every core. */
  buildArticlesPerSecond: number;
  buildHeapMB: number;
  bytes: number;
  gzipBytes: number;
  sections: Record<string, number>;
  version: string;
}

/** What the load worker reports. */
export interface LoadReport {
  fileBytes: number;
  readMs: number;
  loadMs: number;
  loadWarmMs: number;
  memoryMB: { heapUsed: number; arrayBuffers: number; total: number; rss: number };
  pages: PassageQuoteTiming[];
  sources: number;
}

/** One page's times against one index; null where the time budget ran out first. */
export interface PageMatchTiming extends PassageQuoteTiming {
  /** All tiers, first visit. */
  firstMs: number | null;
  outlets: number | null;
  /** All tiers again (its text and postings now decoded). */
  repeatMs: number | null;
  /** All tiers, without the page's address. */
  noUrlMs: number | null;
}

/** One index size, summarised. */
export interface ScalePoint {
  articles: number;
  build: BuildReport;
  load: LoadReport;
  /** Per page, every timing. */
  pages: PageMatchTiming[];
  /** Whether the all-tier matching was stopped by the time budget. */
  matchBudgetHit: boolean;
  bytesPerArticle: number;
  gzipBytesPerArticle: number;
  /** Pages timed with all tiers within the time budget (the passage and quote tiers are timed on every page). */
  matchPagesTimed: number;
  /** Median over timed pages of the first match (all tiers) against a freshly loaded index. */
  matchMsPerPage: number;
  matchP95Ms: number;
  /** The same pages matched again (text and postings already decoded). */
  matchRepeatMsPerPage: number | null;
  /** Without the page's address (no look-up of the page among the indexed articles). */
  matchNoUrlMsPerPage: number | null;
  /** Median over every page of the passage and quote tiers alone, first visit. */
  passageQuoteMsPerPage: number;
  /** Median over timed pages of first-match time / Readability-alone time on that page. */
  matchOverReadability: number | null;
  /** The same for the passage and quote tiers alone, over every page. */
  passageQuoteOverReadability: number | null;
}

/** A page to match, with Readability's time on it from part 1 (null where part 1 did not time it). */
export type ScalingPage = MatchPageInput & { readabilityMs: number | null };

/**
 * The order in which pages are matched, so that a time budget cut leaves a
 * fair sample: the seed pages (which the index carries) first, then the
 * others shuffled, the same way on every run.
 */
export function budgetOrder<T extends { slug: string }>(pages: readonly T[]): T[] {
  const seeds = pages.filter((p) => p.slug.startsWith('seed-'));
  const rest = pages.filter((p) => !p.slug.startsWith('seed-'));
  const rng = createPrng(7);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  return [...seeds, ...rest];
}

/**
 * Median first-match times at two sizes over the pages timed at both (a time
 * budget may have cut a different number of pages at each), and their ratio.
 */
export function scalingOverCommonPages(small: ScalePoint, large: ScalePoint): { pages: number; smallMs: number; largeMs: number; ratio: number } | null {
  const largeBySlug = new Map(large.pages.map((p) => [p.slug, p.firstMs]));
  const common = small.pages.filter((p) => p.firstMs !== null && largeBySlug.get(p.slug) != null);
  if (!common.length) return null;
  const smallMs = median(common.map((p) => p.firstMs!));
  const largeMs = median(common.map((p) => largeBySlug.get(p.slug)!));
  return { pages: common.length, smallMs, largeMs, ratio: largeMs / smallMs };
}

/**
 * Part 2: for each size, a worker process generates and builds the index and
 * writes it; a second, fresh process loads it and matches the pages against it.
 */
export async function benchIndexScaling(
  sizes: readonly number[],
  templates: readonly (readonly string[])[],
  pages: readonly ScalingPage[],
  budgetSeconds: number,
  log: (s: string) => void,
): Promise<ScalePoint[]> {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-bench-'));
  try {
    const templatesFile = join(dir, 'templates.json');
    writeFileSync(templatesFile, JSON.stringify(templates));
    const pagesFile = join(dir, 'pages.json');
    writeFileSync(pagesFile, JSON.stringify(budgetOrder(pages).map(({ readabilityMs: _r, ...page }) => page)));
    const readability = new Map(pages.map((p) => [p.slug, p.readabilityMs]));
    const out: ScalePoint[] = [];
    for (const size of sizes) {
      const file = join(dir, `index-${size}.plix`);
      log(`  index of ${size.toLocaleString('en-US')} articles: generating and building...`);
      // A 100,000-article build holds several GB of intermediate tables.
      const build = await runWorker<BuildReport>(BUILD_WORKER, ['--size', String(size), '--templates', templatesFile, '--out', file], {
        nodeArgs: ['--max-old-space-size=16384'],
      });
      log(`  index of ${size.toLocaleString('en-US')} articles: built in ${(build.buildMs / 1000).toFixed(1)} s; loading and matching...`);
      const load = await runWorker<LoadReport>(LOAD_WORKER, ['--index', file, '--pages', pagesFile]);
      const timings = new Map<string, PageMatchTiming>(load.pages.map((p) => [p.slug, { ...p, firstMs: null, outlets: null, repeatMs: null, noUrlMs: null }]));
      // Each page's times in MATCH_RUNS fresh processes, and their median: one process's first visits vary by
      // half from run to run (which page pays for decoding and compiling what all need, and garbage collection).
      const runs = new Map<string, Record<MatchTimingRecord['pass'], number[]>>();
      let timedOut = false;
      for (let run = 0; run < MATCH_RUNS; run++) {
        // The all-tier matching stops at the budget (plus a minute for loading); what was timed by then is kept.
        const result = await streamWorker(
          MATCH_WORKER,
          ['--index', file, '--pages', pagesFile],
          (r) => {
            const rec = r as MatchTimingRecord;
            const t = timings.get(rec.slug);
            if (!t) return;
            if (rec.pass === 'first') t.outlets = rec.outlets;
            const times = runs.get(rec.slug) ?? { first: [], repeat: [], noUrl: [] };
            times[rec.pass].push(rec.ms);
            runs.set(rec.slug, times);
          },
          { timeoutMs: (budgetSeconds + 60) * 1000 },
        );
        timedOut ||= result.timedOut;
      }
      for (const [slug, times] of runs) {
        const t = timings.get(slug)!;
        // A page is timed where every run timed all three of its passes (a budget cut may leave the last one short).
        if (times.noUrl.length < MATCH_RUNS) continue;
        t.firstMs = median(times.first);
        t.repeatMs = median(times.repeat);
        t.noUrlMs = median(times.noUrl);
      }
      rmSync(file, { force: true });
      const pageTimings = [...timings.values()];
      const timed = pageTimings.filter((p) => p.firstMs !== null && p.noUrlMs !== null);
      const values = (f: (p: PageMatchTiming) => number | null) => pageTimings.flatMap((p) => (f(p) === null ? [] : [f(p)!]));
      const overReadability = (f: (p: PageMatchTiming) => number | null) =>
        pageTimings.flatMap((p) => {
          const r = readability.get(p.slug);
          const ms = f(p);
          return r && ms !== null ? [ms / r] : [];
        });
      const orNull = (xs: number[]) => (xs.length ? median(xs) : null);
      out.push({
        articles: build.articles,
        build,
        load,
        pages: pageTimings,
        matchBudgetHit: timedOut,
        bytesPerArticle: build.bytes / build.articles,
        gzipBytesPerArticle: build.gzipBytes / build.articles,
        matchPagesTimed: timed.length,
        matchMsPerPage: median(values((p) => p.firstMs)),
        matchP95Ms: p95(values((p) => p.firstMs)),
        matchRepeatMsPerPage: orNull(values((p) => p.repeatMs)),
        matchNoUrlMsPerPage: orNull(values((p) => p.noUrlMs)),
        passageQuoteMsPerPage: median(values((p) => p.passageQuoteMs)),
        matchOverReadability: orNull(overReadability((p) => p.firstMs)),
        passageQuoteOverReadability: orNull(overReadability((p) => p.passageQuoteMs)),
      });
      log(
        `  index of ${size.toLocaleString('en-US')} articles: loaded in ${load.loadMs.toFixed(0)} ms; ${timed.length} of ${load.pages.length} pages timed with all tiers${timedOut ? ' (time budget reached)' : ''}`,
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
