// `npx tsx scripts/render-icons.ts`: renders assets-src/icon.svg to public/icon/{16,32,48,128}.png
// with the same headless Chromium the browser tests use (WXT puts public/icon/*.png in the
// manifest as the toolbar and extension icons). Run again after changing the SVG; the PNGs are
// committed, so building needs no browser.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../lib/node/chromium-path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(join(ROOT, 'assets-src', 'icon.svg'), 'utf8');
const out = join(ROOT, 'public', 'icon');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${out}/{16,32,48,128}.png`);
