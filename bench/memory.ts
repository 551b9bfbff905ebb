// `npx tsx bench/memory.ts [--articles 10000] [--adds 100] [--compact-levels 4] [--templates index|all]`: the reading memory's figures (issue 13).
// memoryAddMs: median time of one add (index of one article, one IndexedDB transaction; fake-indexeddb in Node).
// matchMsWithMemory: median match time of bench pages against N remembered articles in the segments
// the log-structured memory leaves (FANOUT per level), over the same articles as one index.
// memoryBytesPerArticle: every stored byte of both tables (segment indexes and article lists, each row as JSON) over articles.
// memoryCompactMs: one merge of FANOUT segments by the store's compact(), per level, and over the merges N adds make;
// memoryCompactHeldMsMax: the longest a merge holds the thread at once (it is built in steps, with pauses between).
// Merges `memory` into bench/results/latest.json.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFolder } from '../lib/node/read-folder';
import { buildIndex } from '../lib/index/build';
import { deserializeIndex, describeIndexFile, serializeIndexBytes } from '../lib/index/serialize';
import { composeIndex } from '../lib/index/segments';
import { openMemorySegment } from '../lib/memory/memory-segment';
import { matchPage } from '../lib/match/match-page';
import { createResultsDatabase, type MemorySegmentRow } from '../lib/cache/database';
import { articleInput, createMemoryStore, MEMORY_FANOUT, memoryRow, type MemoryInput } from '../lib/memory/memory-store';
import type { ArticleInput, ProvenanceIndex } from '../lib/index/model';
import { syntheticArticles, templatePool } from './lib/synthetic-corpus';
import { REPO_ROOT, articleParagraphs, readCorpusPages, sharedDir } from './lib/corpus';
import { median, round } from './lib/stats';
import { machineInfo } from './lib/machine';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    adds: { type: 'string', default: '100' },
    'compact-levels': { type: 'string', default: '4' },
    // index: the synthetic articles of `npm run bench`'s index scaling (half the corpus lends its text), where the
    // index's own budget of 3,072 B an article is measured; all: the seeds and every corpus article (longer on average).
    templates: { type: 'string', default: 'index' },
    // The synthetic articles' random seed (another seed, other articles: how much the figures owe to one draw).
    seed: { type: 'string', default: '20261205' },
  },
});
const N = Number(values.articles);
const ADDS = Number(values.adds);
const COMPACT_LEVELS = Number(values['compact-levels']);
const READ_AT = Date.UTC(2026, 11, 5);
const log = (s: string) => process.stderr.write(`${s}\n`);
const freshDb = () => createResultsDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

const seeds = (await readArticleFolder(join(REPO_ROOT, 'seeds'))).map((r) => r.article);
const shared = sharedDir();
if (values.templates !== 'all' && values.templates !== 'index') throw new Error('--templates is index or all');
const corpusPages = shared ? await readCorpusPages(shared) : [];
if (!corpusPages.length) log(`NOTICE: no corpus at ${join(REPO_ROOT, '../shared/corpus')}: the synthetic articles recombine the seeds alone`);
const templates =
  values.templates === 'all' || !corpusPages.length
    ? [...seeds.map((s) => s.paragraphs), ...corpusPages.map(articleParagraphs).filter((p) => p.length > 2)]
    : corpusPages.filter((_, i) => i % 2 === 0).map(articleParagraphs);
const inputs: MemoryInput[] = syntheticArticles(templatePool(templates), { articles: N, seed: Number(values.seed) }).map((a, i) => ({
  url: `https://outlet-${i % 97}.example/story-${i}`,
  title: a.title,
  outlet: a.outlet,
  published: a.published,
  paragraphs: a.paragraphs,
}));
// Each article as the store keeps it: its row, and its source in a segment's index (source id with the read date).
const rows = inputs.map((a) => memoryRow(a, READ_AT, 'memory:mirhd2k3-1a-k3j9d2'));
const articles: ArticleInput[] = rows.map((r, i) => articleInput(r, inputs[i]!.paragraphs));
const textBytes = inputs.reduce((n, a) => n + Buffer.byteLength(a.paragraphs.join('')), 0);
log(`${N} synthetic articles from ${templates.length} template articles, ${Math.round(textBytes / N)} B of text each`);

