import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { PAGES_DIR, readPopup, SCREENSHOT_DIR } from './harness';
import { useExtensionBrowser } from './use-extension-browser';
import { checkReport } from './check-report';
import { annotationModelViolations } from '../lib/export/anno-model';
import { citationList } from '../../lib/export/citations';
import { toAnnotationCollection, type AnnotationCollection } from '../../lib/export/web-annotation';

const env = useExtensionBrowser();

async function visit(path: string) {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  const popup = await env.browser.openPopup(await env.browser.tabIdOf(page));
  const reading = await readPopup(popup);
  return { page, popup, reading };
}

describe("the popup's carrier timeline", () => {
  it('draws every dated carrier on a time axis, earliest left, with its date in text, the undated apart, the outlet list kept below', async () => {
    const { page, popup, reading } = await visit('seed-wire-story.html?timeline');
    expect(reading.state).toBe('matched');
    const check = await checkReport(`${PAGES_DIR}/seed-wire-story.html`, env.server.url('seed-wire-story.html?timeline'));
    const dated = check.outlets.filter((o) => o.published).sort((a, b) => a.published!.localeCompare(b.published!) || a.sourceId.localeCompare(b.sourceId));
    const undated = check.outlets
      .filter((o) => !o.published)
      .map((o) => o.sourceId)
      .sort();
    expect(dated.length).toBeGreaterThan(1);
    expect(undated.length).toBeGreaterThan(0);

    const timeline = popup.locator('[data-timeline]');
    await expect.poll(() => timeline.isVisible()).toBe(true);
    const rows = timeline.locator('[data-source-id][data-date-basis="published"]');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id')))).toEqual(dated.map((o) => o.sourceId));
    expect(await timeline.locator('[data-date-basis="none"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id')))).toEqual(undated);
    // Drawn: each dot is a visible box, and left to right in date order, the earliest at the axis's start, the latest at its end.
    const dots = await rows
      .locator('.tl-dot')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, w: r.width, h: r.height })));
    const track = await rows
      .first()
      .locator('.tl-track')
      .evaluate((e) => e.getBoundingClientRect())
      .then((r) => ({ left: r.left, right: r.right }));
    for (const d of dots) expect(d.w * d.h).toBeGreaterThan(0);
    expect(dots.map((d) => d.x)).toEqual([...dots.map((d) => d.x)].sort((a, b) => a - b));
    const distinct = new Set(dated.map((o) => o.published)).size > 1;
    expect(dots[0]!.x).toBeCloseTo(track.left, 0);
    if (distinct) expect(dots.at(-1)!.x + dots.at(-1)!.w).toBeCloseTo(track.right, 0);
    // Each row says its date, and which, in text; the first is named first for screen readers.
    const first = await rows.first().textContent();
    expect(first).toMatch(/published \d{1,2} [A-Z][a-z]{2} \d{4}, first$/);
    // The timeline comes before the outlet list, which is as it was.
    expect(
      await popup.evaluate(() => {
        const t = document.querySelector('[data-timeline]')!;
        const list = document.querySelector('[data-source-id][data-paragraphs]')!;
        return Boolean(t.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect(reading.outlets).toHaveLength(check.outlets.length);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await timeline.screenshot({ path: `${SCREENSHOT_DIR}/popup-timeline-${colorScheme}.png` });
    }
    await popup.close();
    await page.close();
  });
});

describe("the popup's export", () => {
  it('downloads the report as a Web Annotation collection that conforms to the W3C model and matches `check --annotations`', async () => {
    const url = env.server.url('seed-wire-story.html?export');
    const { page, popup } = await visit('seed-wire-story.html?export');
    const check = await checkReport(`${PAGES_DIR}/seed-wire-story.html`, url);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-action="download-annotations"]').click()]);
    expect(download.suggestedFilename()).toBe('provenance-lens-127.0.0.1.jsonld');
    const doc = JSON.parse(await readFile((await download.path())!, 'utf8')) as AnnotationCollection;
    expect(annotationModelViolations(doc)).toEqual([]);
    expect(doc.total).toBe(check.paragraphs.reduce((n, p) => n + p.matches.length, 0));
    for (const a of doc.first!.items) expect(a.target.source).toBe(url);
    // The very document `check --annotations --url <url>` prints for the same page.
    expect(doc).toEqual(toAnnotationCollection(check, url));
    await expect.poll(() => popup.locator('[data-export-status]').textContent()).toContain('provenance-lens-127.0.0.1.jsonld');
    await popup.close();
    await page.close();
  });

  it('copies the plain-text citation list to the clipboard from a click, with no permission asked', async () => {
    const url = env.server.url('seed-wire-story.html?copy');
    const { page, popup } = await visit('seed-wire-story.html?copy');
    const check = await checkReport(`${PAGES_DIR}/seed-wire-story.html`, url);
    await popup.bringToFront();
    await popup.locator('[data-action="copy-citations"]').click();
    await expect.poll(() => popup.locator('[data-export-status]').textContent()).toContain('Citations copied');
    // Read back from the test page's origin (the browser has one clipboard): the permission is the test's, not the extension's.
    await env.browser.context.grantPermissions(['clipboard-read'], { origin: env.server.origin });
    await page.bringToFront();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(citationList(check, url));
    const manifest = JSON.parse(await readFile(new URL('../../.output/chrome-mv3/manifest.json', import.meta.url), 'utf8')) as { permissions?: string[] };
    expect(manifest.permissions ?? []).not.toEqual(expect.arrayContaining(['clipboardWrite']));
    expect(manifest.permissions ?? []).not.toEqual(expect.arrayContaining(['downloads']));
    await popup.close();
    await page.close();
  });
});
