import { describe, expect, it } from 'vitest';
import {
  buildPostingTable,
  keysOf,
  lookup,
  mergePostingTables,
  postingCount,
  packPostingTable,
  unpackPostingTable,
  type PostingTable,
} from '../../../lib/index/posting-table';

const pairs = (...p: Array<[number, number]>) => p;
const arrays = (t: PostingTable) => ({ keys: Array.from(t.keys), offsets: Array.from(t.offsets), values: Array.from(t.values) });

/** A deterministic table of `keys` keys spread over 32 bits, some with long lists. */
function sampleTable(keys: number, increasing = true): PostingTable {
  const out: Array<[number, number]> = [];
  let x = 12345;
  for (let k = 0; k < keys; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const n = k % 50 === 0 ? 40 : 1 + (k % 3);
    for (let j = 0; j < n; j++) out.push([x, increasing ? k * 100 + j * 7 : (k * 31 + (n - j) * 13) % 100000]);
  }
  return buildPostingTable(out);
}

describe('posting tables', () => {
  it('sort keys, keep values in insertion order and drop duplicates', () => {
    const t = buildPostingTable(pairs([5, 1], [3, 9], [5, 0], [3, 9], [5, 1], [2 ** 32 - 1, 4], [0, 2], [5, 7]));
    expect(arrays(t)).toEqual({ keys: [0, 3, 5, 2 ** 32 - 1], offsets: [0, 1, 2, 5, 6], values: [2, 9, 1, 0, 7, 4] });
    expect(Array.from(lookup(t, 5))).toEqual([1, 0, 7]);
    expect(Array.from(lookup(t, 4))).toEqual([]);
  });

  it('are empty for no pairs', () => {
    const t = buildPostingTable([]);
    expect(arrays(t)).toEqual({ keys: [], offsets: [0], values: [] });
    expect(lookup(t, 1).length).toBe(0);
  });

  it('build in time linear in the pairs when one key has most of them', () => {
    const many: Array<[number, number]> = [];
    for (let i = 0; i < 300_000; i++) many.push([7, i]);
    for (let i = 0; i < 1000; i++) many.push([i * 1000, i]);
    const started = performance.now();
    const t = buildPostingTable(many);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(lookup(t, 7).length).toBe(300_000);
  });

  describe('merged', () => {
    // Runs of pairs read apart, each numbering its values from 0 (as a run numbers its quotes or sentences), some repeated.
    function runsOf(count: number, perRun: number): { runs: Array<Array<[number, number]>>; shifts: number[] } {
      const runs: Array<Array<[number, number]>> = [];
      const shifts: number[] = [];
      let x = 99;
      let base = 0;
      for (let r = 0; r < count; r++) {
        const run: Array<[number, number]> = [];
        for (let i = 0; i < perRun; i++) {
          x = (Math.imul(x, 1103515245) + 12345) >>> 0;
          // Few keys, so most recur within and across runs; values mostly increasing, some going back, some repeated.
          run.push([x % 97, i % 5 === 4 ? Math.max(0, i - 3) >> 1 : i >> 1]);
        }
        runs.push(run);
        shifts.push(base);
        base += perRun;
      }
      return { runs, shifts };
    }

    it.each([
      ['one run', 1],
      ['two runs', 2],
      ['four runs', 4],
      ['many runs, merged in halves', 13],
    ])('are the table of all the pairs, each run shifted: %s', (_name, count) => {
      const { runs, shifts } = runsOf(count, 200);
      const merged = mergePostingTables(
        runs.map((run) => buildPostingTable(run)),
        shifts,
      );
      const all = buildPostingTable(runs.flatMap((run, r) => run.map(([k, v]): [number, number] => [k, v + shifts[r]!])));
      expect(arrays(merged)).toEqual(arrays(all));
    });

    it('are empty for no tables or empty ones', () => {
      expect(arrays(mergePostingTables([], []))).toEqual({ keys: [], offsets: [0], values: [] });
      expect(arrays(mergePostingTables([buildPostingTable([]), buildPostingTable([])], [0, 5]))).toEqual({ keys: [], offsets: [0], values: [] });
    });
  });

  describe('packed', () => {
    it.each([
      ['empty', buildPostingTable([])],
      ['one key', buildPostingTable(pairs([42, 3], [42, 9]))],
      ['key 0 and the largest key', buildPostingTable(pairs([0, 1], [2 ** 32 - 1, 2], [2 ** 31, 3]))],
      ['large values', buildPostingTable(pairs([1, 2 ** 32 - 1], [1, 0], [2, 2 ** 31]))],
      ['many keys, increasing values', sampleTable(3000)],
      ['many keys, values in any order', sampleTable(3000, false)],
    ])('round-trips %s, whole and by look-up', (_name, table) => {
      const packed = unpackPostingTable(packPostingTable(table));
      for (let i = 0; i < table.keys.length; i++) {
        const expected = Array.from(table.values.subarray(table.offsets[i]!, table.offsets[i + 1]!));
        expect(Array.from(lookup(packed, table.keys[i]!))).toEqual(expected);
      }
      expect(Array.from(keysOf(unpackPostingTable(packPostingTable(table))))).toEqual(Array.from(table.keys));
      expect(arrays(packed)).toEqual(arrays(table));
    });

    it('find nothing for absent keys, in empty and full buckets', () => {
      const table = sampleTable(2000);
      const packed = unpackPostingTable(packPostingTable(table));
      const present = new Set(table.keys);
      for (const key of [0, 1, 2 ** 31, 2 ** 32 - 1, 123456789]) if (!present.has(key)) expect(lookup(packed, key).length).toBe(0);
      for (let i = 0; i + 1 < table.keys.length; i += 97) {
        const between = table.keys[i]! + 1;
        if (!present.has(between)) expect(lookup(packed, between).length).toBe(0);
      }
    });

    it('are deterministic and smaller than the three arrays', () => {
      const table = sampleTable(5000);
      const a = packPostingTable(table);
      expect(packPostingTable(sampleTable(5000))).toEqual(a);
      const raw = (table.keys.length + table.offsets.length + table.values.length) * 4;
      expect(a.length).toBeLessThan(raw / 2);
    });

    it('leave out the count of a key with one value (most fingerprints), and write it for the others', () => {
      // Head (16 bytes) and one bucket's two starts (8), then the key's gap doubled plus 1, and its value.
      expect(Array.from(packPostingTable(buildPostingTable(pairs([5, 3]))).subarray(24))).toEqual([11, 3]);
      // The gap doubled, the count, the first value and the gap to the next minus one.
      expect(Array.from(packPostingTable(buildPostingTable(pairs([5, 3], [5, 9]))).subarray(24))).toEqual([10, 2, 3, 5]);
    });

    it('throw on a truncated table rather than answer wrongly', () => {
      const bytes = packPostingTable(sampleTable(500));
      expect(() => {
        const t = unpackPostingTable(bytes.subarray(0, bytes.length - 10));
        for (let i = 0; i < 500; i++) lookup(t, i * 8589934);
        void t.keys;
      }).toThrow(/truncated|corrupt/);
    });
  });
});

describe('postingCount', () => {
  it("counts a key's values without decoding them, packed or not, long lists and absent keys included", () => {
    const pairs: Array<[number, number]> = [];
    for (let v = 0; v < 500; v++) pairs.push([0xdeadbeef, v * 3]);
    for (let k = 1; k <= 300; k++) for (let v = 0; v < k % 11; v++) pairs.push([(k * 2654435761) >>> 0, v]);
    const table = buildPostingTable(pairs);
    const packed = unpackPostingTable(packPostingTable(table));
    for (const key of [0xdeadbeef, 0, 12345, ...Array.from({ length: 300 }, (_, i) => ((i + 1) * 2654435761) >>> 0)]) {
      expect(postingCount(table, key)).toBe(lookup(table, key).length);
      expect(postingCount(packed, key)).toBe(lookup(table, key).length);
    }
    expect(postingCount(packed, 0xdeadbeef)).toBe(500);
  });
});
