import type { PostingTable } from './posting-table';

/** What the index knows of one article. */
export interface SourceMeta {
  /** For a seed, its file name without extension. */
  id: string;
  outlet: string | null;
  /** ISO date, or null where the article gives none. */
  published: string | null;
  title: string | null;
  url: string | null;
}

/** An article handed to the index builder: furniture already removed. */
export interface ArticleInput extends SourceMeta {
  paragraphs: string[];
}

/**
 * Where a set of indexed articles comes from: the index bundled with the
 * extension, an imported pack, or (later) the reader's own reading memory.
 */
export type Origin = 'bundled' | 'pack' | 'memory';

/** One segment's place in a composed index (segments.ts): its sources are numbers `firstSource` .. the next part's. */
export interface ComposedPart {
  id: string;
  origin: Origin;
  firstSource: number;
}

/** Current on-disk format; bump when the layout changes (the version hash changes with any content anyway). */
export const INDEX_FORMAT = 4;

/**
 * The matcher's view of the index. Paragraphs are numbered globally; every
 * table maps a key to paragraph (or quote) numbers.
 */
export interface ProvenanceIndex {
  format: number;
  /** Content hash of the serialised index: any change of input or code that changes the bytes changes it. */
  version: string;
  sources: SourceMeta[];
  /** Every source paragraph, all sources in order. */
  paragraphs: string[];
  /** Source number of each paragraph. */
  paragraphSource: Uint32Array;
  /** Source i's paragraphs are numbers sourceStart[i] .. sourceStart[i+1]-1. */
  sourceStart: Uint32Array;
  /** Word count of each source's text (for telling a page that is the source itself). */
  sourceWords: Uint32Array;
  /** Winnowed 5-word fingerprint -> paragraph numbers. */
  passages: PostingTable;
  /** Quotes of 4+ words in the sources: triples (paragraph, start, end) of character offsets. */
  quotes: Uint32Array;
  /** Word 3-gram inside a quote -> quote numbers. */
  quoteGrams: PostingTable;
  /** Content term -> sentence numbers, for the claim tier. */
  claimTerms: PostingTable;
  /** Sentences as triples (paragraph, start, end). */
  sentences: Uint32Array;
  /**
   * Each source's id and address hashed (source-keys.ts): two numbers a
   * source. Read from the file; absent on an index built in memory or read
   * from a file written before them (`sourceKeys()` computes them then).
   */
  sourceKeys?: Uint32Array;
  /**
   * Set on an index composed of segments (`composeIndex`): each segment's
   * first source, and the sources hidden as another segment's duplicate.
   * Absent on a single index, whose sources are all of origin `bundled`.
   */
  composition?: { parts: readonly ComposedPart[]; shadowed: Uint8Array };
}

/** The index but for its sentences (their claim terms and spans): what a parallel build has while its workers read them. */
export type IndexWithoutSentences = Omit<ProvenanceIndex, 'claimTerms' | 'sentences'>;
