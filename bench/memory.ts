// `npx tsx bench/memory.ts [--articles 10000] [--adds 100]`: the reading memory's figures (issue 13).
// memoryAddMs: median time of one add (index of one article, one IndexedDB transaction; fake-indexeddb in Node).
// matchMsWithMemory: median match time of bench pages against N remembered articles in the segments
// the log-structured memory leaves (FANOUT per level), over the same articles as one index.
// memoryBytesPerArticle: stored bytes (article rows and segment indexes) over articles.
// Merges `memory` into bench/results/latest.json.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFolder } from '../lib/node/read-folder';
import { buildIndex } from '../lib/index/build';
import { deserializeIndex, serializeIndexBytes } from '../lib/index/serialize';
import { composeIndex } from '../lib/index/segments';
import { matchPage } from '../lib/match/match-page';
import { createResultsDatabase } from '../lib/cache/database';
import { createMemoryStore, MEMORY_FANOUT } from '../lib/memory/memory-store';
import type { ArticleInput, ProvenanceIndex } from '../lib/index/model';
import { syntheticArticles, templatePool } from './lib/synthetic-corpus';
import { REPO_ROOT, articleParagraphs, readCorpusPages, sharedDir } from './lib/corpus';
import { median, round } from './lib/stats';
import { machineInfo } from './lib/machine';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, adds: { type: 'string', default: '100' } } });
const N = Number(values.articles);
const ADDS = Number(values.adds);
const log = (s: string) => process.stderr.write(`${s}\n`);

const seeds = (await readArticleFolder(join(REPO_ROOT, 'seeds'))).map((r) => r.article);
const shared = sharedDir();
const corpus = shared ? (await readCorpusPages(shared)).map(articleParagraphs).filter((p) => p.length > 2) : [];
const templates = [...seeds.map((s) => s.paragraphs), ...corpus];
const articles: ArticleInput[] = syntheticArticles(templatePool(templates), { articles: N, seed: 20261205 }).map((a, i) => ({
  ...a,
  url: `https://outlet-${i % 97}.example/story-${i}`,
}));
log(`${N} synthetic articles from ${templates.length} template articles`);

// One add at a time, as the background does; compaction between adds, as the recorder does (not timed: it runs after).
const store = createMemoryStore(createResultsDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }));
const addMs: number[] = [];
for (const a of articles.slice(0, ADDS)) {
  const t = performance.now();
  await store.add({ url: a.url!, title: a.title, outlet: a.outlet, published: a.published, paragraphs: a.paragraphs });
  addMs.push(performance.now() - t);
  await store.compact();
}
const stats = await store.stats();
log(`add: median ${round(median(addMs))} ms over ${ADDS}; ${stats.articles} articles, ${stats.bytes} bytes`);

// The segments N adds leave: N written in base FANOUT, one segment per unit of each digit (e.g. 10,000 = 2×4096 + 3×512 + 4×64 + 2×8).
const sizes: number[] = [];
for (let rest = N, level = 0; rest > 0; level++, rest = Math.floor(rest / MEMORY_FANOUT))
  for (let k = 0; k < rest % MEMORY_FANOUT; k++) sizes.push(MEMORY_FANOUT ** level);
const decoded = (list: ArticleInput[]): { index: ProvenanceIndex; bytes: number } => {
  const bytes = serializeIndexBytes(buildIndex(list));
  return { index: deserializeIndex(bytes), bytes: bytes.length };
};
let at = 0;
let segmentBytes = 0;
const segments = sizes.reverse().map((n, k) => {
  const { index, bytes } = decoded(articles.slice(at, (at += n)));
  segmentBytes += bytes;
  return { id: `memory:${k}`, origin: 'memory' as const, index };
});
log(`${segments.length} segments built`);
const composed = composeIndex(segments);
const one = composeIndex([{ id: 'memory:all', origin: 'memory', index: decoded(articles).index }]);
const rowBytes = articles.reduce(
  (n, a) =>
    n +
    JSON.stringify({
      ...a,
      id: 'm-0123456789abcdef',
      textHash: '0123456789abcdef',
      site: 'outlet-00.example',
      readAt: Date.now(),
      segment: 'memory:xxxxxxxx-x-xxxxxx',
    }).length,
  0,
);

// Bench pages: the seeds, and pages that carry two paragraphs of remembered articles among their own.
const pages = [
  ...seeds.map((s) => ({ title: s.title, paragraphs: s.paragraphs })),
  ...Array.from({ length: 15 }, (_, i) => {
    const a = articles[(i * 613) % N]!;
    const b = articles[(i * 911 + 7) % N]!;
    return { title: null, paragraphs: [...seeds[i % seeds.length]!.paragraphs.slice(0, 3), a.paragraphs[0]!, b.paragraphs[1] ?? b.paragraphs[0]!] };
  }),
];
const timeOn = (index: ProvenanceIndex) =>
  median(
    pages.map((p) => {
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) {
        const t = performance.now();
        matchPage({ ...p, readerable: true, url: null }, index);
        runs.push(performance.now() - t);
      }
      return median(runs);
    }),
  );
timeOn(one); // warm-up
const segmentedMs = timeOn(composed);
const oneMs = timeOn(one);
const result = {
  machine: machineInfo(),
  articles: N,
  segments: segments.length,
  memoryAddMs: round(median(addMs)),
  memoryAddsTimed: ADDS,
  matchMsWithMemory: round(segmentedMs),
  matchMsOneIndex: round(oneMs),
  matchRatio: round(segmentedMs / oneMs),
  memoryBytesPerArticle: Math.round((segmentBytes + rowBytes) / N),
  memoryBytesPerArticleMeasuredSmall: Math.round(stats.bytes / stats.articles),
};
console.log(JSON.stringify(result, null, 2));
const out = join(REPO_ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const file = join(out, 'latest.json');
const latest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(file, `${JSON.stringify({ ...latest, memory: result }, null, 2)}\n`);
