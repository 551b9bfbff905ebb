// `npx tsx scripts/measure-build.ts [--sizes 10000,100000] [--workers 1,2] [--seed S]`:
// times build + serialise of the bench's synthetic corpus (bench/lib/synthetic-corpus.ts,
// the five seeds included) on one thread and with worker threads, and prints articles/s,
// each index's version (equal whatever the worker count), the CPU time of every thread
// (steadier than wall time on a shared machine) and the machine's load.
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFolder } from '../lib/node/read-folder';
import { buildIndex } from '../lib/index/build';
import { buildIndexBytesParallel } from '../lib/node/build-index-parallel';
import type { ArticleInput, ProvenanceIndex } from '../lib/index/model';
import { serializeIndexBytes } from '../lib/index/serialize';
import { REPO_ROOT, articleParagraphs, readCorpusPages, sharedDir } from '../bench/lib/corpus';
import { syntheticArticles, templatePool } from '../bench/lib/synthetic-corpus';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    workers: { type: 'string', default: `1,${availableParallelism()}` },
    seed: { type: 'string', default: '20251122' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
// 1 is buildIndex on the main thread; more, buildIndexParallel with that many workers.
const workerCounts = values.workers!.split(',').map(Number);

// The template paragraphs, as bench/run.ts picks them (every other corpus page): cached, as extracting them takes a while.
async function templates(): Promise<string[][]> {
  const cache = join(tmpdir(), 'provenance-measure-build-templates.json');
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as string[][];
  const shared = sharedDir();
  if (!shared) throw new Error('no ../shared corpus: the synthetic corpus is recombined from it');
  const pages = (await readCorpusPages(shared)).filter((_, i) => i % 2 === 0);
  const out = pages.map((p) => articleParagraphs(p));
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

const pool = templatePool(await templates());
const seeds = (await readArticleFolder(join(REPO_ROOT, 'seeds'))).map((r) => r.article);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
for (const size of sizes) {
  const articles = [...syntheticArticles(pool, { articles: Math.max(0, size - seeds.length), seed: Number(values.seed) }), ...seeds];
  for (const workers of workerCounts) await measure(articles, workers);
}

async function measure(articles: ArticleInput[], workers: number): Promise<void> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  let index: ProvenanceIndex;
  let times: string;
  if (workers === 1) {
    index = buildIndex(articles);
    const built = performance.now();
    serializeIndexBytes(index);
    times = `build ${(built - t).toFixed(0)} ms + serialise ${(performance.now() - built).toFixed(0)} ms`;
  } else {
    // The workers encode the paragraphs' text too, each its own run's: build and serialise overlap.
    index = (await buildIndexBytesParallel(articles, { workers })).index;
    times = `build and serialise ${(performance.now() - t).toFixed(0)} ms`;
  }
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    `${articles.length} articles, ${workers === 1 ? 'one thread' : `${workers} workers`}: ${times}, ` +
      `${((articles.length / ms) * 1000).toFixed(0)} articles/s, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms, version ${index.version}, load ${load()}\n`,
  );
}
