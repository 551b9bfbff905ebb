// `npx tsx scripts/measure-browser.ts [--runs 5] [--json FILE]` (after `npm run build`; `npm run bench`
// runs it and writes bench/results/browser.json): how fast the extension answers
// in real headless Chromium, on the seed-derived demo page. Prints medians (and every run) of:
//   - page load → markers shown (navigation start → last marker host inserted; and from the load event),
//   - the background's own work (cache look-up, or matching, as it records in the tab report),
//   - popup open → report shown (popup navigation start → data-state leaves "pending"),
// for a first visit (a fresh address: cache miss) and a revisit (reload: cache hit), and the popup
// after the service worker was stopped (its report comes back from storage.session).
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { browser as ExtensionApi } from 'wxt/browser';
import { launchWithExtension, startPageServer, type ExtensionBrowser } from '../tests/browser/harness';

// What `chrome` is inside the service worker, where `evaluate` callbacks run.
declare const chrome: typeof ExtensionApi;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, page: { type: 'string', default: 'seed-wire-story.html' }, json: { type: 'string' } },
});
const RUNS = Math.max(1, Number(values.runs));

interface Timing {
  markersFromNavigation: number;
  markersFromLoad: number;
  background: number;
  /** The background's cache look-up (key and read), and its matching (null on a cache hit). */
  lookup: number;
  match: number | null;
  popup: number;
}

/** Records, in the page's own world, when each marker host is inserted. */
async function watchMarkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __markerTimes: number[] };
    w.__markerTimes = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if ((n as Element).localName === 'provenance-lens-marker') w.__markerTimes.push(performance.now());
    }).observe(document, { subtree: true, childList: true });
  });
}

/** Milliseconds from navigation start until the last marker appeared, and from the load event. */
async function markerTiming(page: Page, expected: number): Promise<{ fromNavigation: number; fromLoad: number }> {
  await page.waitForFunction((n) => (window as unknown as { __markerTimes: number[] }).__markerTimes.length >= n, expected, { timeout: 20_000 });
  return page.evaluate(() => {
    const times = (window as unknown as { __markerTimes: number[] }).__markerTimes;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const last = Math.max(...times);
    return { fromNavigation: last, fromLoad: last - nav.loadEventEnd };
  });
}

