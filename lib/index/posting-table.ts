import { ByteReader, ByteWriter } from './varint';
import { u32Bytes, u32View } from './raw-u32';

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

/**
 * Builds a table from (key, value) pairs; values of one key keep insertion
 * order, duplicates dropped. Linear in the pairs (a stable radix sort on the
 * keys), whatever the key skew: a term found in half the sentences of a
 * 100,000-article corpus costs no more per pair than a rare one.
 */
export function buildPostingTable(pairs: Iterable<readonly [number, number]>): PostingTable {
  let keysIn: Uint32Array = new Uint32Array(1024);
  let valuesIn: Uint32Array = new Uint32Array(1024);
  let n = 0;
  for (const [k, v] of pairs) {
    if (n === keysIn.length) {
      keysIn = grow(keysIn);
      valuesIn = grow(valuesIn);
    }
    keysIn[n] = k;
    valuesIn[n] = v;
    n++;
  }
  return postingTableOf(keysIn, valuesIn, n);
}

/** `buildPostingTable` of the pairs (keysIn[i], valuesIn[i]) for i < n, given as two arrays. */
export function postingTableOf(keysIn: Uint32Array, valuesIn: Uint32Array, n: number = keysIn.length): PostingTable {
  const [sortedKeys, sortedValues] = sortPairsByKey(keysIn, valuesIn, n);

  const keys = new Uint32Array(n);
  const offsets = new Uint32Array(n + 1);
  let distinct = 0;
  const values = new Uint32Array(n);
  let total = 0;
  for (let i = 0; i < n;) {
    const key = sortedKeys[i]!;
    keys[distinct] = key;
    offsets[distinct++] = total;
    const first = total;
    // Values usually arrive in increasing order (paragraph and sentence
    // numbers): a duplicate is then always the previous value. A set is made
    // only for a key whose values go back.
    let seen: Set<number> | null = null;
    for (; i < n && sortedKeys[i] === key; i++) {
      const v = sortedValues[i]!;
      if (total > first && !seen) {
        const last = values[total - 1]!;
        if (v === last) continue;
        if (v < last) seen = new Set(values.subarray(first, total));
      }
      if (seen) {
        if (seen.has(v)) continue;
        seen.add(v);
      }
      values[total++] = v;
    }
  }
  offsets[distinct] = total;
  return { keys: keys.slice(0, distinct), offsets: offsets.slice(0, distinct + 1), values: values.slice(0, total) };
}

/**
 * The table of the pairs of several tables, in order, each table's values
 * shifted by its `shifts` entry: `postingTableOf` of all their pairs, where
 * the shifted values of different tables never coincide (runs of articles
 * read apart, whose paragraph, quote or sentence numbers count on from the
 * run before). A merge in one pass: the tables are sorted already, so the
 * sorting is done where each run was read (a worker thread each).
 */
export function mergePostingTables(tables: readonly PostingTable[], shifts: readonly number[]): PostingTable {
  // Many tables (a build in small steps) merge in halves: each pair once per level, not once per table.
  if (tables.length > MERGE_WAYS) {
    const half = tables.length >> 1;
    return mergePostingTables(
      [mergePostingTables(tables.slice(0, half), shifts.slice(0, half)), mergePostingTables(tables.slice(half), shifts.slice(half))],
      [0, 0],
    );
  }
  let pairs = 0;
  for (const t of tables) pairs += t.values.length;
  const keys = new Uint32Array(tables.reduce((n, t) => n + t.keys.length, 0));
  const offsets = new Uint32Array(keys.length + 1);
  const values = new Uint32Array(pairs);
  const at = tables.map(() => 0);
  let distinct = 0;
  let total = 0;
  for (;;) {
    // The least key at the head of any table; every table that has it gives its values, in table order.
    let key = -1;
    for (let r = 0; r < tables.length; r++) if (at[r]! < tables[r]!.keys.length && (key < 0 || tables[r]!.keys[at[r]!]! < key)) key = tables[r]!.keys[at[r]!]!;
    if (key < 0) break;
    keys[distinct] = key;
    offsets[distinct++] = total;
    for (let r = 0; r < tables.length; r++) {
      const t = tables[r]!;
      const i = at[r]!;
      if (i >= t.keys.length || t.keys[i] !== key) continue;
      const shift = shifts[r]!;
      for (let j = t.offsets[i]!; j < t.offsets[i + 1]!; j++) values[total++] = t.values[j]! + shift;
      at[r] = i + 1;
    }
  }
  offsets[distinct] = total;
  return { keys: keys.slice(0, distinct), offsets: offsets.slice(0, distinct + 1), values };
}

