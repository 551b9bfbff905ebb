// Bench worker: the same synthetic corpus as build-index.ts (--size articles,
// the seeds among them) built as one pack and as --segments packs of
// consecutive articles (packs made at different times); reports the pack
// bytes per article and the time of matching the pages of --pages against
// both, first visit, page by page interleaved. Run by bench/lib/segments-bench.ts.
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleFolder } from '../../lib/node/read-folder';
import { buildIndex } from '../../lib/index/build';
import { readPack, writePack } from '../../lib/index/pack';
import { composeIndex, type Segment } from '../../lib/index/segments';
import { matchPage } from '../../lib/match/match-page';
import type { PageReport } from '../../lib/types';
import { syntheticArticles, templatePool } from '../lib/synthetic-corpus';
import { REPO_ROOT } from '../lib/corpus';
import { reportResult } from '../lib/worker';
import type { MatchPageInput } from './index-and-pages';

/** What this worker reports. */
export interface SegmentsReport {
  articles: number;
  segments: number;
  packBytes: number;
  segmentPackBytes: number;
  buildMs: number;
  segmentsBuildMs: number;
  /** Reading the pack(s) and composing, in ms. */
  openOneMs: number;
  openSegmentsMs: number;
  /** Per page, first visit: against one index, against the composed segments. */
  pages: Array<{ slug: string; oneMs: number; segmentsMs: number }>;
  /** Pages whose reports differ between the two (ignoring origin and index version). */
  pagesDiffering: number;
}

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    segments: { type: 'string', default: '10' },
    seed: { type: 'string', default: '20251122' },
    templates: { type: 'string' },
    pages: { type: 'string' },
  },
});
const size = Number(values.size);
const parts = Number(values.segments);
if (!(size > 0) || !(parts > 0) || !values.templates || !values.pages)
  throw new Error('usage: segments.ts --size N --segments K --templates FILE --pages FILE');

const templates = JSON.parse(await readFile(values.templates, 'utf8')) as string[][];
const pages = JSON.parse(await readFile(values.pages, 'utf8')) as MatchPageInput[];
const seeds = (await readArticleFolder(join(REPO_ROOT, 'seeds'))).map((r) => r.article);
const articles = [...syntheticArticles(templatePool(templates), { articles: Math.max(0, size - seeds.length), seed: Number(values.seed) }), ...seeds];

let t = performance.now();
const onePack = writePack(buildIndex(articles), { name: 'one', createdFrom: 'bench' });
const buildMs = performance.now() - t;
t = performance.now();
const per = Math.ceil(articles.length / parts);
const segmentPacks = Array.from({ length: parts }, (_, k) =>
  writePack(buildIndex(articles.slice(k * per, (k + 1) * per)), { name: `part ${k}`, createdFrom: 'bench' }),
);
const segmentsBuildMs = performance.now() - t;

const openOne = () => composeIndex([asSegment(onePack)]);
const openSegments = () => composeIndex(segmentPacks.map(asSegment));
function asSegment(bytes: Uint8Array): Segment {
  const { meta, index } = readPack(bytes);
  return { id: `pack:${meta.checksum}`, origin: 'pack', index };
}

// Compile the matching code on other instances first; then time first visits on fresh ones.
const warmOne = openOne();
const warmSegments = openSegments();
for (const page of pages.slice(0, 8)) {
  matchPage(page, warmOne);
  matchPage(page, warmSegments);
}
t = performance.now();
const one = openOne();
const openOneMs = performance.now() - t;
t = performance.now();
const segmented = openSegments();
const openSegmentsMs = performance.now() - t;

const strip = (r: PageReport) =>
  JSON.stringify({
    ...r,
    indexVersion: '',
    paragraphs: r.paragraphs.map((p) => ({ ...p, matches: p.matches.map((m) => ({ ...m, origin: '' })) })),
    outlets: r.outlets.map((o) => ({ ...o, origin: '' })),
  });
let pagesDiffering = 0;
const timings = pages.map((page, i) => {
  // The side that goes first alternates, so neither always meets a warmer cache.
  const run = (index: typeof one) => {
    const start = performance.now();
    const report = matchPage(page, index);
    return { ms: performance.now() - start, report };
  };
  const [a, b] = i % 2 ? [run(segmented), run(one)] : [run(one), run(segmented)];
  const [o, s] = i % 2 ? [b, a] : [a, b];
  if (strip(o.report) !== strip(s.report)) pagesDiffering++;
  return { slug: page.slug, oneMs: o.ms, segmentsMs: s.ms };
});

reportResult({
  articles: articles.length,
  segments: parts,
  packBytes: onePack.length,
  segmentPackBytes: segmentPacks.reduce((n, p) => n + p.length, 0),
  buildMs,
  segmentsBuildMs,
  openOneMs,
  openSegmentsMs,
  pages: timings,
  pagesDiffering,
} satisfies SegmentsReport);