/** Opens the popup for a tab; milliseconds from its navigation start until it shows a settled report. */
async function popupTiming(browser: ExtensionBrowser, tabId: number): Promise<number> {
  const popup = await browser.context.newPage();
  await popup.addInitScript(() => {
    const w = window as unknown as { __settled?: number };
    new MutationObserver(() => {
      const state = document.querySelector('[data-state]')?.getAttribute('data-state');
      if (state && state !== 'pending' && w.__settled === undefined) w.__settled = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => (window as unknown as { __settled?: number }).__settled !== undefined, undefined, { timeout: 20_000 });
  const t = await popup.evaluate(() => (window as unknown as { __settled: number }).__settled);
  await popup.close();
  return t;
}

async function backgroundMs(browser: ExtensionBrowser, tabId: number): Promise<{ ms: number; fromCache: boolean; lookup: number; match: number | null }> {
  const worker = browser.context
    .serviceWorkers()
    .filter((w) => w.url().includes(browser.extensionId))
    .at(-1)!;
  return worker.evaluate(async (id: number) => {
    const entry = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as {
      elapsedMs: number;
      fromCache: boolean;
      timings: { lookupMs: number; matchMs: number | null };
    };
    return { ms: entry.elapsedMs, fromCache: entry.fromCache, lookup: entry.timings.lookupMs, match: entry.timings.matchMs };
  }, tabId);
}

async function stopWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
  if (sw) await cdp.send('Target.closeTarget', { targetId: sw.targetId });
  await cdp.detach();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (xs: number[]) => `${median(xs).toFixed(1).padStart(7)} ms   (${xs.map((x) => x.toFixed(0)).join(', ')})`;

const server = await startPageServer();
const browser = await launchWithExtension();
const warmFirst: Timing[] = [];
const revisit: Timing[] = [];
const coldFirst: Timing[] = [];
const coldPopup: number[] = [];
const coldRevisit: Timing[] = [];

/** After a navigation (or reload) of `page`: markers shown, the background's work (from the cache or not, as expected) and the popup. */
async function measure(page: Page, tabId: number, markers: number, expectCache: boolean, what: string): Promise<Timing> {
  const m = await markerTiming(page, markers);
  const b = await backgroundMs(browser, tabId);
  if (b.fromCache !== expectCache) throw new Error(`${what}: expected fromCache ${expectCache}`);
  const popup = await popupTiming(browser, tabId);
  return { markersFromNavigation: m.fromNavigation, markersFromLoad: m.fromLoad, background: b.ms, lookup: b.lookup, match: b.match, popup };
}

/** Visits a fresh address (a cache miss) and measures it. */
async function visit(page: Page, url: string): Promise<{ timing: Timing; tabId: number }> {
  await page.goto(url);
  const tabId = await browser.tabIdOf(page);
  return { timing: await measure(page, tabId, await expectedMarkers(page), false, url), tabId };
}

/** Reloads the page (the same address and text: the cache answers) and measures it. */
async function revisitOf(page: Page, tabId: number, what: string): Promise<Timing> {
  await page.reload();
  return measure(page, tabId, markerCount, true, what);
}

let markerCount = 0;
async function expectedMarkers(page: Page): Promise<number> {
  if (!markerCount) {
    await page.waitForFunction(() => document.querySelectorAll('provenance-lens-marker').length > 0, undefined, { timeout: 20_000 });
    await page.waitForTimeout(500);
    markerCount = await page.evaluate(() => document.querySelectorAll('provenance-lens-marker').length);
  }
  return markerCount;
}

try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    await watchMarkers(page);
    // The service worker running, the index decoded (another page was read first).
    await visit(page, server.url(`${values.page}?warm-up=${run}-${Date.now()}`));
    const warm = await visit(page, server.url(`${values.page}?run=${run}-${Date.now()}`));
    warmFirst.push(warm.timing);
    revisit.push(await revisitOf(page, warm.tabId, 'revisit'));
    // Chrome stopped the idle service worker: the popup wakes it, the report comes from storage.session.
    await stopWorker(browser, page);
    coldPopup.push(await popupTiming(browser, warm.tabId));
    // A first visit that starts the service worker, which decodes the index before matching.
    await stopWorker(browser, page);
    const cold = await visit(page, server.url(`${values.page}?cold=${run}-${Date.now()}`));
    coldFirst.push(cold.timing);
    // A revisit that starts the service worker: the memory of recent results is gone, IndexedDB answers.
    await stopWorker(browser, page);
    coldRevisit.push(await revisitOf(page, cold.tabId, 'revisit after a stopped worker'));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Provenance Lens in headless Chromium, ${values.page} (${markerCount} marked paragraphs), ${RUNS} runs: median (each run)\n`);
for (const [name, ts] of [
  ['first visit (cache miss), service worker running', warmFirst],
  ['revisit (reload, cache hit)', revisit],
  ['first visit, service worker stopped (start + index decode + match)', coldFirst],
  ['revisit, service worker stopped (start + index decode + IndexedDB read)', coldRevisit],
] as const) {
  console.log(name);
  console.log(`  navigation start → markers shown  ${fmt(ts.map((t) => t.markersFromNavigation))}`);
  console.log(`  load event → markers shown        ${fmt(ts.map((t) => t.markersFromLoad))}`);
  console.log(`  background work                   ${fmt(ts.map((t) => t.background))}`);
  console.log(`    cache look-up                   ${fmt(ts.map((t) => t.lookup))}`);
  if (ts.every((t) => t.match !== null)) console.log(`    matching                        ${fmt(ts.map((t) => t.match!))}`);
  console.log(`  popup open → report shown         ${fmt(ts.map((t) => t.popup))}`);
}
console.log('service worker stopped, then popup (report from storage.session)');
console.log(`  popup open → report shown         ${fmt(coldPopup)}`);

// What the revisit costs against what the first visit's matching cost: the cache must make a revisit cheap.
const revisitOverFirstVisit = median(revisit.map((t) => t.lookup)) / median(warmFirst.map((t) => t.match ?? 0));
console.log(`\nrevisit cache look-up / first visit matching: ${revisitOverFirstVisit.toFixed(3)} (target <= 0.1)`);

if (values.json) {
  const medians = (ts: Timing[]) => ({
    markersFromNavigationMs: median(ts.map((t) => t.markersFromNavigation)),
    markersFromLoadMs: median(ts.map((t) => t.markersFromLoad)),
    backgroundMs: median(ts.map((t) => t.background)),
    lookupMs: median(ts.map((t) => t.lookup)),
    matchMs: ts.every((t) => t.match !== null) ? median(ts.map((t) => t.match!)) : null,
    popupMs: median(ts.map((t) => t.popup)),
  });
  const result = {
    page: values.page,
    markedParagraphs: markerCount,
    runs: RUNS,
    firstVisit: medians(warmFirst),
    revisit: medians(revisit),
    firstVisitWorkerStopped: medians(coldFirst),
    revisitWorkerStopped: medians(coldRevisit),
    // The same comparison with the worker stopped both times: the look-up reads IndexedDB.
    revisitOverFirstVisitWorkerStopped: Math.round((median(coldRevisit.map((t) => t.lookup)) / median(coldFirst.map((t) => t.match ?? 0))) * 1000) / 1000,
    popupWorkerStoppedMs: median(coldPopup),
    revisitOverFirstVisit: Math.round(revisitOverFirstVisit * 1000) / 1000,
  };
  writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}
