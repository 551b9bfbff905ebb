import { describe, expect, it } from 'vitest';
import { markerIndexes, readPopup } from './harness';
import { useExtensionBrowser } from './use-extension-browser';

const env = useExtensionBrowser();

describe('the per-site switch', () => {
  it('turns analysis off for a site from the popup, is honoured on the next visit before any extraction, and turns back on', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('seed-wire-story.html'));
    const tabId = await env.browser.tabIdOf(page);
    let popup = await env.browser.openPopup(tabId);
    expect((await readPopup(popup)).state).toBe('matched');
    await expect.poll(async () => (await markerIndexes(page)).length).toBeGreaterThan(0);

    // Off: markers go, the badge clears, the popup says so.
    await popup.locator('[data-site-switch="on"]').click();
    await expect.poll(() => popup.locator('main').getAttribute('data-state')).toBe('disabled');
    await expect.poll(() => markerIndexes(page)).toEqual([]);
    await expect.poll(() => env.browser.badgeText(tabId)).toBe('');
    await popup.close();

    // A new visit to the same site: nothing is read, nothing is drawn.
    await page.reload();
    popup = await env.browser.openPopup(tabId);
    await expect.poll(() => popup.locator('main').getAttribute('data-state')).toBe('disabled');
    expect(await markerIndexes(page)).toEqual([]);
    expect(await env.browser.badgeText(tabId)).toBe('');

    // On again.
    await popup.locator('[data-site-switch="off"]').click();
    await expect.poll(() => popup.locator('main').getAttribute('data-state'), { timeout: 15_000 }).toBe('matched');
    await expect.poll(async () => (await markerIndexes(page)).length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
