import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, markerIndexes, readPopup, startPageServer, type ExtensionBrowser, type PageServer } from './harness';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the per-site switch', () => {
  it('turns analysis off for a site from the popup, is honoured on the next visit before any extraction, and turns back on', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-wire-story.html'));
    const tabId = await browser.tabIdOf(page);
    let popup = await browser.openPopup(tabId);
    expect((await readPopup(popup)).state).toBe('matched');
    await expect.poll(async () => (await markerIndexes(page)).length).toBeGreaterThan(0);

    // Off: markers go, the badge clears, the popup says so.
    await popup.locator('[data-site-switch="on"]').click();
    await expect.poll(() => popup.locator('main').getAttribute('data-state')).toBe('disabled');
    await expect.poll(() => markerIndexes(page)).toEqual([]);
    await expect.poll(() => browser.badgeText(tabId)).toBe('');
    await popup.close();

    // A new visit to the same site: nothing is read, nothing is drawn.
    await page.reload();
    popup = await browser.openPopup(tabId);
    await expect.poll(() => popup.locator('main').getAttribute('data-state')).toBe('disabled');
    expect(await markerIndexes(page)).toEqual([]);
    expect(await browser.badgeText(tabId)).toBe('');

    // On again.
    await popup.locator('[data-site-switch="off"]').click();
    await expect.poll(() => popup.locator('main').getAttribute('data-state'), { timeout: 15_000 }).toBe('matched');
    await expect.poll(async () => (await markerIndexes(page)).length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
