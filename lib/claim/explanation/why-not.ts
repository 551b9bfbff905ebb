import type { ProvenanceIndex } from '../../index/model';
import { preparePageParagraph } from '../../match/page-paragraph';
import { explainClaims } from './explain';
import { pageClaimContext } from '../units/page-context';
import type { RuleId } from '../rule-ids';

/**
 * The rules that turned down every sentence of `source` for a page
 * paragraph, most frequent first (for the accuracy benchmark's list of
 * misses): each unit's best-ranked verdict against each source sentence.
 */
export function rulesTurningDown(paragraphs: readonly string[], paragraph: number, index: ProvenanceIndex, source: number): RuleId[] {
  const page = pageClaimContext(paragraphs, index);
  const counts = new Map<RuleId, number>();
  for (const unit of explainClaims(preparePageParagraph(paragraph, paragraphs[paragraph]!), index, source, page, { exhaustive: true })) {
    for (const c of unit.candidates) if (!c.verdict.ok) counts.set(c.verdict.rule, (counts.get(c.verdict.rule) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