// One add at a time, as the background does; compaction between adds, as the recorder does (not timed here: it runs after).
const store = createMemoryStore(freshDb());
const addMs: number[] = [];
for (const a of inputs.slice(0, ADDS)) {
  const t = performance.now();
  await store.add(a);
  addMs.push(performance.now() - t);
  await store.compact();
}
const stats = await store.stats();
log(`add: median ${round(median(addMs))} ms over ${ADDS}; ${stats.articles} articles, ${stats.bytes} bytes`);

// The segments N adds leave: N written in base FANOUT, one segment per unit of each digit (e.g. 10,000 = 2×4096 + 3×512 + 4×64 + 2×8).
const levels: number[] = [];
for (let rest = N, level = 0; rest > 0; level++, rest = Math.floor(rest / MEMORY_FANOUT)) for (let k = 0; k < rest % MEMORY_FANOUT; k++) levels.push(level);
const sections: Record<string, number> = {};
// A segment as the background opens it (openMemorySegment: small ones get key filters).
const decoded = (list: ArticleInput[], level: number): { index: ProvenanceIndex; bytes: number } => {
  const bytes = serializeIndexBytes(buildIndex(list));
  for (const [name, n] of Object.entries(describeIndexFile(bytes).sections)) sections[name] = (sections[name] ?? 0) + n;
  return { index: openMemorySegment({ bytes: bytes.slice().buffer as ArrayBuffer, level }), bytes: bytes.length };
};
let at = 0;
let segmentBytes = 0;
const segments = levels.reverse().map((level, k) => {
  const { index, bytes } = decoded(articles.slice(at, (at += MEMORY_FANOUT ** level)), level);
  segmentBytes += bytes;
  return { id: `memory:${k}`, origin: 'memory' as const, index };
});
log(`${segments.length} segments built`);
const perSection = Object.fromEntries(
  Object.entries(sections)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => [name, Math.round(n / N)]),
);
const composed = composeIndex(segments);
const one = composeIndex([{ id: 'memory:all', origin: 'memory', index: deserializeIndex(serializeIndexBytes(buildIndex(articles))) }]);
// Each row as JSON, and each article's id once more in its segment's list of the articles it holds.
const rowBytes = rows.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)) + Buffer.byteLength(JSON.stringify(r.id)) + 1, 0);

// Bench pages: the seeds, and pages that carry two paragraphs of remembered articles among their own.
const pages = [
  ...seeds.map((s) => ({ title: s.title, paragraphs: s.paragraphs })),
  ...Array.from({ length: 15 }, (_, i) => {
    const a = articles[(i * 613) % N]!;
    const b = articles[(i * 911 + 7) % N]!;
    return { title: null, paragraphs: [...seeds[i % seeds.length]!.paragraphs.slice(0, 3), a.paragraphs[0]!, b.paragraphs[1] ?? b.paragraphs[0]!] };
  }),
];
// Per page, the two sides back to back, 3 runs each, the first side alternating by page (a slow moment of the machine
// then falls on both); both warmed up first. Medians per page, then over pages.
const timeBoth = (a: ProvenanceIndex, b: ProvenanceIndex): [number, number] => {
  const perPage = pages.map((p, i) => {
    const runs: [number[], number[]] = [[], []];
    const order = i % 2 ? ([1, 0] as const) : ([0, 1] as const);
    for (let r = 0; r < 3; r++)
      for (const side of order) {
        const t = performance.now();
        matchPage({ ...p, readerable: true, url: null }, side ? b : a);
        runs[side].push(performance.now() - t);
      }
    return [median(runs[0]), median(runs[1])] as const;
  });
  return [median(perPage.map((x) => x[0])), median(perPage.map((x) => x[1]))];
};
timeBoth(composed, one); // warm-up of both
const [segmentedMs, oneMs] = timeBoth(composed, one);

