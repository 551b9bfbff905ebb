import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readPopup, type ExtensionBrowser } from './harness';
import { useExtensionBrowser } from './use-extension-browser';
import { articleHtml, FERRY_COPY, FERRY_WIRE } from '../helpers/pack-fixtures';

// Two browsers: the reader's profile, and a fresh one the exported memory is imported into.
const reader = useExtensionBrowser();
const fresh = useExtensionBrowser();
const work = mkdtempSync(join(tmpdir(), 'provenance-lens-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const A_PATH = '/generated/memory-a.html';
const B_PATH = '/generated/memory-b.html';
// Page A: the wire story, with no canonical link (its address is where it was read).
const aHtml = articleHtml({ ...FERRY_WIRE, url: null });
// Page B, another outlet's story carrying two of A's paragraphs.
const bHtml = articleHtml(FERRY_COPY);

/** Opens (or reloads) a page, waits for its analysis, and reads the popup's outlets of a given origin. */
async function visit(browser: ExtensionBrowser, page: Page, url: string, origin: string) {
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  const popup = await browser.openPopup(await browser.tabIdOf(page));
  const reading = await readPopup(popup);
  const outlets = await popup.evaluate(
    (o) =>
      [...document.querySelectorAll(`[data-source-id][data-paragraphs][data-origin="${o}"]`)].map((e) => ({
        sourceUrl: e.getAttribute('data-source-url'),
        text: e.textContent,
      })),
    origin,
  );
  const memoryLine = await popup.locator('[data-memory]').getAttribute('data-memory');
  await popup.close();
  return { reading, outlets, memoryLine };
}

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('[data-state="ready"]').waitFor();
  return page;
}

/** The memory's article count as the options page shows it, read again until it is `n` (recording runs after the report). */
async function expectRemembered(browser: ExtensionBrowser, n: number) {
  await expect
    .poll(
      async () => {
        const options = await openOptions(browser);
        const count = await options.locator('[data-source-set="memory"]').getAttribute('data-articles');
        await options.close();
        return Number(count);
      },
      { timeout: 15_000, interval: 300 },
    )
    .toBe(n);
}

/** The memory's rows and its segments' levels, read from the database in the extension's own origin (an extension page). */
function storedMemory(extensionPage: Page): Promise<{ articles: number; levels: number[] }> {
  return extensionPage.evaluate(
    () =>
      new Promise<{ articles: number; levels: number[] }>((resolve, reject) => {
        const open = indexedDB.open('provenance-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['memory', 'memorySegments']);
          const a = tx.objectStore('memory').count();
          const s = tx.objectStore('memorySegments').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ articles: a.result, levels: (s.result as Array<{ level: number }>).map((r) => r.level) });
          };
        };
      }),
  );
}

