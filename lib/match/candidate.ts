import type { MatchKind, QuoteVariant, Span } from '../types';

/** One tier's finding that a source carries a page paragraph. */
export interface Candidate {
  /** Source number in the index. */
  source: number;
  kind: MatchKind;
  score: number;
  span: Span;
  sourceText: string;
  sourceSpan: Span;
  variant?: QuoteVariant;
  /** Page words the source covers verbatim (used to tell a page that is the source itself). */
  coveredWords: number;
}

const KIND_RANK: Record<MatchKind, number> = { passage: 0, quote: 1, claim: 2 };

/**
 * True when `a` is a stronger match than `b`. The source's own words (a
 * passage or a quote) beat a restatement of its facts whatever the scores:
 * a claim score measures agreement of facts, not of words, and the reader is
 * better served by the words. Otherwise the higher score wins, then passage
 * before quote.
 */
export function stronger(a: Candidate, b: Candidate): boolean {
  if ((a.kind === 'claim') !== (b.kind === 'claim')) return b.kind === 'claim';
  if (a.score !== b.score) return a.score > b.score;
  return KIND_RANK[a.kind] < KIND_RANK[b.kind];
}
