import type { ClaimFeatures, EntityPhrase } from '../reading/terms';
import { ruleOn, type RuleId } from '../rule-ids';
import { REJECTIONS } from './checks';
import { ClaimPair, type VerifyAs } from './pair';
import type { SourceClaim, Weigh } from './parts';
import { CLAIM_VERIFY } from './thresholds';

export type { VerifyAs } from './pair';

/** How well a pair agrees, or the rule that turned it down. */
export type Verdict =
  | { ok: true; score: number; sourceCoverage: number; shared: number; numbers: number; names: number; evidence: number }
  | { ok: false; rule: Exclude<RuleId, 'too-little-stated' | 'source-mostly-else'> }
  | { ok: false; rule: 'too-little-stated' | 'source-mostly-else'; score: number; sourceCoverage: number; evidence: number; shared: number; numbers: number };

/**
 * Decides whether a source passage states the page sentence's fact: the
 * verifier's rejections (`REJECTIONS`, each a named rule) are asked in turn,
 * with the easings (`EASINGS`) in force; the first that holds is reported.
 */
export function verifyClaim(page: ClaimFeatures, context: readonly EntityPhrase[], source: SourceClaim, weigh: Weigh = () => 1, as: VerifyAs = {}): Verdict {
  const p = new ClaimPair(page, context, source, weigh, as);
  for (const rule of REJECTIONS) {
    if (!ruleOn(rule.id) || !rule.rejects(p)) continue;
    if (rule.id === 'too-little-stated' || rule.id === 'source-mostly-else') {
      return {
        ok: false,
        rule: rule.id,
        score: p.score,
        sourceCoverage: p.sourceCoverage,
        evidence: p.evidence,
        shared: p.shared.length,
        numbers: p.numbers.length,
      };
    }
    return { ok: false, rule: rule.id as Exclude<RuleId, 'too-little-stated' | 'source-mostly-else'> };
  }
  return {
    ok: true,
    score: p.score,
    sourceCoverage: p.sourceCoverage,
    shared: p.shared.length,
    numbers: p.numbers.length,
    names: p.names.length,
    evidence: p.evidence,
  };
}

/**
 * The least a pair must share to pass the verifier, as a weight of
 * information in units of `unseen` (a word found nowhere in the index), for
 * a page sentence of `pageWeight`: with or without a figure that agrees, and
 * with `sharedContent` content words in common. Retrieval bounds its
 * candidates by it, so the two move together.
 */
export function lowestBar(pageWeight: number, unseen: number, figureAgrees: boolean, sharedContent: number): number {
  const relief = figureAgrees ? CLAIM_VERIFY.numberRelief : 1;
  const plain = Math.max(Math.min(CLAIM_VERIFY.minScore * relief, CLAIM_VERIFY.anchoredScore) * pageWeight, CLAIM_VERIFY.minEvidence * relief * unseen);
  if (sharedContent < CLAIM_VERIFY.broadContent) return plain;
  return Math.min(plain, Math.max(CLAIM_VERIFY.broadScore * pageWeight, CLAIM_VERIFY.broadEvidence * unseen));
}