/** Tables merged in one pass, which looks at each table's head for every key. */
const MERGE_WAYS = 4;

/**
 * A table's keys, where a packed table's arrays are decoded for this once and
 * not kept (its look-ups decode buckets; `table.keys` would keep all three arrays).
 */
export function keysOf(table: PostingTable): Uint32Array {
  return table instanceof PackedPostingTable ? table.decode().keys : table.keys;
}

/** The values stored under `key` (empty where none). */
export function lookup(table: PostingTable, key: number): Uint32Array {
  if (isSearchable(table)) return table.lookup(key);
  const at = keyAt(table.keys, key);
  return at < 0 ? new Uint32Array(0) : table.values.subarray(table.offsets[at]!, table.offsets[at + 1]!);
}

/**
 * How many values are stored under `key`: a term's document frequency, read
 * without decoding its list (a common word's list in a large index is long).
 */
export function postingCount(table: PostingTable, key: number): number {
  if (isSearchable(table)) return table.count(key);
  const at = keyAt(table.keys, key);
  return at < 0 ? 0 : table.offsets[at + 1]! - table.offsets[at]!;
}

/**
 * A table that answers look-ups itself, without its whole arrays: the packed
 * form read from a file, or a composed index's table over several segments.
 */
export interface SearchablePostingTable extends PostingTable {
  lookup(key: number): Uint32Array;
  count(key: number): number;
}

function isSearchable(table: PostingTable): table is SearchablePostingTable {
  return typeof (table as Partial<SearchablePostingTable>).lookup === 'function';
}

