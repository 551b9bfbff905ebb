import { describe, expect, it } from 'vitest';
import { median, p95, quantile, round, sum } from '../../bench/lib/stats';

describe('bench statistics', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[1, 1, 1, 9], 1],
  ])('median of %j is %d', (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  it('p95 is the nearest-rank 95th percentile: a sample that was measured', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(samples)).toBe(95);
    expect(p95([1, 2, 3])).toBe(3);
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(20);
    expect(quantile([10, 20, 30, 40], 0)).toBe(10);
    expect(quantile([10, 20, 30, 40], 1)).toBe(40);
  });

  it('does not reorder its input', () => {
    const samples = [3, 1, 2];
    median(samples);
    p95(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('gives NaN for no samples and refuses a quantile outside [0, 1]', () => {
    expect(median([])).toBeNaN();
    expect(p95([])).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('sums and rounds', () => {
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(1234.5, 0)).toBe(1235);
  });
});
