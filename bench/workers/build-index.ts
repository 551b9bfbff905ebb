// Bench worker: generates a synthetic corpus of --size articles (the five
// seeds among them), builds and serialises its index, writes it to --out and
// reports sizes and timings. Run by bench/lib/index-scaling.ts in its own process.
import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { readArticleFolder } from '../../lib/node/read-folder';
import { buildIndexBytesParallel } from '../../lib/node/build-index-parallel';
import { describeIndexFile } from '../../lib/index/serialize';
import { syntheticArticles, templatePool } from '../lib/synthetic-corpus';
import { REPO_ROOT } from '../lib/corpus';
import { collectGarbage, reportResult } from '../lib/worker';

const { values } = parseArgs({
  options: { size: { type: 'string' }, seed: { type: 'string', default: '20251122' }, templates: { type: 'string' }, out: { type: 'string' } },
});
const size = Number(values.size);
if (!(size > 0) || !values.templates || !values.out) throw new Error('usage: build-index.ts --size N --templates FILE --out FILE [--seed S]');

const templates = JSON.parse(await readFile(values.templates, 'utf8')) as string[][];
const seeds = (await readArticleFolder(join(REPO_ROOT, 'seeds'))).map((r) => r.article);

let t = performance.now();
const articles = [...syntheticArticles(templatePool(templates), { articles: Math.max(0, size - seeds.length), seed: Number(values.seed) }), ...seeds];
const generateMs = performance.now() - t;
const words = articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.split(' ').length, 0), 0);
const textBytes = articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + Buffer.byteLength(p), 0), 0);

collectGarbage();
const heapBefore = process.memoryUsage().heapUsed;
t = performance.now();
// As build:index builds: on every core (os.availableParallelism() worker threads), each encoding its own
// run's text; the same bytes as buildIndex and serializeIndexBytes.
const { index, bytes, serializeMs } = await buildIndexBytesParallel(articles);
const buildMs = performance.now() - t - serializeMs;
const heapAfterBuild = process.memoryUsage().heapUsed;
await writeFile(values.out, bytes);
const gzipBytes = (await promisify(gzip)(bytes)).length;

reportResult({
  articles: articles.length,
  paragraphs: index.paragraphs.length,
  sentences: index.sentences.length / 3,
  wordsPerArticle: words / articles.length,
  textBytesPerArticle: textBytes / articles.length,
  generateMs,
  buildMs,
  serializeMs,
  buildArticlesPerSecond: articles.length / ((buildMs + serializeMs) / 1000),
  buildHeapMB: (heapAfterBuild - heapBefore) / 2 ** 20,
  bytes: bytes.length,
  gzipBytes,
  sections: describeIndexFile(bytes).sections,
  version: index.version,
});
