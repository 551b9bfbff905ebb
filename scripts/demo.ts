// `npm run demo` (after `npm run build`): the extension at work on the demo pages.
// With a display: Chromium opens with the extension on the first page, and stays open until you close it.
// Without one (CI, a server): headless, writes screenshots of a marked page with a card open and of the
// popup to .demo/screenshots, then imports a small pack through the options page and screenshots that too,
// prints the folder, and exits.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, readPopup, startPageServer } from '../tests/browser/harness';
import { packOf } from '../tests/helpers/pack-fixtures';

const PAGES = ['seed-wire-story.html', 'unrelated-tram-line.html', 'spa/melania', 'hostile-markup.html', 'section-front.html'];
const OUT = fileURLToPath(new URL('../.demo/screenshots', import.meta.url));
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const server = await startPageServer();
const browser = await launchWithExtension({ headless, viewport: headless ? { width: 1280, height: 860 } : undefined });
console.log(`Serving the demo pages at ${server.origin}/ (Chromium with Provenance Lens, ${headless ? 'headless' : 'on your display'})`);

const page = (await browser.context.pages()[0]) ?? (await browser.context.newPage());
await page.goto(server.url(PAGES[0]!));
const tabId = await browser.tabIdOf(page);

if (!headless) {
  for (const path of PAGES.slice(1)) await (await browser.context.newPage()).goto(server.url(path));
  await page.bringToFront();
  console.log('Hover a marker in the margin, or click the toolbar button for the popup. Close the browser to stop.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
const popup = await browser.openPopup(tabId);
await popup.setViewportSize({ width: 380, height: 600 });
const report = await readPopup(popup);
await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });

// The marked page: cookie banner accepted, scrolled to the paragraph most quoted elsewhere, its card open.
await page.getByRole('button', { name: 'Accept' }).click();
const quotes = (i: string) => report.paragraphs[Number(i)]!.filter((m) => m.kind === 'quote').length;
const quoted = Number(Object.keys(report.paragraphs).sort((a, b) => quotes(b) - quotes(a) || Number(a) - Number(b))[0]);
const host = page.locator(`provenance-lens-marker[data-paragraph-index="${quoted}"]`);
await host.evaluate((h) => window.scrollTo(0, h.parentElement!.getBoundingClientRect().top + window.scrollY - 160));
await host.getByRole('button', { name: /^Also carried by/ }).click();
await host.getByRole('dialog').waitFor();
await page.screenshot({ path: `${OUT}/marked-page.png` });

// The options page with a pack imported through its file input (a few articles on another story).
const options = await browser.context.newPage();
await options.setViewportSize({ width: 900, height: 560 });
await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
await options.locator('[data-state="ready"]').waitFor();
const pack = Buffer.from(packOf(undefined, 'Ferry strike (demo pack)'));
await options.setInputFiles('input[data-action="import-pack"]', { name: 'ferry-strike.plpack', mimeType: 'application/octet-stream', buffer: pack });
await options.locator('[data-source-set][data-origin="pack"]').waitFor();
await options.screenshot({ path: `${OUT}/options.png`, fullPage: true });

console.log(`Popup: ${report.state}, ${report.outlets.length} outlets, ${Object.keys(report.paragraphs).length} matched paragraphs.`);
console.log(`Screenshots written to ${OUT}`);
await browser.close();
await server.close();
