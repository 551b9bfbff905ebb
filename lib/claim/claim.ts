import type { ProvenanceIndex } from '../index/model';
import { retrieveClaimCandidates } from './retrieval/retrieve';
import { windowHolds } from './units/source-window';
import type { Candidate } from '../match/candidate';
import type { PageParagraph } from '../match/page-paragraph';
import type { Span } from '../types';
import { sourceSentences } from '../match/source-text';
import { round } from '../match/passage';
import { claimFeaturesOf, type ClaimFeatures, type EntityPhrase } from './reading/terms';
import { nameIn } from './verification/parts';
import { verifyClaim } from './verification/verify';
import { pickEvidence } from './explanation/evidence';
import { sentenceParagraph, sentenceStart, sentenceEnd, sentenceText } from './units/sentence-table';
import { claimUnits, readsSentence } from './units/page-units';
import { featuresOf, indexCache, sourceClaim, type IndexCache } from './units/source-reading';
import { pageClaimContext, paragraphWords, type PageClaimContext } from './units/page-context';
import { contentGate } from './retrieval/content-gate';

export { pageClaimContext, paragraphContextNames, type PageClaimContext } from './units/page-context';

/**
 * The claim tier: sources that state a paragraph's facts in other words.
 * Each sentence of the paragraph (and each clause of a long one) is read
 * into content stems, names, figures and dates; the index's sentence terms
 * propose source sentences that may pass (`retrieveClaimCandidates`), the
 * index's name postings turn down sources that do not tell the page's story
 * (`NameKnowledge`), and the verifier (`verifyClaim`) keeps those that state
 * the same fact. A paragraph that names no one the index knows is not read
 * (`NameGate`), nor one no sentence of which shares enough words with the
 * index (`ContentGate`). One candidate per source: its
 * best-verified sentence, the page sentence or clause as the span.
 */
export function matchClaims(par: PageParagraph, index: ProvenanceIndex, exclude?: number, page?: PageClaimContext): Candidate[] {
  const ctx = page ?? pageClaimContext([par.text], index);
  if (ctx.texts[par.index] === par.text && !ctx.mayMatch(par.index)) return [];
  // No sentence shares enough words the index files for retrieval to propose anything: not read.
  const reads = readsSentence(par, ctx);
  if (!par.sentences.some((_, s) => reads(s))) return [];
  if (!contentGate(index).mayShare(paragraphWords(par, ctx), par.sentences, reads)) return [];
  const cache = indexCache(index);
  const best = new Map<number, { candidate: Candidate; evidence: number }>();
  for (const unit of claimUnits(par, ctx, reads)) {
    // The verifier's test of the names, answered from the index's postings: retrieval proposes
    // no window of a source that fails it, so no source is read for it.
    const knowsNames = (source: number) => cache.knowledge.mayKnow(unit.context, source, unit.clause);
    for (const sentence of retrieveClaimCandidates(unit.features, index, cache, exclude, knowsNames)) {
      const paragraph = sentenceParagraph(index, sentence);
      const source = index.paragraphSource[paragraph]!;
      const verdict = verifyClaim(unit.features, unit.context, sourceClaim(index, cache, sentence), cache.weigh, unit);
      if (!verdict.ok) continue;
      const prev = best.get(source);
      if (prev && prev.candidate.score > round(verdict.score)) continue;
      const { text: sourceText, span: sourceSpan, weight } = windowText(index, cache, sentence, unit.features);
      // Of two windows as good, the one whose shown sentence states more of the fact (not a lede beside it).
      if (prev && prev.candidate.score === round(verdict.score) && prev.evidence >= weight) continue;
      best.set(source, {
        candidate: { source, kind: 'claim', score: round(verdict.score), span: { ...unit.span }, sourceText, sourceSpan, coveredWords: 0 },
        evidence: weight,
      });
    }
  }
  return [...best.values()].map((b) => b.candidate);
}

/**
 * True where a source article is the story these names tell: it mentions
 * at least one of them, and at least `CLAIM_VERIFY.minKnownShare` of them
 * (the claim verifier's test, applied to short verbatim matches by
 * `matchPage`: "an open channel of communication" quoted in a dockworkers'
 * dispute is another story's quote).
 */
export function storyAgrees(index: ProvenanceIndex, source: number, names: readonly EntityPhrase[]): boolean {
  return indexCache(index).knowledge.mayKnow(names, source, false);
}

/**
 * True where the sentences of a page's span name someone and the source
 * article mentions none of their names: the same words said of another party (an earnings
 * template, "Corvane Logistics said on Thursday it would cut about 1,800
 * jobs…" against "Valdrin Robotics said…"), however long the run.
 */
export function namesReplaced(index: ProvenanceIndex, source: number, page: PageClaimContext, par: PageParagraph, span: Span): boolean {
  // The sentences the run lies in: a copied run starts after the name it was said of ("… said on Thursday").
  const around = par.sentences.filter((s) => s.start < span.end && s.end > span.start);
  const from = around[0]?.start ?? span.start;
  const to = around[around.length - 1]?.end ?? span.end;
  const words = paragraphWords(par, page).filter((w) => w.start >= from && w.end <= to);
  const names = claimFeaturesOf(words, par.text, page.article).entities.filter((e) => e.tokens.length > 0);
  const known = indexCache(index).knowledge.namesOf(source);
  return names.length > 0 && names.every((e) => !nameIn(e, known));
}

/**
 * What the reader is shown of a verified window: the sentence that states
 * the page sentence's fact, with a neighbour where the fact takes both
 * (`pickEvidence`), emphasised within its paragraph. Across a paragraph
 * break (wire copy) the sentences are shown joined, all emphasised.
 */
function windowText(index: ProvenanceIndex, cache: IndexCache, center: number, page: ClaimFeatures): { text: string; span: Span; weight: number } {
  const members = [center - 1, center, center + 1].filter((s) => windowHolds(index, center, s));
  const { sentences: shown, weight } = pickEvidence(members, (s) => featuresOf(index, cache, s), page, cache.weigh);
  const first = shown[0]!;
  const last = shown[shown.length - 1]!;
  const paragraph = sentenceParagraph(index, first);
  if (paragraph === sentenceParagraph(index, last))
    return { ...sourceSentences(index, paragraph, { start: sentenceStart(index, first), end: sentenceEnd(index, last) }), weight };
  const text = shown.map((s) => sentenceText(index, s)).join(' ');
  return { text, span: { start: 0, end: text.length }, weight };
}
