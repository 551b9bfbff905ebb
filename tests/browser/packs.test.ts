import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, readPopup, SCREENSHOT_DIR, startPageServer, type ExtensionBrowser, type PageServer } from './harness';
import { articleHtml, FERRY_COPY, FERRY_PAPER, FERRY_WIRE, LIBRARY_NEWS } from '../helpers/pack-fixtures';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

let browser: ExtensionBrowser;
let server: PageServer;
let work: string;
let packFile: string;

// A page of another outlet that copies two paragraphs of the pack's wire story.
const COPY_PATH = '/generated/ferry-copy.html';
const copyHtml = articleHtml(FERRY_COPY);

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // A pack built the documented way, from a folder of saved pages on a story the seeds do not tell.
  work = mkdtempSync(join(tmpdir(), 'provenance-lens-pack-'));
  mkdirSync(join(work, 'pages'));
  for (const a of [FERRY_WIRE, FERRY_PAPER, LIBRARY_NEWS]) writeFileSync(join(work, 'pages', `${a.id}.html`), articleHtml(a));
  packFile = join(work, 'ferries.plpack');
  execFileSync('npm', ['run', '--silent', 'build:index', '--', '--in', join(work, 'pages'), '--out', packFile, '--name', 'Ferry strike'], {
    cwd: REPO,
    stdio: 'pipe',
  });
  server = await startPageServer();
  server.addPage(COPY_PATH, copyHtml);
  mkdirSync(join(work, 'profile'));
  browser = await launchWithExtension({ profileDir: join(work, 'profile') });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('[data-state="ready"]').waitFor();
  return page;
}

/** The options page's rows, as the contract's hooks give them. */
function rows(options: Page) {
  return options.evaluate(() =>
    [...document.querySelectorAll('[data-source-set]')].map((r) => ({
      id: r.getAttribute('data-source-set'),
      origin: r.getAttribute('data-origin'),
      articles: Number(r.getAttribute('data-articles')),
      enabled: r.getAttribute('data-enabled'),
    })),
  );
}

/** What the database holds of packs, read in the extension's origin (the options page's). */
function storedPacks(options: Page) {
  return options.evaluate(
    () =>
      new Promise<{ packs: number; data: number }>((resolve, reject) => {
        const open = indexedDB.open('provenance-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['packs', 'packData']);
          const packs = tx.objectStore('packs').count();
          const data = tx.objectStore('packData').count();
          tx.oncomplete = () => {
            resolve({ packs: packs.result, data: data.result });
            db.close();
          };
        };
      }),
  );
}

/** `idb(name, version, use, upgrade)`: opens an IndexedDB database raw in a page, runs `use`, closes it. */
interface IdbWindow {
  idb<T>(name: string, version: number | undefined, use: (db: IDBDatabase, done: (value: T) => void) => void, upgrade?: (db: IDBDatabase) => void): Promise<T>;
}

// Installed in an extension page before its scripts run (serialised by Playwright: it uses nothing outside itself).
function installIdb() {
  (window as unknown as IdbWindow).idb = (name, version, use, upgrade) =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open(name, version);
      open.onupgradeneeded = () => upgrade?.(open.result);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        use(db, (value) => {
          db.close();
          resolve(value);
        });
      };
    });
}

/** Stops the extension's service worker the way Chrome does after idling (tests/browser/cache-and-privacy.test.ts does the same). */
async function stopWorker(page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

/** Opens the copying page (or reloads it) and reads its popup. */
async function analyseCopy(page: Page) {
  if (page.url() === server.url(COPY_PATH)) await page.reload();
  else await page.goto(server.url(COPY_PATH));
  const popup = await browser.openPopup(await browser.tabIdOf(page));
  const reading = await readPopup(popup);
  const packOutlets = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-source-id][data-paragraphs][data-origin="pack"]')].map((o) => {
      const link = o.querySelector('a');
      return {
        sourceUrl: o.getAttribute('data-source-url'),
        link: link && { href: link.getAttribute('href'), target: link.getAttribute('target'), rel: link.getAttribute('rel'), text: link.textContent },
      };
    }),
  );
  const packMatches = await popup.locator('[data-paragraph-index] [data-kind][data-origin="pack"]').count();
  return { popup, reading, packOutlets, packMatches };
}

