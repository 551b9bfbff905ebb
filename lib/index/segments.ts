import type { ComposedPart, Origin, ProvenanceIndex, SourceMeta } from './model';
import { INDEX_FORMAT } from './model';
import { CompositePostingTable } from './composite-table';
import { lazyList } from './lazy-list';
import { contentHash } from './serialize';
import { sourceKeys } from './source-keys';
import { concatU32 } from './u32-list';

/** One enabled source set. */
export interface Segment {
  /** 'bundled', 'pack:<checksum>', later 'memory:…': unique among the segments composed. */
  id: string;
  origin: Origin;
  index: ProvenanceIndex;
}

/*
 * How the tiers' statistics are combined across segments: they are not
 * combined at all, they are read from the composed index, which numbers every
 * segment's paragraphs, sentences, quotes and sources one after the other, as
 * one index built from all their articles would. A posting look-up asks every
 * segment and concatenates (composite-table.ts), so a term's posting count
 * (the claim tier's document frequency, and the name postings that tell a
 * story's sources) is the sum of its counts in the segments, and the number
 * of sentences (the rarity weights' N) is the sum of theirs. What the builder
 * learns across articles is learned within one segment: a fingerprint
 * recurring across several articles of one outlet is that outlet's furniture
 * and dropped (build.ts), and the claim tier's lexicon (which capitalised
 * words are names) is the segment's; split articles of one outlet over
 * several segments and such furniture is kept.
 *
 * The report breaks ties between sources by source id, so it does not
 * depend on the segments' order; the tiers' candidate caps (passage.ts,
 * quote.ts, claim-retrieve.ts) still break ties by number, so segments in
 * another order may read other candidates among equals past a cap.
 *
 * A source id found in two segments (the same article in two packs) is
 * reported from the first segment only (bundled first, then packs in the
 * order given); the later copy stays in the statistics, as a second copy of
 * an article in one index would, but is never matched nor taken for the page.
 */

/**
 * One matcher's view over several segments, as if one index: what matchPage
 * takes. The composed index's version is a hash of the segments' ids and
 * versions in order, so results cached under it change when the set of
 * enabled segments does. A segment whose id came before is left out.
 * Throws on an empty list.
 */
export function composeIndex(given: readonly Segment[]): ProvenanceIndex {
  // A segment given twice (the same pack named twice) is read once.
  const segments = given.filter((s, i) => given.findIndex((t) => t.id === s.id) === i);
  if (!segments.length) throw new Error('no index to match against: enable the bundled index or import a pack');
  const version = contentHash(segments.map((s) => `${s.id}\u0000${s.index.version}`).join('\u0001'));
  const parts: ComposedPart[] = [];
  let totalSources = 0;
  for (const seg of segments) {
    parts.push({ id: seg.id, origin: seg.origin, firstSource: totalSources });
    totalSources += seg.index.sources.length;
  }
  const shadowed = new Uint8Array(totalSources);
  // One segment has no other to repeat.
  if (segments.length > 1) markShadowed(segments, shadowed);
  const composition = { parts, shadowed };
  // One segment: its arrays as they are, nothing to renumber.
  if (segments.length === 1) return { ...segments[0]!.index, format: INDEX_FORMAT, version, composition };

  const indexes = segments.map((s) => s.index);
  const sourceBase = starts(indexes.map((x) => x.sources.length));
  const paragraphBase = starts(indexes.map((x) => x.paragraphs.length));
  const quoteBase = starts(indexes.map((x) => x.quotes.length / 3));
  const sentenceBase = starts(indexes.map((x) => x.sentences.length / 3));
  const last = indexes.length;
  const sourceStart = new Uint32Array(sourceBase[last]! + 1);
  indexes.forEach((x, k) => {
    for (let i = 0; i < x.sources.length; i++) sourceStart[sourceBase[k]! + i] = x.sourceStart[i]! + paragraphBase[k]!;
  });
  sourceStart[sourceBase[last]!] = paragraphBase[last]!;
  return {
    format: INDEX_FORMAT,
    version,
    sources: concatLists<SourceMeta>(
      indexes.map((x) => x.sources),
      sourceBase,
    ),
    paragraphs: concatLists<string>(
      indexes.map((x) => x.paragraphs),
      paragraphBase,
    ),
    paragraphSource: concatShifted(
      indexes.map((x) => x.paragraphSource),
      sourceBase,
      1,
    ),
    sourceStart,
    sourceWords: concatShifted(
      indexes.map((x) => x.sourceWords),
      null,
      1,
    ),
    passages: new CompositePostingTable(indexes.map((x, k) => ({ table: x.passages, offset: paragraphBase[k]! }))),
    quotes: concatShifted(
      indexes.map((x) => x.quotes),
      paragraphBase,
      3,
    ),
    quoteGrams: new CompositePostingTable(indexes.map((x, k) => ({ table: x.quoteGrams, offset: quoteBase[k]! }))),
    claimTerms: new CompositePostingTable(indexes.map((x, k) => ({ table: x.claimTerms, offset: sentenceBase[k]! }))),
    sentences: concatShifted(
      indexes.map((x) => x.sentences),
      paragraphBase,
      3,
    ),
    sourceKeys: concatU32(indexes.map((x) => sourceKeys(x))),
    composition,
  };
}

