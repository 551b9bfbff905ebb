import { describe, expect, it } from 'vitest';
import { cell, formatTable } from '../../bench/lib/table';

describe('bench tables', () => {
  it('pads columns, right-aligns numbers and rules the header', () => {
    expect(
      formatTable(
        ['name', 'ms'],
        [
          ['a', 1.5],
          ['longer', 12345],
        ],
      ),
    ).toBe(['name        ms', '------  ------', 'a         1.50', 'longer  12,345'].join('\n'));
  });

  it.each([
    [null, '-'],
    [Number.NaN, '-'],
    [3, '3'],
    [1234567, '1,234,567'],
    [0.1234, '0.12'],
    [12.345, '12.3'],
    [123.45, '123'],
    ['text', 'text'],
  ])('prints %s as %s', (v, s) => {
    expect(cell(v)).toBe(s);
  });
});
