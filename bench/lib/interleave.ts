/** Per-item timings of two sides measured against each other. */
export interface AbSamples {
  /** a[item][round]: milliseconds. */
  a: number[][];
  b: number[][];
}

/** How to interleave. */
export interface InterleaveOptions {
  items: number;
  /** Measured rounds. */
  rounds: number;
  /** Rounds run first and not recorded: the JIT and the caches warm up. */
  warmup: number;
  /** Called after each round (warm-up rounds included) with its number, from 0. */
  onRound?: (round: number, warmup: boolean) => void;
  /** test seam */
  now?: () => number;
}

/**
 * Times side A against side B on each item, back to back, so both see the
 * same machine state (a noisy neighbour slows both, not one side's whole
 * run). Which side goes first alternates by item and by round, so neither
 * side always runs in the other's wake (warm caches, pending GC).
 */
export function interleave(runA: (item: number) => void, runB: (item: number) => void, options: InterleaveOptions): AbSamples {
  const now = options.now ?? (() => performance.now());
  const out: AbSamples = { a: [], b: [] };
  for (let i = 0; i < options.items; i++) {
    out.a.push([]);
    out.b.push([]);
  }
  const time = (run: (item: number) => void, item: number) => {
    const start = now();
    run(item);
    return now() - start;
  };
  for (let r = 0; r < options.warmup + options.rounds; r++) {
    const recorded = r >= options.warmup;
    for (let i = 0; i < options.items; i++) {
      const aFirst = (r + i) % 2 === 0;
      const first = time(aFirst ? runA : runB, i);
      const second = time(aFirst ? runB : runA, i);
      if (!recorded) continue;
      out.a[i]!.push(aFirst ? first : second);
      out.b[i]!.push(aFirst ? second : first);
    }
    options.onRound?.(r, !recorded);
  }
  return out;
}