describe('the reading memory', () => {
  it('is off by default: two pages sharing paragraphs give no memory source, and nothing is stored', async () => {
    const { browser, server } = reader;
    server.addPage(A_PATH, aHtml);
    server.addPage(B_PATH, bHtml);
    const options = await openOptions(browser);
    expect(await options.locator('[data-setting="memory"]').isChecked()).toBe(false);
    await options.close();
    const page = await browser.context.newPage();
    const a = await visit(browser, page, server.url(A_PATH), 'memory');
    expect(a.memoryLine).toBe('off');
    const b = await visit(browser, page, server.url(B_PATH), 'memory');
    expect(b.reading.state).not.toBe('pending');
    expect(b.outlets).toEqual([]);
    await page.close();
    await expectRemembered(browser, 0);
  });

  it('when on, remembers page A, and page B carrying its paragraphs lists A from memory with its address', async () => {
    const { browser, server } = reader;
    const options = await openOptions(browser);
    // A controlled switch: it shows the stored state once stored, so the row's attribute is what to wait for.
    await options.locator('[data-setting="memory"]').click();
    await expect.poll(() => options.locator('[data-source-set="memory"]').getAttribute('data-enabled')).toBe('true');
    await options.close();
    const page = await browser.context.newPage();
    const a = await visit(browser, page, server.url(A_PATH), 'memory');
    expect(a.memoryLine).toBe('on');
    await expectRemembered(browser, 1);
    const b = await visit(browser, page, server.url(B_PATH), 'memory');
    // B is an article analysed with the memory on: it is remembered too.
    await expectRemembered(browser, 2);
    expect(b.outlets).toHaveLength(1);
    expect(b.outlets[0]!.sourceUrl).toBe(server.url(A_PATH));
    expect(b.outlets[0]!.text).toContain('Harbour Wire');
    expect(b.outlets[0]!.text).toMatch(/read on \d{1,2} \w+ \d{4}|read on \w+/);
    // A read again is not matched to itself (B, remembered since, does carry A's paragraphs), and is still one entry.
    const again = await visit(browser, page, server.url(A_PATH), 'memory');
    expect(again.outlets.map((o) => o.sourceUrl)).toEqual([server.url(B_PATH)]);
    await expectRemembered(browser, 2);
    await page.close();
  });

  it('forgets A: B (remembered too, never matched to itself) no longer lists it after a reload', async () => {
    const { browser, server } = reader;
    const options = await openOptions(browser);
    await options.locator('[data-action="search-memory"]').fill('crews walk out');
    await expect.poll(() => options.locator('[data-memory-article]').count()).toBe(1);
    await options.locator('[data-memory-article] [data-action="forget"]').click();
    await expect.poll(() => options.locator('[data-source-set="memory"]').getAttribute('data-articles')).toBe('1');
    await options.close();
    const page = await browser.context.newPage();
    const b = await visit(browser, page, server.url(B_PATH), 'memory');
    expect(b.outlets).toEqual([]);
    await page.close();
  });

  it('exports the memory as a pack, clears it with a confirmation, and the pack on a fresh profile matches B to A', async () => {
    const { browser, server } = reader;
    const page = await browser.context.newPage();
    await visit(browser, page, server.url(A_PATH), 'memory');
    await page.close();
    await expectRemembered(browser, 2);
    const options = await openOptions(browser);
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-memory"]').click()]);
    const packPath = join(work, 'memory.plpack');
    await download.saveAs(packPath);
    await options.locator('[data-action="clear-memory"]').click();
    expect(await options.locator('[data-source-set="memory"]').getAttribute('data-articles')).toBe('2');
    await options.locator('[data-action="confirm"]').click();
    await expect.poll(() => options.locator('[data-source-set="memory"]').getAttribute('data-articles')).toBe('0');
    // Nothing stored: the database's memory tables are empty (read from the extension's own origin).
    expect(await storedMemory(options)).toEqual({ articles: 0, levels: [] });
    await options.close();

    fresh.server.addPage(B_PATH, bHtml);
    const freshOptions = await openOptions(fresh.browser);
    await freshOptions.locator('input[data-action="import-pack"]').setInputFiles(packPath);
    await freshOptions.locator('[data-source-set][data-origin="pack"]').waitFor();
    await freshOptions.close();
    const freshPage = await fresh.browser.context.newPage();
    const b = await visit(fresh.browser, freshPage, fresh.server.url(B_PATH), 'pack');
    expect(b.outlets).toHaveLength(1);
    expect(b.outlets[0]!.sourceUrl).toBe(server.url(A_PATH));
    await freshPage.close();
  });

  it('merges eight remembered articles into one segment in the service worker (a merge pauses through the extension API)', async () => {
    const { browser, server } = reader;
    // The memory is on and empty (cleared above): eight articles fill level 0, and the eighth add merges them.
    const page = await browser.context.newPage();
    for (let k = 0; k < 8; k++) {
      const path = `/generated/merge-${k}.html`;
      const paragraphs = FERRY_WIRE.paragraphs.map((p, i) => `${p} Report ${k}, part ${i}.`);
      server.addPage(path, articleHtml({ ...FERRY_WIRE, id: `merge-${k}`, url: null, title: `${FERRY_WIRE.title} (${k})`, paragraphs }));
      await page.goto(server.url(path));
      await expectRemembered(browser, k + 1);
    }
    await page.close();
    const options = await openOptions(browser);
    await expect.poll(() => storedMemory(options), { timeout: 15_000, interval: 300 }).toEqual({ articles: 8, levels: [1] });
    await options.close();
  });

  it('sent nothing anywhere: every request stayed on the page server or inside the extension', () => {
    for (const s of [reader, fresh]) {
      const foreign = s.browser.requests.filter(
        (u) => !u.startsWith(`${s.server.origin}/`) && !u.startsWith('chrome-extension://') && !u.startsWith('blob:chrome-extension://'),
      );
      expect(foreign).toEqual([]);
    }
  });
});