// Compaction: the store's compact() merging FANOUT segments of each level (8^level articles each) into one, in a fresh database.
// Levels 0..COMPACT_LEVELS-1 are the merges a memory of 8^COMPACT_LEVELS articles makes (10,000: into levels 1 to 4).
const compactByLevel: Array<{ level: number; articles: number; runs: number[]; merges: number; longest: number[] }> = [];
for (let level = 0; level < COMPACT_LEVELS && MEMORY_FANOUT ** (level + 1) <= N; level++) {
  const per = MEMORY_FANOUT ** level;
  const segs: MemorySegmentRow[] = Array.from({ length: MEMORY_FANOUT }, (_, k) => {
    const list = articles.slice(k * per, (k + 1) * per);
    const bytes = serializeIndexBytes(buildIndex(list));
    return {
      id: `memory:bench-${level}-${k}`,
      level,
      articleIds: rows.slice(k * per, (k + 1) * per).map((r) => r.id),
      bytes: bytes.slice().buffer as ArrayBuffer,
    };
  });
  const keptRows = segs.flatMap((s, k) => rows.slice(k * per, (k + 1) * per).map((r) => ({ ...r, segment: s.id })));
  const db = freshDb();
  await db.open();
  // The longest stretch between two of the merge's pauses (or its start or end): how long the background is held at once.
  let last = 0;
  let held = 0;
  const pause = () => {
    const now = performance.now();
    held = Math.max(held, now - last);
    last = now;
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  };
  const compacting = createMemoryStore(db, { pause });
  const runs: number[] = [];
  const longest: number[] = [];
  for (let r = 0; r < Math.max(1, 7 - 2 * level); r++) {
    await db.transaction('rw', db.memory, db.memorySegments, async () => {
      await db.memory.clear();
      await db.memorySegments.clear();
      await db.memory.bulkPut(keptRows);
      await db.memorySegments.bulkPut(segs);
    });
    const t = performance.now();
    last = t;
    held = 0;
    if ((await compacting.compact()) !== 1) throw new Error('expected one merge');
    runs.push(performance.now() - t);
    longest.push(Math.max(held, performance.now() - last));
  }
  db.close();
  const merges = Math.floor(N / MEMORY_FANOUT ** (level + 1));
  compactByLevel.push({ level, articles: per * MEMORY_FANOUT, runs, merges, longest });
  log(
    `compact level ${level} -> ${level + 1} (${per * MEMORY_FANOUT} articles): median ${round(median(runs))} ms, max ${round(Math.max(...runs))} ms; held at most ${round(Math.max(...longest))} ms at once`,
  );
}
// Over the merges filling N articles makes: each level's median counted once per such merge.
const weighted = compactByLevel.flatMap((l) => Array.from({ length: l.merges }, () => median(l.runs)));

const result = {
  machine: machineInfo(),
  articles: N,
  templates: corpusPages.length ? values.templates : 'seeds',
  segments: segments.length,
  memoryAddMs: round(median(addMs)),
  memoryAddsTimed: ADDS,
  matchMsWithMemory: round(segmentedMs),
  matchMsOneIndex: round(oneMs),
  matchRatio: round(segmentedMs / oneMs),
  memoryBytesPerArticle: Math.round((segmentBytes + rowBytes) / N),
  memorySegmentBytesPerArticle: Math.round(segmentBytes / N),
  memoryRowBytesPerArticle: Math.round(rowBytes / N),
  memoryTextBytesPerArticle: Math.round(textBytes / N),
  memorySegmentSectionBytesPerArticle: perSection,
  memoryBytesPerArticleMeasuredSmall: Math.round(stats.bytes / stats.articles),
  memoryCompactMsMedian: weighted.length ? round(median(weighted)) : null,
  memoryCompactMsMax: compactByLevel.length ? round(Math.max(...compactByLevel.flatMap((l) => l.runs))) : null,
  memoryCompactHeldMsMax: compactByLevel.length ? round(Math.max(...compactByLevel.flatMap((l) => l.longest))) : null,
  memoryCompactMsByLevel: compactByLevel.map((l) => ({
    from: l.level,
    articles: l.articles,
    medianMs: round(median(l.runs)),
    maxMs: round(Math.max(...l.runs)),
    heldMs: round(Math.max(...l.longest)),
    runs: l.runs.length,
    mergesIn: l.merges,
  })),
};
console.log(JSON.stringify(result, null, 2));
const out = join(REPO_ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
const file = join(out, 'latest.json');
const latest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(file, `${JSON.stringify({ ...latest, memory: result }, null, 2)}\n`);
