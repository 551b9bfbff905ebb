import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, readPopup } from './harness';
import { axeViolations } from './axe';
import { useExtensionBrowser } from './use-extension-browser';
import type { browser as ExtensionApi } from 'wxt/browser';

// What `chrome` is in the popup, where `addInitScript` callbacks run.
declare const chrome: typeof ExtensionApi;

const env = useExtensionBrowser();

const SCHEMES = ['light', 'dark'] as const;

/** No wcag2a/wcag2aa violation in either colour scheme (the popup and card have dark styles). */
async function expectAccessible(page: Page, include?: string) {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, include ? { include: [include] } : undefined), colorScheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Tabs through every control of an extension page (buttons, links, fields,
 * anything with a tab stop): each is reached once, and each shows where
 * focus is. Returns how many there are.
 */
async function tabThroughControls(page: Page): Promise<number> {
  const controls = await page.locator('button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])').count();
  const reached = new Set<string>();
  for (let i = 0; i < controls; i++) {
    await page.keyboard.press('Tab');
    const focus = await focusShown(page);
    expect(focus.shown, focus.tag).toBe(true);
    reached.add(
      await page.evaluate(() => {
        const el = document.activeElement!;
        return `${[...document.querySelectorAll('*')].indexOf(el)}:${el.localName}`;
      }),
    );
  }
  expect(reached.size).toBe(controls);
  return controls;
}

/** A page visited, and its popup once settled. */
async function visit(url: string) {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  const popup = await env.browser.openPopup(await env.browser.tabIdOf(page));
  const reading = await readPopup(popup);
  return { page, popup, reading };
}

/** Whether the focused element (inside shadow roots too) shows a focus ring: an outline or a box shadow. */
function focusShown(page: Page): Promise<{ tag: string; shown: boolean }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { tag: 'body', shown: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return { tag: `${el.localName}.${el.getAttribute('class') ?? ''}`, shown: outline || s.boxShadow !== 'none' };
  });
}

