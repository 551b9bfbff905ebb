// Worker of scripts/measure-match-scaling.ts: loads --index, compiles the
// matcher on another instance, then times each page of --pages on a fresh
// instance (first visit): all tiers, passage+quote alone, claim alone.
// With --profile FILE, writes a CPU profile of the timed all-tier pass.
import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { deserializeIndex } from '../lib/index/serialize';
import { matchPage, type PageInput } from '../lib/match/match-page';
import { reportResult } from '../bench/lib/worker';

/** One page's times. */
export interface PageTiming {
  slug: string;
  allMs: number;
  passageQuoteMs: number;
  claimMs: number;
  outlets: number;
}

const { values } = parseArgs({ options: { index: { type: 'string' }, pages: { type: 'string' }, profile: { type: 'string' } } });
const bytes = await readFile(values.index!);
const pages = JSON.parse(await readFile(values.pages!, 'utf8')) as (PageInput & { slug: string })[];

const warm = deserializeIndex(bytes);
for (const page of pages) matchPage(page, warm);
const fresh = () => deserializeIndex(bytes);
const all = fresh();
const pq = fresh();
const claim = fresh();
const session = values.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const timings: PageTiming[] = [];
for (const page of pages) {
  const t = performance.now();
  const report = matchPage(page, all);
  const allMs = performance.now() - t;
  timings.push({ slug: page.slug, allMs, passageQuoteMs: 0, claimMs: 0, outlets: report.outlets.length });
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  await writeFile(values.profile!, JSON.stringify(profile));
}
for (const [i, page] of pages.entries()) {
  let t = performance.now();
  matchPage(page, pq, { tiers: ['passage', 'quote'] });
  timings[i]!.passageQuoteMs = performance.now() - t;
  t = performance.now();
  matchPage(page, claim, { tiers: ['claim'] });
  timings[i]!.claimMs = performance.now() - t;
}
for (const t of timings) reportResult(t);
