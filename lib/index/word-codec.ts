import { ByteReader, ByteWriter } from './varint';
import { isSpace } from '../text/normalize';
import type { StringList } from './string-list';

/**
 * The index's text compression: every paragraph is cut into words, each with
 * the white space after it ("said, " is one token), and stored as the ranks
 * of its tokens in one dictionary, most frequent first, as variable-length
 * integers. News prose has a small working vocabulary, so a token takes one
 * or two bytes where its letters took six or seven; and unlike a deflate
 * stream, any single paragraph decodes on its own, synchronously, in a few
 * microseconds, which lets a 100,000-article index load without decoding its
 * text. Decoding gives back exactly the text encoded.
 */
export interface EncodedTexts {
  /** The distinct tokens, most frequent first (ties in order of first appearance): a token's rank is its number. */
  dictionary: string[];
  /** Every text's token ranks as varints, texts one after another. */
  bytes: Uint8Array;
  /** Byte length of each text in `bytes`. */
  lengths: number[];
}

/**
 * Cuts a text into tokens that join back to it: a run of white space at the
 * very start, then runs of other characters each with the white space after it.
 */
export function textTokens(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (start, end) => out.push(text.slice(start, end)));
  return out;
}

function forEachToken(text: string, token: (start: number, end: number) => void): void {
  let i = 0;
  const n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i > 0) token(0, i);
  while (i < n) {
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    token(start, i);
  }
}

/**
 * Encodes texts against a dictionary built from them. Deterministic: same
 * texts, same bytes. In three steps, which a parallel build runs on its
 * runs of texts apart (`countTokens` and `writeRanks` where each run is
 * read, `rankTokens` once): the texts' bytes are those runs' bytes end to end.
 */
export function encodeTexts(texts: readonly string[]): EncodedTexts {
  const counted = countTokens(texts);
  const { dictionary, ranks } = rankTokens([counted]);
  return { dictionary, ...writeRanks(counted, ranks[0]!) };
}

/** Texts cut into tokens (`countTokens`): the distinct tokens in order of first appearance, and each one's count. */
export interface TokenCounts {
  tokens: string[];
  counts: Uint32Array;
}

/** `TokenCounts` and each token occurrence's number in `tokens`, text after text (`perText` of them in each). */
export interface CountedTexts extends TokenCounts {
  ids: Uint32Array;
  perText: Uint32Array;
}

/**
 * Step 1: the texts' tokens. Tokens are numbered in one pass over the
 * characters, so no text is cut twice and no string is made per occurrence
 * (at 100,000 articles there are fifty million occurrences of a few hundred
 * thousand tokens): an open-addressing table keyed by a hash of the
 * characters finds a token's number, checked against its text.
 */
export function countTokens(texts: readonly string[]): CountedTexts {
  const tokens: string[] = [];
  const counts: number[] = [];
  const hashes: number[] = [];
  let slots: Int32Array = new Int32Array(1 << 12).fill(-1);
  let ids: Uint32Array = new Uint32Array(1 << 16);
  let n = 0;
  const perText = new Uint32Array(texts.length);
  texts.forEach((text, t) => {
    const before = n;
    const length = text.length;
    // White space at the start is a token of its own; every other token is
    // a run of other characters and the white space after it. The hash is
    // taken in the same pass.
    let start = 0;
    let i = 0;
    let h = 0x811c9dc5;
    for (let c: number; i < length && isSpace((c = text.charCodeAt(i))); i++) h = Math.imul(h ^ c, 0x01000193);
    for (;;) {
      if (i === start) {
        if (start >= length) break;
        let c: number;
        for (; i < length && !isSpace((c = text.charCodeAt(i))); i++) h = Math.imul(h ^ c, 0x01000193);
        for (; i < length && isSpace((c = text.charCodeAt(i))); i++) h = Math.imul(h ^ c, 0x01000193);
      }
      h >>>= 0;
      const mask = slots.length - 1;
      let id: number;
      for (let s = h & mask; ; s = (s + 1) & mask) {
        id = slots[s]!;
        if (id < 0) {
          id = tokens.length;
          tokens.push(text.slice(start, i));
          counts.push(0);
          hashes.push(h);
          slots[s] = id;
          if (tokens.length * 2 > slots.length) slots = rehash(hashes, slots.length * 2);
          break;
        }
        const token = tokens[id]!;
        if (hashes[id] === h && token.length === i - start && text.startsWith(token, start)) break;
      }
      counts[id]!++;
      if (n === ids.length) {
        const more = new Uint32Array(ids.length * 2);
        more.set(ids);
        ids = more;
      }
      ids[n++] = id;
      start = i;
      h = 0x811c9dc5;
    }
    perText[t] = n - before;
  });
  return { tokens, counts: Uint32Array.from(counts), ids: ids.slice(0, n), perText };
}