describe('the popup passes axe-core (wcag2a + wcag2aa) in every state', () => {
  it.each([
    ['matched', 'seed-wire-story.html'],
    ['none', 'unrelated-tram-line.html'],
    ['not-article', 'section-front.html'],
  ])('%s', async (state, file) => {
    const { page, popup, reading } = await visit(env.server.url(file));
    expect(reading.state).toBe(state);
    // The matched popup holds the carrier timeline and the export buttons: checked with the rest.
    if (state === 'matched') {
      expect(await popup.locator('[data-timeline] [data-source-id]').count()).toBeGreaterThan(0);
      expect(await popup.locator('[data-action="copy-citations"], [data-action="download-annotations"]').count()).toBe(2);
    }
    await expectAccessible(popup);
    await popup.close();
    await page.close();
  });

  it('error (a page the extension cannot read)', async () => {
    const { page, popup, reading } = await visit('chrome://version');
    expect(reading.state).toBe('error');
    await expectAccessible(popup);
    await popup.close();
    await page.close();
  });

  it('disabled (the site switched off), then on again', async () => {
    const { page, popup } = await visit(env.server.url('seed-wire-story.html?a11y-disabled'));
    await popup.locator('[data-site-switch="on"]').click();
    await expect.poll(() => popup.locator('main').getAttribute('data-state')).toBe('disabled');
    try {
      await expectAccessible(popup);
    } finally {
      // On again whatever axe found: the tests after this one read the same site.
      await popup.locator('[data-site-switch="off"]').click();
      await expect.poll(() => popup.locator('main').getAttribute('data-state'), { timeout: 15_000 }).toBe('matched');
    }
    await popup.close();
    await page.close();
  });

  it('pending (the background has not answered yet)', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('seed-wire-story.html?a11y-pending'));
    const tabId = await env.browser.tabIdOf(page);
    const popup = await env.browser.context.newPage();
    // The popup's question never gets an answer, so it stays as it is while the page is read.
    await popup.addInitScript(() => {
      chrome.runtime.sendMessage = (() => new Promise(() => undefined)) as typeof chrome.runtime.sendMessage;
    });
    await popup.goto(`chrome-extension://${env.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('main[data-state="pending"]').waitFor();
    await expectAccessible(popup);
    expect(await popup.locator('main').getAttribute('data-state')).toBe('pending');
    await popup.close();
    await page.close();
  });
});

describe('the popup by keyboard', () => {
  it('reaches every control with Tab, shows where focus is, and works them with Enter', async () => {
    const { page, popup, reading } = await visit(env.server.url('seed-wire-story.html?a11y-keys'));
    expect(reading.state).toBe('matched');
    expect(await tabThroughControls(popup)).toBeGreaterThan(2);

    // Enter on a matched paragraph shows it on the page.
    await popup.locator('[data-paragraph-index="8"] button').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => page.locator('provenance-lens-marker[data-paragraph-index="8"] .pl-flash-box').count()).toBe(1);
    // Enter on the site switch turns the site off, and on again.
    await popup.locator('[data-site-switch]').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('main').getAttribute('data-state')).toBe('disabled');
    await popup.locator('[data-site-switch]').focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('main').getAttribute('data-state'), { timeout: 15_000 }).toBe('matched');
    await popup.close();
    await page.close();
  });
});

describe('the carrier timeline', () => {
  it('passes axe-core on its own in both schemes, is one ordered list a screen reader reads row by row, and its export status is announced', async () => {
    const { page, popup } = await visit(env.server.url('seed-wire-story.html?a11y-timeline'));
    await expectAccessible(popup, '[data-timeline]');
    const rows = await popup.locator('[data-timeline] ol > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    const names = await popup.locator('[data-timeline] ol > li').evaluateAll((els) => els.map((e) => e.textContent));
    expect(rows.length).toBeGreaterThan(1);
    // What a screen reader reads: the outlet, "published" or "read", and the date; the drawing itself is hidden from it.
    for (const text of names) expect(text).toMatch(/(published|read) \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(await popup.locator('[data-timeline] .tl-track[aria-hidden="true"]').count()).toBe(rows.length);
    expect(await popup.locator('[data-timeline] ol').getAttribute('aria-describedby')).toBe('timeline-legend');
    await popup.locator('[data-action="download-annotations"]').focus();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.jsonld$/);
    expect(await popup.locator('[data-export-status]').getAttribute('role')).toBe('status');
    await expectAccessible(popup);
    await popup.close();
    await page.close();
  });
});

describe('the overlay', () => {
  it('an open card (with a quote variant) passes axe-core, inside its shadow root', async () => {
    const { page, popup } = await visit(env.server.url('seed-wire-story.html?a11y-card'));
    await popup.close();
    await page.locator('.cookie-banner button').click();
    for (const i of [4, 7]) {
      const host = `provenance-lens-marker[data-paragraph-index="${i}"]`;
      await page.locator(host).getByRole('button').first().click();
      await expect.poll(() => page.locator(host).getByRole('dialog').isVisible()).toBe(true);
      await expectAccessible(page, host);
      await page.keyboard.press('Escape');
    }
    // The markers alone, closed, too.
    await expectAccessible(page, 'provenance-lens-marker');
    await page.close();
  });

  it('by keyboard: Tab reaches a marker with a visible focus ring; the card opens, its close button shows focus; Escape closes it and focus returns to the marker', async () => {
    const { page, popup } = await visit(env.server.url('seed-wire-story.html?a11y-card-keys'));
    await popup.close();
    await page.locator('.cookie-banner button').click();
    // Tab from the top of the page until focus is in a marker.
    let inMarker = false;
    for (let i = 0; i < 60 && !inMarker; i++) {
      await page.keyboard.press('Tab');
      inMarker = await page.evaluate(() => document.activeElement?.localName === 'provenance-lens-marker');
    }
    expect(inMarker).toBe(true);
    expect(await focusShown(page)).toMatchObject({ shown: true });
    const host = page.locator('provenance-lens-marker:focus');
    const index = await host.getAttribute('data-paragraph-index');
    const marker = page.locator(`provenance-lens-marker[data-paragraph-index="${index}"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => marker.getByRole('dialog').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusShown(page)).toEqual({ tag: 'button.pl-close', shown: true });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => marker.getByRole('dialog').count()).toBe(0);
    expect(await marker.evaluate((h) => h.shadowRoot!.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    expect(await focusShown(page)).toMatchObject({ shown: true });
    await page.close();
  });
});

// The options page is another engineer's, merged later: these run once a build has it.
describe.skipIf(!existsSync(join(EXTENSION_DIR, 'options.html')))('the options page', () => {
  it('passes axe-core (wcag2a + wcag2aa), and Tab reaches each control with a visible focus ring', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await page.waitForLoadState('load');
    await expectAccessible(page);
    await tabThroughControls(page);
    await page.close();
  });
});