/**
 * Marks each source whose id an earlier source has (of an earlier segment,
 * as a rule): by the ids' hashes (source-keys.ts), so a source's metadata is
 * decoded only where its hash is one seen before, to confirm the ids are equal.
 */
function markShadowed(segments: readonly Segment[], shadowed: Uint8Array): void {
  // Each id hash's first sources (more than one only where different ids share a hash), by global number.
  const firstByKey = new Map<number, number[]>();
  const idOf = (source: number) => sourceAt(segments, source).id;
  let base = 0;
  for (const seg of segments) {
    const keys = sourceKeys(seg.index);
    for (let i = 0; i < seg.index.sources.length; i++) {
      const key = keys[2 * i]!;
      const source = base + i;
      const firsts = firstByKey.get(key);
      if (!firsts) firstByKey.set(key, [source]);
      else if (firsts.some((f) => idOf(f) === idOf(source))) shadowed[source] = 1;
      else firsts.push(source);
    }
    base += seg.index.sources.length;
  }
}

// A source of the segments by its global number.
function sourceAt(segments: readonly Segment[], source: number): SourceMeta {
  for (const seg of segments) {
    if (source < seg.index.sources.length) return seg.index.sources[source]!;
    source -= seg.index.sources.length;
  }
  throw new RangeError(`no source ${source}`);
}

/** Which segment a source of a (composed) index came from; a single index's sources are `bundled`. */
export function originOf(index: ProvenanceIndex, source: number): Origin {
  const parts = index.composition?.parts;
  if (!parts) return 'bundled';
  let k = 0;
  while (k + 1 < parts.length && parts[k + 1]!.firstSource <= source) k++;
  return parts[k]!.origin;
}

/** True where a source is another segment's duplicate (same source id, later segment): never reported. */
export function isShadowed(index: ProvenanceIndex, source: number): boolean {
  return index.composition?.shadowed[source] === 1;
}

// Where each list begins in the concatenation, and the total at the end.
function starts(lengths: readonly number[]): number[] {
  const out = [0];
  for (const n of lengths) out.push(out[out.length - 1]! + n);
  return out;
}

// The lists one after the other, elements read (and decoded) from their own list when first read.
function concatLists<T>(lists: readonly T[][], base: readonly number[]): T[] {
  return lazyList(base[lists.length]!, (i) => {
    let k = 0;
    while (base[k + 1]! <= i) k++;
    return lists[k]![i - base[k]!]!;
  });
}

// Arrays one after the other; in each group of `stride` numbers, the first is shifted by its array's base (a paragraph or source number).
function concatShifted(arrays: readonly Uint32Array[], base: readonly number[] | null, stride: number): Uint32Array {
  const out = new Uint32Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  arrays.forEach((a, k) => {
    const shift = base ? base[k]! : 0;
    if (!shift) out.set(a, at);
    else for (let i = 0; i < a.length; i++) out[at + i] = i % stride === 0 ? a[i]! + shift : a[i]!;
    at += a.length;
  });
  return out;
}
