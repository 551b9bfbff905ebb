import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ICONS = fileURLToPath(new URL('../../public/icon/', import.meta.url));

describe('the extension icons (public/icon, rendered by scripts/render-icons.ts)', () => {
  it.each([16, 32, 48, 128])('%i px: a PNG of that size, with transparency', (size) => {
    const png = readFileSync(`${ICONS}${size}.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height at bytes 16 and 20, colour type at 25 (6: RGBA).
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
    expect(png[25]).toBe(6);
  });
});
