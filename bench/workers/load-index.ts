// Bench worker: loads an index file in a fresh process, as the extension's
// background does on waking, and reports load time, memory held and the time
// of the passage and quote tiers on each page of --pages (match-index.ts
// times all tiers). Run by bench/lib/index-scaling.ts.
import { readFile } from 'node:fs/promises';
import { deserializeIndex } from '../../lib/index/serialize';
import { matchPage, type MatchOptions } from '../../lib/match/match-page';
import { indexAndPages } from './index-and-pages';
import { median } from '../lib/stats';
import { collectGarbage, reportResult } from '../lib/worker';

/** One page's passage-and-quote time against this index (the claim tier is timed by match-index.ts). */
export interface PassageQuoteTiming {
  slug: string;
  paragraphs: number;
  /** The passage and quote tiers alone (fingerprint and quote-gram look-ups and alignment), first visit. */
  passageQuoteMs: number;
}

const { indexFile, pages } = await indexAndPages('load-index.ts');
collectGarbage();
const before = process.memoryUsage();
let t = performance.now();
const bytes = await readFile(indexFile);
const readMs = performance.now() - t;
t = performance.now();
const index = deserializeIndex(bytes);
const loadMs = performance.now() - t;
collectGarbage();
const after = process.memoryUsage();

// Later loads, with the decoding code compiled: what a load costs once the JIT has seen it.
const warmLoads: number[] = [];
for (let i = 0; i < 4; i++) {
  t = performance.now();
  deserializeIndex(bytes);
  warmLoads.push(performance.now() - t);
}

// The passage and quote tiers, first visit: compiled on one instance of the
// index, timed on another whose text and posting lists are still undecoded.
const PASSAGE_QUOTE: MatchOptions = { tiers: ['passage', 'quote'] };
const warmup = deserializeIndex(bytes);
for (const page of pages) matchPage(page, warmup, PASSAGE_QUOTE);
const fresh = deserializeIndex(bytes);
const perPage: PassageQuoteTiming[] = pages.map((page) => {
  const start = performance.now();
  matchPage(page, fresh, PASSAGE_QUOTE);
  return { slug: page.slug, paragraphs: page.paragraphs.length, passageQuoteMs: performance.now() - start };
});

const mb = (n: number) => n / 2 ** 20;
reportResult({
  fileBytes: bytes.length,
  readMs,
  loadMs,
  loadWarmMs: median(warmLoads),
  memoryMB: {
    heapUsed: mb(after.heapUsed - before.heapUsed),
    arrayBuffers: mb(after.arrayBuffers - before.arrayBuffers),
    total: mb(after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers),
    rss: mb(after.rss - before.rss),
  },
  pages: perPage,
  sources: index.sources.length,
});
