import { keysOf, lookup, postingCount, type PostingTable, type SearchablePostingTable } from './posting-table';
import type { ProvenanceIndex } from './model';

/*
 * A Bloom filter over a posting table's keys, stored in a pack beside its
 * index: a key the table does not hold is turned down with two bit tests
 * instead of a bucket decode (about 0.6 µs). Matching over ten segments asks
 * every segment for every page fingerprint, and most are in none of them;
 * without filters that made each miss ten times dearer. Keys are already
 * 32-bit hashes, so they index the bits directly (a second probe remixes
 * them). Eight bits a key and two probes: about 5% of absent keys get through.
 */

/** The tables that get a key filter: every look-up of a page's fingerprints, quote grams and terms asks them. */
export const FILTERED_TABLES = ['passages', 'quoteGrams', 'claimTerms'] as const;

/** Puts each filtered table of `index` behind its filter: the one `filterOf` gives (stored), or one built from its keys. */
export function filterTables(
  index: ProvenanceIndex,
  filterOf: (name: (typeof FILTERED_TABLES)[number]) => Uint8Array = (name) => buildKeyFilter(keysOf(index[name])),
): void {
  for (const name of FILTERED_TABLES) index[name] = new FilteredPostingTable(index[name], filterOf(name));
}

/** Filter bits per key. */
export const FILTER_BITS_PER_KEY = 8;

/** Builds the filter of these keys: a bit array, as bytes (a multiple of 4). Deterministic. */
export function buildKeyFilter(keys: ArrayLike<number>): Uint8Array {
  const bits = filterBits(keys.length);
  const out = new Uint8Array(bits >>> 3);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const a = probe(k, bits);
    const b = probe(Math.imul(k, 0x9e3779b1) >>> 0, bits);
    out[a >>> 3]! |= 1 << (a & 7);
    out[b >>> 3]! |= 1 << (b & 7);
  }
  return out;
}

/** A table whose look-ups and counts first ask its key filter: what the filter turns down is not looked up. */
export class FilteredPostingTable implements SearchablePostingTable {
  private readonly bits: number;

  constructor(
    private readonly table: PostingTable,
    private readonly filter: Uint8Array,
  ) {
    this.bits = filter.length * 8;
  }

  /** False where the table surely does not hold the key. */
  mayHave(key: number): boolean {
    if (!this.bits) return false;
    const a = probe(key, this.bits);
    if (!(this.filter[a >>> 3]! & (1 << (a & 7)))) return false;
    const b = probe(Math.imul(key, 0x9e3779b1) >>> 0, this.bits);
    return (this.filter[b >>> 3]! & (1 << (b & 7))) !== 0;
  }

  lookup(key: number): Uint32Array {
    return this.mayHave(key) ? lookup(this.table, key) : EMPTY;
  }

  count(key: number): number {
    return this.mayHave(key) ? postingCount(this.table, key) : 0;
  }

  get keys(): Uint32Array {
    return this.table.keys;
  }
  get offsets(): Uint32Array {
    return this.table.offsets;
  }
  get values(): Uint32Array {
    return this.table.values;
  }
}

const EMPTY = new Uint32Array(0);

/** The filter's size in bits for this many keys: a multiple of 32, none for no key. */
export function filterBits(keys: number): number {
  return Math.ceil((keys * FILTER_BITS_PER_KEY) / 32) * 32;
}

// A hash onto [0, bits): multiply and keep the high part (deterministic in IEEE doubles).
function probe(hash: number, bits: number): number {
  return Math.floor((hash / 4294967296) * bits);
}
