import { describe, expect, it } from 'vitest';
import { interleave } from '../../bench/lib/interleave';

describe('interleaved A/B timing', () => {
  it('alternates which side goes first by item and by round, and records only measured rounds', () => {
    const calls: string[] = [];
    let clock = 0;
    const samples = interleave(
      (i) => {
        calls.push(`a${i}`);
        clock += 10 + i;
      },
      (i) => {
        calls.push(`b${i}`);
        clock += 20 + i;
      },
      { items: 2, rounds: 2, warmup: 1, now: () => clock },
    );
    expect(calls).toEqual(['a0', 'b0', 'b1', 'a1', 'b0', 'a0', 'a1', 'b1', 'a0', 'b0', 'b1', 'a1']);
    expect(samples.a).toEqual([
      [10, 10],
      [11, 11],
    ]);
    expect(samples.b).toEqual([
      [20, 20],
      [21, 21],
    ]);
  });

  it('reports each round', () => {
    const rounds: Array<[number, boolean]> = [];
    interleave(
      () => {},
      () => {},
      { items: 1, rounds: 2, warmup: 1, onRound: (r, w) => rounds.push([r, w]) },
    );
    expect(rounds).toEqual([
      [0, true],
      [1, false],
      [2, false],
    ]);
  });
});