/**
 * Step 2: the dictionary of texts counted in parts, in text order, and each
 * part's tokens' ranks in it. Most frequent first; ties in order of first
 * appearance, which the texts' order fixes. Then, within each run of ranks
 * of one varint width, in code-unit order: the text takes the same bytes,
 * and the dictionary, stored front-coded (front-coded.ts), shares the
 * prefixes of neighbours.
 */
export function rankTokens(parts: readonly TokenCounts[]): { dictionary: string[]; ranks: Uint32Array[] } {
  // One part's numbers are the whole's; several are numbered again, by first appearance in part order.
  let tokens: string[];
  let counts: Uint32Array;
  let numbers: Uint32Array[];
  if (parts.length === 1) {
    tokens = parts[0]!.tokens;
    counts = parts[0]!.counts;
    numbers = [Uint32Array.from(tokens, (_, i) => i)];
  } else {
    tokens = [];
    const all: number[] = [];
    const ids = new Map<string, number>();
    numbers = parts.map((part) =>
      Uint32Array.from(part.tokens, (token, i) => {
        let id = ids.get(token);
        if (id === undefined) {
          id = tokens.length;
          ids.set(token, id);
          tokens.push(token);
          all.push(0);
        }
        all[id]! += part.counts[i]!;
        return id;
      }),
    );
    counts = Uint32Array.from(all);
  }
  const order = tokens.map((_, id) => id).sort((a, b) => counts[b]! - counts[a]! || a - b);
  const head = tokenHeads(tokens);
  const byUnits = (a: number, b: number) => head[2 * a]! - head[2 * b]! || head[2 * a + 1]! - head[2 * b + 1]! || (tokens[a]! < tokens[b]! ? -1 : 1);
  for (let from = 0, width = 128; from < order.length; from = width, width *= 128) {
    const run = order.slice(from, width).sort(byUnits);
    for (let i = 0; i < run.length; i++) order[from + i] = run[i]!;
  }
  const rank = new Uint32Array(tokens.length);
  order.forEach((id, r) => (rank[id] = r));
  return { dictionary: order.map((id) => tokens[id]!), ranks: numbers.map((n) => n.map((id) => rank[id]!)) };
}

/** Step 3: counted texts as their tokens' ranks (`rank`: by token number), varints, and each text's byte length. */
export function writeRanks(counted: Pick<CountedTexts, 'ids' | 'perText'>, rank: Uint32Array): { bytes: Uint8Array; lengths: number[] } {
  const { ids, perText } = counted;
  const out = new ByteWriter();
  const lengths: number[] = [];
  let j = 0;
  for (const count of perText) {
    const before = out.length;
    for (const end = j + count; j < end; j++) out.varint(rank[ids[j]!]!);
    lengths.push(out.length - before);
  }
  return { bytes: out.finish(), lengths };
}

/**
 * Each token's first six UTF-16 units as two numbers (three units each, 0 past the end), so that sorting compares
 * numbers and only compares strings where both are equal: the same order as comparing the strings, three times faster.
 */
function tokenHeads(tokens: readonly string[]): Float64Array {
  const head = new Float64Array(tokens.length * 2);
  const unit = (s: string, i: number) => (i < s.length ? s.charCodeAt(i) : 0);
  tokens.forEach((s, t) => {
    head[2 * t] = unit(s, 0) * 2 ** 32 + unit(s, 1) * 2 ** 16 + unit(s, 2);
    head[2 * t + 1] = unit(s, 3) * 2 ** 32 + unit(s, 4) * 2 ** 16 + unit(s, 5);
  });
  return head;
}

function rehash(hashes: readonly number[], size: number): Int32Array {
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  hashes.forEach((h, id) => {
    let s = h & mask;
    while (slots[s]! >= 0) s = (s + 1) & mask;
    slots[s] = id;
  });
  return slots;
}

/**
 * A decoder of texts from their encoding: `decode(i)` rebuilds text i.
 * `offsets` has one more entry than there are texts (text i is
 * bytes[offsets[i]..offsets[i+1]]).
 */
export function textDecoder(dictionary: StringList, bytes: Uint8Array, offsets: Uint32Array): (i: number) => string {
  return (i) => {
    const reader = new ByteReader(bytes, offsets[i]!, offsets[i + 1]!);
    let text = '';
    while (!reader.done) {
      const tok = dictionary.at(reader.varint());
      if (tok === null) throw new Error('index file is corrupt: a word outside the dictionary');
      text += tok;
    }
    return text;
  };
}
