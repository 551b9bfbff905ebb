import type { ProvenanceIndex } from '../../index/model';
import type { Candidate } from '../../match/candidate';
import type { PageParagraph } from '../../match/page-paragraph';
import { articleClaim, articleHeadline, indexWeigh } from './source-reading';
import { CLAIM } from './page-units';
import { paragraphWords, type PageClaimContext } from './page-context';
import { isVerbForm } from '../reading/verbs';
import { claimFeaturesOf, type ClaimWord } from '../reading/terms';
import { verifyClaim } from '../verification/verify';
import { ruleOn } from '../rule-ids';
import { round } from '../../match/passage';

/** What the headline rule asks (see `matchHeadline`). */
export const HEADLINE = {
  /**
   * Body paragraphs of the page that a source must carry (any tier) for the
   * page to be that source's story. 2 and 3 do the same on the development
   * set; the stricter is kept.
   */
  storyParagraphs: 3,
  /** Story sources a headline is checked against at most, those carrying most paragraphs first. */
  maxSources: 32,
};

/**
 * A news headline states its story's main fact in a few words ("First lady's
 * letter opened a line to the Kremlin"), too few for the claim tier's
 * sentence-to-sentence check, which needs a share of the page sentence's
 * information stated by one source passage. Where the page is a source's
 * story (its body carries `storyParagraphs` of the source's paragraphs), the
 * headline is checked against the source article as a whole: its figures
 * must agree, its names be the source's, two of its content words be stated,
 * and the share of its information the article states pass the verifier's
 * usual bar. A headline that labels rather than states ("Inside the first
 * lady's children diplomacy", "Opinion: ...") has no verb and is not read;
 * the kicker before a colon ("Lord's Press: ...") labels and is not read.
 *
 * Measured (`npm run bench:accuracy`): 9 more (paragraph, source) pairs, all
 * labelled, none false; the same-people, unrelated and corpus pages carry no
 * source's story and are never read.
 */
export function matchHeadline(par: PageParagraph, index: ProvenanceIndex, sources: readonly number[], page: PageClaimContext): Candidate[] {
  if (!ruleOn('headline-story')) return [];
  const words = headlineWords(paragraphWords(par, page), par.text);
  if (!readsAsStatement(words)) return [];
  const features = claimFeaturesOf(words, par.text, page.article);
  if (features.content.length + features.numbers.length < CLAIM.minTerms || !features.entities.length) return [];
  const weigh = indexWeigh(index);
  const out: Candidate[] = [];
  for (const source of sources.slice(0, HEADLINE.maxSources)) {
    const verdict = verifyClaim(features, features.entities, articleClaim(index, source), weigh, { wholeArticle: true });
    if (!verdict.ok) continue;
    const sourceText = articleHeadline(index, source);
    out.push({
      source,
      kind: 'claim',
      score: round(verdict.score),
      span: { start: 0, end: par.text.length },
      sourceText,
      sourceSpan: { start: 0, end: sourceText.length },
      coveredWords: 0,
    });
  }
  return out;
}

// The headline's words after its kicker ("Lord's Press: ", "Opinion: "): a kicker labels the headline.
function headlineWords(words: readonly ClaimWord[], text: string): ClaimWord[] {
  const colon = text.indexOf(': ');
  return colon > 0 ? words.filter((w) => w.start > colon) : [...words];
}

/**
 * A headline states something where it has a verb: a form a clause's verb
 * takes (`isVerbForm`: "says", "opened", "brought"), or the present tense
 * headlines use ("reveals", "details"), a word in -s. Only words that are
 * not names count; in a title-case headline every word is capitalised, and
 * there a capital says nothing. Without a tagger a plural noun ("ladies",
 * "talks") reads as a verb too: the check against the article decides then.
 */
export function readsAsStatement(words: readonly ClaimWord[]): boolean {
  return words.some((w) => (!w.cap || w.initial) && !w.possessive && (isVerbForm(w.norm) || /^[a-z]{3,}[^su]s$/.test(w.norm)));
}
