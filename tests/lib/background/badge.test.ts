import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../lib/background/badge';
import type { PageReport } from '../../../lib/types';

const withOutlets = (n: number) => ({ outlets: Array.from({ length: n }, (_, i) => ({ sourceId: `s${i}` })) }) as unknown as PageReport;

describe('badgeText', () => {
  it.each([
    [null, ''],
    [withOutlets(0), ''],
    [withOutlets(1), '1'],
    [withOutlets(12), '12'],
    [withOutlets(150), '99+'],
  ])('%#: %s', (report, text) => {
    expect(badgeText(report)).toBe(text);
  });
});