// Binary search of the sorted keys: the key's position, or -1.
function keyAt(keys: Uint32Array, key: number): number {
  let lo = 0,
    hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

// The pairs (keys[i], values[i]), i < n, in key order, pairs of one key in their given order: a
// least-significant-digit radix sort of two 16-bit digits that moves the pairs themselves, so
// every pass reads its input in order (moving indices and reading keys through them was a
// random read a pair: at 100,000 articles, five million claim-term pairs).
function sortPairsByKey(keys: Uint32Array, values: Uint32Array, n: number): [Uint32Array, Uint32Array] {
  const counts = new Uint32Array(65537);
  // One pass: from the pairs of `fromKeys`/`fromValues` by the digit at `shift`, into new arrays.
  const pass = (fromKeys: Uint32Array, fromValues: Uint32Array, shift: number): [Uint32Array, Uint32Array] => {
    const toKeys = new Uint32Array(n);
    const toValues = new Uint32Array(n);
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[((fromKeys[i]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 1; d <= 65536; d++) counts[d]! += counts[d - 1]!;
    for (let i = 0; i < n; i++) {
      const k = fromKeys[i]!;
      const at = counts[(k >>> shift) & 0xffff]!++;
      toKeys[at] = k;
      toValues[at] = fromValues[i]!;
    }
    return [toKeys, toValues];
  };
  const [lowKeys, lowValues] = pass(keys, values, 0);
  return pass(lowKeys, lowValues, 16);
}

// The packed form, as the index file stores it. Keys are hashes, spread
// evenly over 32 bits, so they fall into 2^b buckets by their top bits with
// about PACKED_KEYS_PER_BUCKET keys each. A bucket lists its keys in order as
// gaps (varints), each with its values: the first value and then the gaps
// between values (zigzag-coded where a table's values are not in increasing
// order). A look-up decodes one bucket; a list of more than LONG_LIST values
// also records its byte length, so a look-up skips it without decoding it.
// Layout: key count, value count, b, flags, then the 2^b + 1 bucket starts
// (32-bit little-endian, so opening a table decodes nothing), then the buckets.
// Flags: INCREASING (values as gaps), SINGLES_MARKED (a key's gap is written
// doubled, plus 1 where it has exactly one value, whose count is then left
// out: most fingerprints have one; tables written before lack the flag).
const INCREASING = 1;
const SINGLES_MARKED = 2;
const PACKED_KEYS_PER_BUCKET = 16;
const LONG_LIST = 8;
const MAX_BUCKET_BITS = 24;

/** Encodes a table as bytes (see `unpackPostingTable`). Deterministic: the same table gives the same bytes. */
export function packPostingTable(table: PostingTable): Uint8Array {
  const { keys, offsets, values } = table;
  let increasing = true;
  for (let i = 0; i < keys.length && increasing; i++) {
    for (let j = offsets[i]! + 1; j < offsets[i + 1]!; j++) if (values[j]! <= values[j - 1]!) increasing = false;
  }
  const bits = bucketBits(keys.length);
  const buckets = 2 ** bits;
  const data = new ByteWriter();
  const starts = new Uint32Array(buckets + 1);
  const body = new ByteWriter();
  let k = 0;
  for (let b = 0; b < buckets; b++) {
    starts[b] = data.length;
    let prev = bucketBase(b, bits);
    for (; k < keys.length && bucketOf(keys[k]!, bits) === b; k++) {
      const from = offsets[k]!,
        to = offsets[k + 1]!;
      // The gap, doubled, plus 1 where the key has one value (most fingerprints): its count is then not written.
      data.varint((keys[k]! - prev) * 2 + (to - from === 1 ? 1 : 0));
      prev = keys[k]!;
      if (to - from !== 1) data.varint(to - from);
      if (to === from) continue;
      body.reset();
      body.varint(values[from]!);
      for (let j = from + 1; j < to; j++) {
        if (increasing) body.varint(values[j]! - values[j - 1]! - 1);
        else body.zigzag(values[j]! - values[j - 1]!);
      }
      if (to - from > LONG_LIST) data.varint(body.length);
      data.bytes(body.view());
    }
  }
  starts[buckets] = data.length;
  if (k !== keys.length) throw new Error('posting table keys are not sorted');
  const head = u32Bytes([keys.length, values.length, bits, (increasing ? INCREASING : 0) | SINGLES_MARKED, ...starts]);
  const out = new Uint8Array(head.length + data.length);
  out.set(head);
  out.set(data.view(), head.length);
  return out;
}

/**
 * A table read from bytes written by `packPostingTable`. Opening it decodes
 * nothing (where the bytes are 4-byte aligned); a look-up decodes one bucket. `keys`,
 * `offsets` and `values` are there for readers that want whole arrays: they
 * unpack the table on first use.
 */
export function unpackPostingTable(bytes: Uint8Array): PostingTable {
  return new PackedPostingTable(bytes);
}

class PackedPostingTable implements SearchablePostingTable {
  private readonly bits: number;
  private readonly increasing: boolean;
  private readonly singlesMarked: boolean;
  private readCount = 0;
  private readonly bucketStart: Uint32Array;
  private readonly data: Uint8Array;
  private readonly keyCount: number;
  private readonly valueCount: number;
  private unpacked: PostingTable | null = null;

  constructor(bytes: Uint8Array) {
    if (bytes.length < 16) throw new Error('index file is truncated');
    const head = u32View(bytes.subarray(0, 16));
    this.keyCount = head[0]!;
    this.valueCount = head[1]!;
    this.bits = head[2]!;
    if (head[3]! > (INCREASING | SINGLES_MARKED)) throw new Error('index file is corrupt: posting table flags');
    this.increasing = (head[3]! & INCREASING) !== 0;
    this.singlesMarked = (head[3]! & SINGLES_MARKED) !== 0;
    if (this.bits > MAX_BUCKET_BITS) throw new Error('index file is corrupt: posting table has too many buckets');
    const buckets = 2 ** this.bits;
    const dataAt = 16 + 4 * (buckets + 1);
    if (bytes.length < dataAt) throw new Error('index file is truncated');
    this.bucketStart = u32View(bytes.subarray(16, dataAt));
    this.data = bytes.subarray(dataAt);
    if (this.bucketStart[buckets]! > this.data.length) throw new Error('index file is truncated');
  }

  get keys(): Uint32Array {
    return this.unpack().keys;
  }
  get offsets(): Uint32Array {
    return this.unpack().offsets;
  }
  get values(): Uint32Array {
    return this.unpack().values;
  }

  lookup(key: number): Uint32Array {
    const at = this.seek(key);
    if (!at) return new Uint32Array(0);
    if (at.count > LONG_LIST) at.reader.varint();
    return this.readValues(at.reader, at.count);
  }

  count(key: number): number {
    return this.seek(key)?.count ?? 0;
  }

  // Finds `key` in its bucket: how many values it has, and a reader at its list (not decoded).
  private seek(key: number): { reader: ByteReader; count: number } | null {
    const b = bucketOf(key, this.bits);
    const r = new ByteReader(this.data, this.bucketStart[b]!, this.bucketStart[b + 1]!);
    let k = bucketBase(b, this.bits);
    while (!r.done) {
      k = this.readKey(r, k);
      const count = this.readCount;
      if (k < key) {
        if (count > LONG_LIST) {
          const skip = r.varint();
          r.pos += skip;
        } else for (let j = 0; j < count; j++) r.varint();
        continue;
      }
      return k === key ? { reader: r, count } : null;
    }
    return null;
  }

  // The next key of a bucket (after `prev`); its count of values is left in `readCount` (no array made per key).
  private readKey(r: ByteReader, prev: number): number {
    const gap = r.varint();
    if (!this.singlesMarked) {
      this.readCount = r.varint();
      return prev + gap;
    }
    const single = gap % 2;
    this.readCount = single ? 1 : r.varint();
    return prev + (gap - single) / 2;
  }

  private readValues(r: ByteReader, count: number): Uint32Array {
    const out = new Uint32Array(count);
    let v = 0;
    for (let j = 0; j < count; j++) {
      if (j === 0) v = r.varint();
      else v = this.increasing ? v + r.varint() + 1 : v + r.zigzag();
      out[j] = v;
    }
    return out;
  }

  private unpack(): PostingTable {
    return (this.unpacked ??= this.decode());
  }

  /** The three arrays, decoded (not kept: `unpack` keeps them). */
  decode(): PostingTable {
    const keys = new Uint32Array(this.keyCount);
    const offsets = new Uint32Array(this.keyCount + 1);
    const values = new Uint32Array(this.valueCount);
    let n = 0,
      total = 0;
    for (let b = 0; b + 1 < this.bucketStart.length; b++) {
      const r = new ByteReader(this.data, this.bucketStart[b]!, this.bucketStart[b + 1]!);
      let k = bucketBase(b, this.bits);
      while (!r.done) {
        k = this.readKey(r, k);
        const count = this.readCount;
        if (count > LONG_LIST) r.varint();
        keys[n] = k;
        offsets[n++] = total;
        values.set(this.readValues(r, count), total);
        total += count;
      }
    }
    offsets[n] = total;
    if (n !== this.keyCount || total !== this.valueCount) throw new Error('index file is corrupt: posting table counts disagree');
    return { keys, offsets, values };
  }
}

function bucketBits(keys: number): number {
  let bits = 0;
  while (bits < MAX_BUCKET_BITS && keys / 2 ** bits > PACKED_KEYS_PER_BUCKET) bits++;
  return bits;
}

function bucketOf(key: number, bits: number): number {
  return bits === 0 ? 0 : key >>> (32 - bits);
}

function bucketBase(bucket: number, bits: number): number {
  return bits === 0 ? 0 : bucket * 2 ** (32 - bits);
}
