import { describe, expect, it } from 'vitest';
import { readPopup } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const env = useExtensionBrowser();

/** The IndexedDB entries of the extension's `provenance-lens` database, read inside the service worker. */
async function cacheEntries(): Promise<Array<{ url: string; indexVersion: string; textHash: string; key: string }>> {
  const worker = env.browser.context.serviceWorkers().find((w) => w.url().includes(env.browser.extensionId)) ?? env.browser.worker;
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('provenance-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('results').objectStore('results').getAll();
          all.onsuccess = () => {
            resolve(
              all.result.map((e: { url: string; indexVersion: string; textHash: string; key: string }) => ({
                url: e.url,
                indexVersion: e.indexVersion,
                textHash: e.textHash,
                key: e.key,
              })),
            );
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe('the cache', () => {
  it('answers a reload with unchanged content from IndexedDB, keyed by address, text and index version', async () => {
    const url = env.server.url('seed-wire-story.html?cache-test');
    const page = await env.browser.context.newPage();
    await page.goto(url);
    const tabId = await env.browser.tabIdOf(page);
    const popup = await env.browser.openPopup(tabId);
    const first = await readPopup(popup);
    expect(first).toMatchObject({ state: 'matched', fromCache: 'false' });

    await expect.poll(async () => (await cacheEntries()).filter((e) => e.url === url)).toHaveLength(1);
    const [entry] = (await cacheEntries()).filter((e) => e.url === url);
    expect(entry!.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(entry!.key).toBe(`${entry!.indexVersion}:${entry!.textHash}:${url}`);
    // The index's hash and the build's hash of the matching code: an update that changes either prunes the entry.
    expect(entry!.indexVersion).toMatch(/^[0-9a-f]{16}\+[0-9a-f]{16}$/);

    await page.reload();
    await popup.reload();
    const again = await readPopup(popup);
    expect(again).toMatchObject({ state: 'matched', fromCache: 'true' });
    expect(again.paragraphs).toEqual(first.paragraphs);
    expect((await cacheEntries()).filter((e) => e.url === url)).toHaveLength(1);
    await popup.close();
    await page.close();
  });

  it('still answers the popup after the browser stopped the service worker', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('seed-wire-story.html?worker-test'));
    const tabId = await env.browser.tabIdOf(page);
    const popup = await env.browser.openPopup(tabId);
    const before = await readPopup(popup);
    await popup.close();

    // Mark the running worker, then stop it the way Chrome does after idling.
    await env.browser.worker.evaluate(() => void ((globalThis as { __plMark?: boolean }).__plMark = true));
    const cdp = await env.browser.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(env.browser.extensionId))!;
    expect((await cdp.send('Target.closeTarget', { targetId: worker.targetId })).success).toBe(true);
    await cdp.detach();

    const reopened = await env.browser.openPopup(tabId);
    const after = await readPopup(reopened);
    expect(after.state).toBe('matched');
    expect(after.paragraphs).toEqual(before.paragraphs);
    // It was a new worker that answered, from storage.session.
    const current = env.browser.context
      .serviceWorkers()
      .filter((w) => w.url().includes(env.browser.extensionId))
      .at(-1)!;
    expect(await current.evaluate(() => (globalThis as { __plMark?: boolean }).__plMark ?? false)).toBe(false);
    await reopened.close();
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension makes no network request of its own, exports included', async () => {
    const page = await env.browser.context.newPage();
    for (const file of ['seed-wire-story.html', 'unrelated-tram-line.html', 'section-front.html', 'hostile-markup.html']) {
      await page.goto(env.server.url(file));
      const popup = await env.browser.openPopup(await env.browser.tabIdOf(page));
      const reading = await readPopup(popup);
      // Both exports too: the citations to the clipboard, the annotations saved from a Blob address.
      if (reading.state === 'matched') {
        await popup.locator('[data-action="copy-citations"]').click();
        await Promise.all([popup.waitForEvent('download'), popup.locator('[data-action="download-annotations"]').click()]);
        await popup.locator('[data-export-status]:has-text("Annotations saved")').waitFor();
      }
      await popup.close();
    }
    await page.close();
    // Everything requested in the context: the test pages from 127.0.0.1, the extension's own files, and the export's Blob (made in the popup, from memory).
    const own = [`${env.server.origin}/`, 'chrome-extension://', `blob:chrome-extension://${env.browser.extensionId}/`];
    const foreign = env.browser.requests.filter((u) => !own.some((o) => u.startsWith(o)));
    expect(foreign).toEqual([]);
    // The service worker fetched nothing at all (its resource timeline is empty).
    const worker = env.browser.context
      .serviceWorkers()
      .filter((w) => w.url().includes(env.browser.extensionId))
      .at(-1)!;
    expect(await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).toEqual([]);
  });
});
