import { describe, expect, it } from 'vitest';
import { markerIndexes, PAGES_DIR, readPopup, SCREENSHOT_DIR } from './harness';
import { useExtensionBrowser } from './use-extension-browser';
import { checkReport, matchedParagraphs } from './check-report';

const env = useExtensionBrowser();

async function visit(path: string) {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  const tabId = await env.browser.tabIdOf(page);
  const popup = await env.browser.openPopup(tabId);
  return { page, tabId, popup, reading: await readPopup(popup) };
}

describe('the popup', () => {
  it.each(['seed-wire-story.html', 'hostile-markup.html', 'unrelated-tram-line.html'])(
    'agrees with `check --json` on %s, paragraph by paragraph, and so do the markers',
    async (file) => {
      const { page, popup, reading } = await visit(file);
      const check = await checkReport(`${PAGES_DIR}/${file}`, env.server.url(file));
      const expected = matchedParagraphs(check);

      expect(reading.state).toBe(check.outlets.length ? 'matched' : 'none');
      // Same paragraphs, same sources (in any order), same kind per source.
      const bySource = (ms: Array<{ sourceId: string; kind: string }>) => [...ms].sort((a, b) => a.sourceId.localeCompare(b.sourceId));
      expect(Object.keys(reading.paragraphs).map(Number)).toEqual(Object.keys(expected).map(Number));
      for (const [i, ms] of Object.entries(expected)) expect(bySource(reading.paragraphs[Number(i)]!)).toEqual(bySource(ms));
      // One row per outlet, with the number of paragraphs it carried.
      expect([...reading.outlets].sort((a, b) => a.sourceId.localeCompare(b.sourceId))).toEqual(
        check.outlets.map((o) => ({ sourceId: o.sourceId, paragraphs: o.paragraphs })).sort((a, b) => a.sourceId.localeCompare(b.sourceId)),
      );
      await expect.poll(() => markerIndexes(page)).toEqual(Object.keys(expected).map(Number));
      await popup.close();
      await page.close();
    },
  );

  it('lists outlets earliest first, undated last (and says so), the earliest marked, with counts per kind', async () => {
    const { page, popup, reading } = await visit('seed-wire-story.html');
    const check = await checkReport(`${PAGES_DIR}/seed-wire-story.html`, env.server.url('seed-wire-story.html'));
    const dates = reading.outlets.map((o) => check.outlets.find((c) => c.sourceId === o.sourceId)!.published);
    const known = dates.filter((d): d is string => d !== null);
    expect(known).toEqual([...known].sort());
    expect(dates.slice(known.length).every((d) => d === null)).toBe(true);
    expect(dates.length).toBeGreaterThan(known.length);
    expect(reading.text).toContain('Outlets whose articles carry no date are listed last.');
    const rows = popup.locator('[data-source-id][data-paragraphs]');
    expect(await rows.first().textContent()).toContain('earliest');
    expect(await popup.locator('.earliest-tag').count()).toBe(1);
    const first = check.outlets.find((o) => o.sourceId === reading.outlets[0]!.sourceId)!;
    for (const kind of ['passage', 'quote', 'claim'] as const) {
      if (first.kinds[kind]) expect(await rows.first().textContent()).toMatch(new RegExp(`${first.kinds[kind]} ${kind}`));
    }
    // A source that names no outlet (and has no address): a plain label and its first words, never an id.
    for (const o of check.outlets.filter((c) => c.outlet === null)) {
      const row = popup.locator(`[data-source-id="${o.sourceId}"][data-paragraphs]`);
      expect(await row.locator('.outlet-name').textContent()).toBe('Outlet not named');
      expect(await row.locator('.outlet-hint').textContent()).toBe(`\u201c${o.sourceTitle}\u201d`);
    }
    expect(check.outlets.some((c) => c.outlet === null)).toBe(true);
    expect(reading.text).not.toMatch(/Unnamed source|\d{3}_[0-9a-f]{4}/);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  it('sets the badge per tab: the number of outlets, empty where none', async () => {
    const a = await visit('seed-wire-story.html');
    const b = await visit('unrelated-tram-line.html');
    const c = await visit('section-front.html');
    expect(await env.browser.badgeText(a.tabId)).toBe(String(a.reading.outlets.length));
    expect(await env.browser.badgeText(b.tabId)).toBe('');
    expect(await env.browser.badgeText(c.tabId)).toBe('');
    // A new page in the tab clears it; the new page's own count replaces it.
    await a.page.goto(env.server.url('unrelated-tram-line.html'));
    await expect.poll(() => env.browser.badgeText(a.tabId)).toBe('');
    await a.page.goto(env.server.url('seed-wire-story.html'));
    await expect.poll(() => env.browser.badgeText(a.tabId)).toBe(String(a.reading.outlets.length));
    for (const v of [a, b, c]) {
      await v.popup.close();
      await v.page.close();
    }
  });

  it('says "not-article" for a section front, and "none" for an article nothing carried', async () => {
    const front = await visit('section-front.html');
    expect(front.reading.state).toBe('not-article');
    expect(front.reading.text).toContain('does not look like an article');
    const tram = await visit('unrelated-tram-line.html');
    expect(tram.reading.state).toBe('none');
    expect(tram.reading.text).toContain('No other outlet');
    for (const v of [front, tram]) {
      await v.popup.close();
      await v.page.close();
    }
  });

  it('says "error", with a readable message, where the extension cannot run (a chrome:// page)', async () => {
    const page = await env.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await env.browser.openPopup(await env.browser.tabIdOf(page));
    await popup.setViewportSize({ width: 380, height: 240 });
    const reading = await readPopup(popup);
    expect(reading.state).toBe('error');
    expect(reading.text).toContain('cannot read this page');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/popup-unsupported.png` });
    await popup.close();
    await page.close();
  });
});
