import { describe, expect, it } from 'vitest';
import { createPrng } from '../../bench/lib/prng';

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed, another for another seed', () => {
    const a = createPrng(42),
      b = createPrng(42),
      c = createPrng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays in range and spreads evenly', () => {
    const rng = createPrng(1);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      counts[rng.int(10)]!++;
    }
    for (const n of counts) expect(Math.abs(n - 2000)).toBeLessThan(200);
  });

  it('picks from a list and refuses an empty one', () => {
    const rng = createPrng(7);
    const list = ['a', 'b', 'c'];
    for (let i = 0; i < 50; i++) expect(list).toContain(rng.pick(list));
    expect(() => rng.pick([])).toThrow(/empty/);
  });
});
