/**
 * An immutable multimap from 32-bit keys to 32-bit values in three typed
 * arrays (sorted keys, offsets, values): it loads from bytes without building
 * a hash map, and a look-up is a binary search. This is what keeps a 100,000-
 * article index fast to load in the background.
 */
export interface PostingTable {
  keys: Uint32Array;
  /** offsets[i]..offsets[i+1] indexes `values` for keys[i]; length keys.length + 1. */
  offsets: Uint32Array;
  values: Uint32Array;
}

/** Builds a table from (key, value) pairs; values of one key keep insertion order, duplicates dropped. */
export function buildPostingTable(pairs: Iterable<readonly [number, number]>): PostingTable {
  const byKey = new Map<number, number[]>();
  for (const [k, v] of pairs) {
    const list = byKey.get(k);
    if (!list) byKey.set(k, [v]);
    else if (list[list.length - 1] !== v && !list.includes(v)) list.push(v);
  }
  const keys = Uint32Array.from([...byKey.keys()].sort((a, b) => a - b));
  const offsets = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    offsets[i] = total;
    total += byKey.get(k)!.length;
  });
  offsets[keys.length] = total;
  const values = new Uint32Array(total);
  keys.forEach((k, i) => values.set(byKey.get(k)!, offsets[i]!));
  return { keys, offsets, values };
}

/** The values stored under `key` (empty where none). */
export function lookup(table: PostingTable, key: number): Uint32Array {
  const { keys } = table;
  let lo = 0, hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return table.values.subarray(table.offsets[mid]!, table.offsets[mid + 1]!);
  }
  return new Uint32Array(0);
}
