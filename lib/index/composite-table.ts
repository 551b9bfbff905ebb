import { buildPostingTable, lookup, postingCount, type PostingTable, type SearchablePostingTable } from './posting-table';

/** One segment's table in a composite, and what to add to its values to number them globally. */
export interface TablePart {
  table: PostingTable;
  offset: number;
}

/**
 * Several segments' posting tables read as one: a look-up asks every part and
 * concatenates what they hold, each value shifted by its part's offset; a
 * count is the sum of the parts' counts. Parts come in segment order with
 * increasing offsets, so a key's values stay in increasing order, as in a
 * table built from all segments at once.
 */
export class CompositePostingTable implements SearchablePostingTable {
  private merged: PostingTable | null = null;
  // Counts asked before: the claim tier asks a term's count at each sentence, clause and retrieval, and each ask seeks every part.
  private readonly counts = new Map<number, number>();

  constructor(private readonly parts: readonly TablePart[]) {}

  lookup(key: number): Uint32Array {
    // Most keys are in no segment or in one: a list is made only where two or more hold the key.
    let first: Uint32Array | null = null;
    let firstOffset = 0;
    let rest: Array<[Uint32Array, number]> | null = null;
    let total = 0;
    for (const { table, offset } of this.parts) {
      const values = lookup(table, key);
      if (!values.length) continue;
      total += values.length;
      if (!first) {
        first = values;
        firstOffset = offset;
      } else (rest ??= []).push([values, offset]);
    }
    if (!first) return EMPTY;
    if (!rest) return shifted(first, firstOffset);
    const out = new Uint32Array(total);
    let at = 0;
    for (const [values, offset] of [[first, firstOffset] as [Uint32Array, number], ...rest]) {
      for (let i = 0; i < values.length; i++) out[at + i] = values[i]! + offset;
      at += values.length;
    }
    return out;
  }

  count(key: number): number {
    let n = this.counts.get(key);
    if (n !== undefined) return n;
    n = 0;
    for (const { table } of this.parts) n += postingCount(table, key);
    if (this.counts.size >= MAX_COUNTS) this.counts.clear();
    this.counts.set(key, n);
    return n;
  }

  get keys(): Uint32Array {
    return this.merge().keys;
  }
  get offsets(): Uint32Array {
    return this.merge().offsets;
  }
  get values(): Uint32Array {
    return this.merge().values;
  }

  // The whole arrays, for readers that want them (serialising a composed index): built once, on first use.
  private merge(): PostingTable {
    this.merged ??= buildPostingTable(pairsOf(this.parts));
    return this.merged;
  }
}

const EMPTY = new Uint32Array(0);
/** Counts kept at most (about 2 MB); past it the cache starts again. */
const MAX_COUNTS = 65_536;

function shifted(values: Uint32Array, offset: number): Uint32Array {
  if (!offset) return values;
  const out = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! + offset;
  return out;
}

function* pairsOf(parts: readonly TablePart[]): Generator<[number, number]> {
  for (const { table, offset } of parts) {
    const { keys, offsets, values } = table;
    for (let k = 0; k < keys.length; k++) for (let j = offsets[k]!; j < offsets[k + 1]!; j++) yield [keys[k]!, values[j]! + offset];
  }
}