const badFiles: Array<[string, () => Buffer, RegExp]> = [
  ['not a pack', () => Buffer.from('<!doctype html><p>a saved page, not a pack</p>'), /not a Provenance Lens pack/],
  ['cut short', () => readFileSync(packFile).subarray(0, 200), /cut short/],
  [
    'damaged',
    () => {
      const b = Buffer.from(readFileSync(packFile));
      b[b.length - 5] = b[b.length - 5]! ^ 0xff;
      return b;
    },
    /checksum/,
  ],
];

describe('index packs', () => {
  it('lists the bundled index on a fresh install, on, and refuses a bad file with an alert, storing nothing', async () => {
    const options = await openOptions();
    // The reading memory's row is there too, off and empty on a fresh install (issue 13).
    expect(await rows(options)).toEqual([
      { id: 'bundled', origin: 'bundled', articles: 5, enabled: 'true' },
      { id: 'memory', origin: 'memory', articles: 0, enabled: 'false' },
    ]);
    for (const [name, bytes, reason] of badFiles) {
      await options.setInputFiles('input[data-action="import-pack"]', { name: `${name}.plpack`, mimeType: 'application/octet-stream', buffer: bytes() });
      await expect.poll(() => options.locator('[role="alert"]').textContent()).toMatch(reason);
      expect(await rows(options)).toHaveLength(2);
    }
    expect(await storedPacks(options)).toEqual({ packs: 0, data: 0 });
    await options.close();
  });

  it('imports a pack through the file input; the next page analysed shows its outlet, data-origin="pack", a link to the source', async () => {
    const options = await openOptions();
    await options.setInputFiles('input[data-action="import-pack"]', packFile);
    const row = options.locator('[data-source-set][data-origin="pack"]');
    await row.waitFor();
    expect(await row.getAttribute('data-articles')).toBe('3');
    expect(await row.getAttribute('data-enabled')).toBe('true');
    expect(await row.textContent()).toContain('Ferry strike');
    expect(await options.locator('[role="alert"]').count()).toBe(0);
    expect(await storedPacks(options)).toEqual({ packs: 1, data: 1 });
    await options.setViewportSize({ width: 900, height: 560 });
    await options.screenshot({ path: `${SCREENSHOT_DIR}/options.png`, fullPage: true });

    // Importing it again is refused, and changes nothing.
    await options.setInputFiles('input[data-action="import-pack"]', packFile);
    await expect.poll(() => options.locator('[role="alert"]').textContent()).toMatch(/already imported, as “Ferry strike”: nothing was changed/);
    expect(await options.locator('[data-source-set][data-origin="pack"]').count()).toBe(1);
    // A bad file after it: the alert, and the pack stored is as it was.
    await options.setInputFiles('input[data-action="import-pack"]', { name: 'x.plpack', mimeType: 'application/octet-stream', buffer: badFiles[1]![1]() });
    await expect.poll(() => options.locator('[role="alert"]').textContent()).toMatch(/cut short/);
    expect((await rows(options)).map((r) => r.enabled)).toEqual(['true', 'true', 'false']);
    expect(await storedPacks(options)).toEqual({ packs: 1, data: 1 });

    const page = await browser.context.newPage();
    const { popup, reading, packOutlets, packMatches } = await analyseCopy(page);
    expect(reading.state).toBe('matched');
    // The wire story, and the paper that reprinted its first paragraph: both in the pack, each a link to its article.
    const bySourceUrl = (a: { sourceUrl: string | null }, b: { sourceUrl: string | null }) => a.sourceUrl!.localeCompare(b.sourceUrl!);
    expect([...packOutlets].sort(bySourceUrl)).toEqual(
      [FERRY_WIRE, FERRY_PAPER]
        .map((a) => ({ sourceUrl: a.url, link: { href: a.url, target: '_blank', rel: 'noopener noreferrer', text: a.outlet } }))
        .sort(bySourceUrl),
    );
    expect(packMatches).toBeGreaterThanOrEqual(2);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-pack.png`, fullPage: true });
    await popup.close();

    // The card of the copied quote's paragraph (index 2) shows the wire story as any outlet, with the same hooks and link.
    const host = page.locator('provenance-lens-marker[data-paragraph-index="2"]');
    await host.getByRole('button', { name: /^Also carried by/ }).click();
    const item = host.getByRole('dialog').locator('li[data-origin="pack"]', { hasText: FERRY_WIRE.outlet! });
    expect(await item.getAttribute('data-source-url')).toBe(FERRY_WIRE.url);
    const cardLink = item.locator('a');
    expect([
      await cardLink.getAttribute('href'),
      await cardLink.getAttribute('target'),
      await cardLink.getAttribute('rel'),
      await cardLink.textContent(),
    ]).toEqual([FERRY_WIRE.url, '_blank', 'noopener noreferrer', FERRY_WIRE.outlet]);
    // Nothing of it is on the page's own DOM (the contract: attributes stay inside the shadow root).
    expect(await page.evaluate(() => document.querySelectorAll('[data-origin], [data-source-url]').length)).toBe(0);
    await page.close();
    await options.close();
  });

  it('a pack turned off is gone from the page after a reload; turned on, it is back', async () => {
    const options = await openOptions();
    const page = await browser.context.newPage();
    expect((await analyseCopy(page)).packOutlets).toHaveLength(2);

    await options.locator('[data-source-set][data-origin="pack"] input[data-action="toggle-set"]').click();
    await options.locator('[data-source-set][data-origin="pack"][data-enabled="false"]').waitFor();
    const off = await analyseCopy(page);
    expect(off.packOutlets).toEqual([]);
    expect(off.reading.state).toBe('none');
    await off.popup.close();

    await options.locator('[data-source-set][data-origin="pack"] input[data-action="toggle-set"]').click();
    await options.locator('[data-source-set][data-origin="pack"][data-enabled="true"]').waitFor();
    const on = await analyseCopy(page);
    expect(on.packOutlets).toHaveLength(2);
    await on.popup.close();
    await page.close();
    await options.close();
  });

  // runtime.reload() does not bring back an extension loaded from the command line (headless Chromium 156), so an
  // update is played as what it does to the extension's storage: the browser stops, and starts again on the same profile.
  it('keeps the pack when the extension starts again on the same profile, and the new service worker matches with it', async () => {
    const requests = browser.requests;
    await browser.close();
    browser = await launchWithExtension({ profileDir: join(work, 'profile') });
    browser.requests.unshift(...requests);
    const options = await openOptions();
    expect(await rows(options)).toEqual([
      { id: 'bundled', origin: 'bundled', articles: 5, enabled: 'true' },
      { id: expect.stringMatching(/^pack:[0-9a-f]{16}$/), origin: 'pack', articles: 3, enabled: 'true' },
      { id: 'memory', origin: 'memory', articles: 0, enabled: 'false' },
    ]);
    await options.close();
    const page = await browser.context.newPage();
    const after = await analyseCopy(page);
    expect(after.packOutlets).toHaveLength(2);
    await after.popup.close();
    await page.close();
  });

  it('removes a pack: its row and its bytes go, and its outlet with them', async () => {
    const options = await openOptions();
    await options.locator('[data-source-set][data-origin="pack"] [data-action="remove-set"]').click();
    await expect.poll(() => options.locator('[data-source-set][data-origin="pack"]').count()).toBe(0);
    expect(await storedPacks(options)).toEqual({ packs: 0, data: 0 });
    const page = await browser.context.newPage();
    expect((await analyseCopy(page)).packOutlets).toEqual([]);
    await page.close();
    await options.close();
  });

  it('the popup opens the options page', async () => {
    const page = await browser.context.newPage();
    const { popup } = await analyseCopy(page);
    const opened = browser.context.waitForEvent('page', (p) => p.url().includes('/options.html'));
    await popup.locator('[data-action="open-options"]').click();
    const options = await opened;
    await options.locator('[data-state="ready"]').waitFor();
    await options.close();
    await popup.close();
    await page.close();
  });

  it('upgrades a version-1 database (the released schema) in Chromium: a result cached before is served after, and packs can be stored', async () => {
    const url = server.url('seed-wire-story.html?upgrade');
    const page = await browser.context.newPage();
    await page.goto(url);
    const tabId = await browser.tabIdOf(page);
    const first = await browser.openPopup(tabId);
    expect((await readPopup(first)).fromCache).toBe('false');
    await first.close();
    // An extension page that opens no database of its own, to read and write it raw in the extension's origin.
    const ext = await browser.context.newPage();
    await ext.addInitScript(installIdb);
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const [saved] = await ext.evaluate(
      (u) =>
        (window as unknown as IdbWindow).idb<Array<{ url: string }>>('provenance-lens', undefined, (db, done) => {
          const all = db.transaction('results').objectStore('results').getAll();
          all.onsuccess = () => done((all.result as Array<{ url: string }>).filter((e) => e.url === u));
        }),
      url,
    );
    expect(saved).toBeTruthy();

    // The background stopped (as an update stops it), and the database put back as version 1 left it:
    // Dexie's version(1) is IndexedDB version 10, one store `results` with its two indexes.
    const currentWorker = () =>
      browser.context
        .serviceWorkers()
        .filter((w) => w.url().includes(browser.extensionId))
        .at(-1)!;
    await currentWorker().evaluate(() => void ((globalThis as { __plMark?: boolean }).__plMark = true));
    await stopWorker(page);
    const before = await ext.evaluate(async (entry) => {
      await new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('provenance-lens');
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error);
      });
      return (window as unknown as IdbWindow).idb<{ version: number; stores: string[] }>(
        'provenance-lens',
        10,
        (db, done) => {
          const put = db.transaction('results', 'readwrite').objectStore('results').put(entry);
          put.onsuccess = () => done({ version: db.version, stores: [...db.objectStoreNames] });
        },
        (db) => {
          const results = db.createObjectStore('results', { keyPath: 'key' });
          results.createIndex('lastUsed', 'lastUsed');
          results.createIndex('indexVersion', 'indexVersion');
        },
      );
    }, saved);
    expect(before).toEqual({ version: 10, stores: ['results'] });

    // The updated background opens it with version 2: the result cached before is served from it.
    await page.reload();
    const again = await browser.openPopup(tabId);
    expect(await readPopup(again)).toMatchObject({ state: 'matched', fromCache: 'true' });
    await again.close();
    // A new worker answered (nothing of the old one's memory), so the result came from the upgraded database.
    expect(await currentWorker().evaluate(() => (globalThis as { __plMark?: boolean }).__plMark ?? false)).toBe(false);
    const after = await ext.evaluate(() =>
      (window as unknown as IdbWindow).idb<{ version: number; stores: string[] }>('provenance-lens', undefined, (db, done) =>
        done({ version: db.version, stores: [...db.objectStoreNames].sort() }),
      ),
    );
    // Dexie's version 4 (IndexedDB 40: issue 13's memory tables, their rows without text since version 4) over the released version 1.
    expect(after).toEqual({ version: 40, stores: ['memory', 'memorySegments', 'packData', 'packs', 'results', 'settings'] });
    await ext.close();
    const options = await openOptions();
    await options.setInputFiles('input[data-action="import-pack"]', packFile);
    await options.locator('[data-source-set][data-origin="pack"]').waitFor();
    await options.close();
    await page.close();
  });

  it('made no network request of its own throughout', async () => {
    const foreign = browser.requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
    const worker = browser.context
      .serviceWorkers()
      .filter((w) => w.url().includes(browser.extensionId))
      .at(-1)!;
    expect(await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).toEqual([]);
  });
});
