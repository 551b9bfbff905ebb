// Bench worker: matches each page of --pages against an index file with all
// three tiers, and reports each page's time as soon as it has it: the bench
// stops this worker at its time budget (the claim tier can take seconds a
// page on a large index) and keeps what was reported. Each page three times:
// first visit (nothing of the index decoded but what earlier pages needed),
// repeat (its text and postings decoded), and without the page's address.
// Run by bench/lib/index-scaling.ts.
import { readFile } from 'node:fs/promises';
import { deserializeIndex } from '../../lib/index/serialize';
import { matchPage } from '../../lib/match/match-page';
import { reportResult } from '../lib/worker';
import { indexAndPages } from './index-and-pages';

/** One timing this worker reports. */
export interface MatchTimingRecord {
  pass: 'first' | 'repeat' | 'noUrl';
  slug: string;
  ms: number;
  outlets: number;
}

const { indexFile, pages } = await indexAndPages('match-index.ts');
const index = deserializeIndex(await readFile(indexFile));

// Compile the passage and quote code on another instance first (the claim
// tier compiles on the first page: small against its time per page).
const warmup = deserializeIndex(await readFile(indexFile));
for (const page of pages) matchPage(page, warmup, { tiers: ['passage', 'quote'] });

// Page by page: first visit, repeat, then without the address, so a budget
// cut leaves whole pages.
for (const page of pages) {
  for (const [pass, input] of [
    ['first', page],
    ['repeat', page],
    ['noUrl', { ...page, url: null }],
  ] as const) {
    const start = performance.now();
    const report = matchPage(input, index);
    reportResult({ pass, slug: page.slug, ms: performance.now() - start, outlets: report.outlets.length } satisfies MatchTimingRecord);
  }
}
