import { describe, expect, it } from 'vitest';
import { markerSide, placeCard, MARKER_ROOM } from '../../../lib/content/marker-place';

describe('markerSide', () => {
  it.each([
    ['a column with a left margin', { left: 120, right: 800 }, 1280, false, 'left'],
    ['a page flush left with room on the right', { left: 0, right: 900 }, 1280, false, 'right'],
    ['a phone-width page with no margins', { left: 4, right: 356 }, 360, false, 'inside'],
    ['a right-to-left page', { left: 120, right: 800 }, 1280, true, 'right'],
    ['a right-to-left page flush right', { left: 100, right: 1280 }, 1280, true, 'left'],
    ['exactly enough room', { left: MARKER_ROOM, right: 500 }, 520, false, 'left'],
  ])('%s', (_name, box, width, rtl, side) => {
    expect(markerSide(box, width, rtl as boolean)).toBe(side);
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 400, height: 300 };
  const marker = (top: number) => ({ left: 100, top, bottom: top + 20 });
  it('goes below the paragraph where it fits, so the paragraph stays readable', () => {
    expect(placeCard(marker(100), { top: 100, bottom: 190 }, card, viewport)).toEqual({ left: 100, top: 198 });
  });
  it('goes above the paragraph where it does not fit below', () => {
    expect(placeCard(marker(500), { top: 500, bottom: 590 }, card, viewport)).toEqual({ left: 100, top: 192 });
  });
  it('goes below the marker where the paragraph is too tall for either', () => {
    expect(placeCard(marker(100), { top: 100, bottom: 700 }, card, viewport)).toEqual({ left: 100, top: 128 });
  });
  it('stays inside the viewport', () => {
    expect(placeCard({ left: 900, top: 100, bottom: 120 }, { top: 100, bottom: 150 }, card, viewport).left).toBe(592);
    expect(placeCard(marker(200), { top: 200, bottom: 260 }, { width: 400, height: 700 }, viewport).top).toBe(92);
  });
});
