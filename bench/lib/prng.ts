/**
 * A seeded pseudo-random generator (mulberry32): the bench's synthetic
 * corpora must come out the same on every run and machine, which
 * `Math.random` cannot promise.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
}

/** A generator whose whole sequence is fixed by `seed` (any 32-bit integer). */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => {
      if (!list.length) throw new Error('pick from an empty list');
      return list[int(list.length)]!;
    },
  };
}
