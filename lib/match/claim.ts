import type { ProvenanceIndex } from '../index/model';
import type { Candidate } from './candidate';
import type { PageParagraph } from './page-paragraph';

/**
 * The claim tier: sources that state the same fact in other words.
 * TODO [2026-11-23]: issue 4 — retrieval over `index.claimTerms`, then a verifier of numbers and names.
 */
export function matchClaims(_par: PageParagraph, _index: ProvenanceIndex, _exclude?: number): Candidate[] {
  return [];
}
