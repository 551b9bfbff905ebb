import type { ProvenanceIndex } from '../../index/model';
import { retrieveClaimCandidates } from '../retrieval/retrieve';
import type { PageParagraph } from '../../match/page-paragraph';
import type { ClaimFeatures, EntityPhrase } from '../reading/terms';
import { verifyClaim } from '../verification/verify';
import { sentenceSource, sentenceText } from '../units/sentence-table';
import { claimUnits } from '../units/page-units';
import { indexCache, sourceClaim } from '../units/source-reading';
import { pageClaimContext, type PageClaimContext } from '../units/page-context';

/** One page sentence checked against one source: the source's candidate sentences and the verifier's verdicts. */
export interface ClaimExplanation {
  sentence: string;
  features: ClaimFeatures;
  context: EntityPhrase[];
  /** The source's sentences among the retrieved candidates, with verdicts, best retrieval rank first. */
  candidates: Array<{ text: string; features: ClaimFeatures; verdict: ReturnType<typeof verifyClaim> }>;
}

/**
 * Why the claim tier did or did not match a paragraph to a source: for the
 * accuracy benchmark's error listing and for tests. Not used in matching.
 */
export function explainClaims(
  par: PageParagraph,
  index: ProvenanceIndex,
  source: number,
  page?: PageClaimContext,
  options: { exhaustive?: boolean } = {},
): ClaimExplanation[] {
  const ctx = page ?? pageClaimContext([par.text], index);
  const cache = indexCache(index);
  // Exhaustive: every sentence of the source, as if retrieval had proposed them all.
  const all: number[] = [];
  if (options.exhaustive) {
    for (let s = 0; s < cache.sentenceCount; s++) if (sentenceSource(index, s) === source) all.push(s);
  }
  return claimUnits(par, ctx).map((unit) => {
    const candidates = (options.exhaustive ? all : retrieveClaimCandidates(unit.features, index, cache))
      .filter((s) => sentenceSource(index, s) === source)
      .map((s) => {
        const claim = sourceClaim(index, cache, s);
        return {
          text: sentenceText(index, s),
          features: claim.features,
          verdict: verifyClaim(unit.features, unit.context, claim, cache.weigh, unit),
        };
      });
    return { sentence: unit.text, features: unit.features, context: unit.context, candidates };
  });
}
