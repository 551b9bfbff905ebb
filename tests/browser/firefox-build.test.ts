import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const wxt = (...args: string[]) => execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('the Firefox add-on', () => {
  it('builds with browser_specific_settings and the data-collection declaration, and zips for the store', () => {
    wxt('zip', '-b', 'firefox');
    const manifest = JSON.parse(readFileSync(`${ROOT}/.output/firefox-mv2/manifest.json`, 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // The fewest permissions that work: storage only; no host permissions beyond the content script's matches.
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
    const zips = readdirSync(`${ROOT}/.output`).filter((f) => f.endsWith('.zip'));
    expect(zips.some((f) => /firefox\.zip$/.test(f))).toBe(true);
    // Firefox's review asks for the sources of a bundled add-on.
    expect(zips.some((f) => /sources\.zip$/.test(f))).toBe(true);
    expect(existsSync(`${ROOT}/.output/chrome-mv3/manifest.json`)).toBe(true);
  }, 180_000);
});
