import type { PageParagraph } from '../../match/page-paragraph';
import type { Span } from '../../types';
import { isVerbForm } from '../reading/verbs';
import { claimFeaturesOf, type ClaimFeatures, type ClaimNumber, type ClaimWord, type EntityPhrase } from '../reading/terms';
import { isDateName, isWeekday } from '../../text/aliases';
import { forEachCapitalised } from '../../text/word-scan';
import { foldWord } from '../../text/normalize';
import { ruleOn } from '../rule-ids';
import type { ArticleLede } from '../verification/parts';
import { contextNames, lastNaming, mayStateFigure, nameKey, paragraphWords, type PageClaimContext } from './page-context';

/** What the claim tier reads of a page (retrieval parameters: `RETRIEVE` in retrieval/retrieve.ts). */
export const CLAIM = {
  /**
   * Content words, figures and dates a page sentence needs to be looked up:
   * fewer is a heading or a fragment ("Direct diplomacy with Moscow"), not a
   * claim. A date counts as a figure does ("after the letter was delivered
   * in August": the letter, its delivery, the month).
   */
  minTerms: 3,
  /**
   * Words a clause needs to be read on its own; shorter pieces stay with
   * their neighbour. Reading clauses at all lifts development-set recall
   * from 0.719 to 0.790 at the same precision; 4 to 7 words do the same.
   */
  minClauseWords: 5,
};

/** A piece of a page paragraph that may state a fact: a sentence, or a clause of a long one. */
export interface ClaimUnit {
  span: Span;
  text: string;
  features: ClaimFeatures;
  context: EntityPhrase[];
  /** Cut from a longer sentence: read more strictly (see `verifyClaim`). */
  clause: boolean;
  /** Names no one: read with its context's names, more strictly (see `VerifyAs`). */
  namesFromContext: boolean;
  /** A clause's whole sentence's figures: one the source counts otherwise is another event (`sentence-count-conflict`). */
  sentenceNumbers?: ClaimNumber[];
  /** Cut from, or is, a question (`question-not-claim`). */
  question?: boolean;
  /** The page's lede (`event-identity`: which event the page reports). */
  pageLede?: ArticleLede;
}

// The sentences of a paragraph and the clauses of its long sentences: a long
// sentence often joins two facts that sources state apart ("Within a day,
// eight kids were back with their relatives, the first lady announced,
// crediting months of contacts with the Kremlin").
export function claimUnits(par: PageParagraph, ctx: PageClaimContext, reads: (sentence: number) => boolean = readsSentence(par, ctx)): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const words = paragraphWords(par, ctx);
  // Words are in text order: a span's words are one slice, found by binary search.
  const firstAt = (offset: number) => {
    let lo = 0,
      hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The words a span holds, as [from, to) of the paragraph's words.
  const rangeOf = (span: Span): [number, number] => {
    let to = firstAt(span.start);
    const from = to;
    while (to < words.length && words[to]!.end <= span.end) to++;
    return [from, to];
  };
  const within = (span: Span) => words.slice(...rangeOf(span));
  // A span's features, read once per run of words: a clause's reading up to its end is often its
  // sentence's or its own. Features are never changed once read, so they are shared.
  const read = new Map<number, ClaimFeatures>();
  const featuresOf = (span: Span) => {
    const [from, to] = rangeOf(span);
    const key = from * (words.length + 1) + to;
    let f = read.get(key);
    if (!f) read.set(key, (f = claimFeaturesOf(words.slice(from, to), par.text, ctx.article)));
    return f;
  };
  for (const { span: sentence, features: sentenceRead, joined } of readingSpans(par.sentences, reads, featuresOf)) {
    const sentenceFeatures = sentenceRead ?? featuresOf(sentence);
    const context = contextNames(sentenceFeatures, ctx, par.index);
    const asks = QUESTION_END.test(par.text.slice(sentence.start, sentence.end));
    // Of two sentences read together, only the first clause is new: the others are the second
    // sentence's, which is read on its own as well.
    const clauses = !ruleOn('clause-reading')
      ? []
      : clauseSpans(par.text, sentence).filter(
          (c) =>
            (!joined || c.start === sentence.start) &&
            statesSomething(within(c)) &&
            !(ruleOn('relative-clause-only') && NAME_DESCRIBED.test(par.text.slice(c.start, c.end))),
        );
    for (const span of [sentence, ...clauses]) {
      const text = par.text.slice(span.start, span.end);
      const clause = span !== sentence;
      const features = clause ? featuresOf(span) : sentenceFeatures;
      // Too little to be a fact ("Direct diplomacy with Moscow"), or nothing checkable in it.
      if (termCount(features) < CLAIM.minTerms) continue;
      // A sentence that names no one, with no figure or date, is about whom its context names ("She
      // added that the effort is ongoing, with more reunifications planned"): read with those names,
      // more strictly (see `VerifyAs.namesFromContext`). A clause of it is not read alone. A weekday
      // is no date here: every article of a story gives the day its news broke ("At the end of her
      // remarks on Friday she returned to the children" matched "said Friday ... ending Russia's
      // invasion" by the weekday and two words; so read, 599/10 -> 599/9). A month still dates a
      // clause ("after the letter was delivered in August").
      const namesFromContext = !features.numbers.length && !features.entities.length && features.dates.every((d) => ruleOn('weekday-not-date') && isWeekday(d));
      if (namesFromContext && (clause || !context.length || !ruleOn('nameless-from-context'))) continue;
      // A clause is read against the names of its sentence up to its end: its own, and those
      // before it, where its subject stands ("Lvova-Belova, ..., publicly thanked her").
      // Where no one is named up to its end ("Following the delivery of her letter in August, ..."),
      // it is about whom the text before it names, as "her" is: the paragraph so far, else the one before.
      // A subordinate clause ("after the letter was delivered") has its own subject: its own names only.
      const subordinate = clause && ruleOn('subordinate-clause') && OPENS_SUBORDINATE.test(text);
      let upTo = clause ? featuresOf(subordinate ? span : { start: sentence.start, end: span.end }).entities : context;
      if (clause && !upTo.length) upTo = sentence.start > 0 ? featuresOf({ start: 0, end: sentence.start }).entities : [];
      // Where the paragraphs before it name no one either, the last names the page gave.
      if (clause && !upTo.length) upTo = ctx.namesAt(lastNaming(ctx, par.index - 1));
      units.push({
        span,
        text,
        features: namesFromContext ? { ...features, entities: context } : features,
        context: clause ? dedupe(upTo) : context,
        clause,
        namesFromContext,
        ...(clause ? { sentenceNumbers: sentenceFeatures.numbers } : {}),
        pageLede: ctx.lede,
        ...(asks ? { question: true } : {}),
      });
    }
  }
  return units;
}

/** A sentence that ends with a question mark, before any closing quote or bracket. */
const QUESTION_END = /\?["'”’)\]]*\s*$/;

const termCount = (f: ClaimFeatures) => f.content.length + f.numbers.length + f.dates.length;

/** A sentence as read (with its features), or a short sentence joined to the next (features read later). */
interface ReadingSpan {
  span: Span;
  features?: ClaimFeatures;
  joined?: true;
}

/**
 * Which sentences of a paragraph the claim tier reads (by number): all of them, but in a paragraph
 * that may match only through `nearest-names` (it and the one before name no one the index knows),
 * those that may state a figure or a date: no other sentence of it can match. Each sentence is
 * judged once: the content gate and `claimUnits` ask the same answers.
 */
export function readsSentence(par: PageParagraph, ctx: PageClaimContext): (sentence: number) => boolean {
  if (ctx.texts[par.index] !== par.text || !ctx.figuresOnly(par.index)) return () => true;
  const reads = par.sentences.map(({ start, end }) => {
    const text = par.text.slice(start, end);
    return mayStateFigure(text) && !capitalisedWithin(text);
  });
  return (s) => reads[s] ?? false;
}

// Whether a sentence writes a word with a capital past its first word, a weekday or a month aside: a
// name of its own, which `nearest-names` does not replace (the sentence is read with its own names).
function capitalisedWithin(text: string): boolean {
  let found = false;
  forEachCapitalised(text, (start, end) => (found = !SENTENCE_START.test(text.slice(0, start)) && !isDateName(foldWord(text.slice(start, end)))));
  return found;
}

/** What may stand before a sentence's first word: punctuation (an opening quote) and white space. */
const SENTENCE_START = /^[\p{P}\s]*$/u;

// The sentences as they are read, each with its features: and a sentence too short to be a fact on
// its own ("It started with a letter.") read with the sentence after it as well, where that one is
// long enough to be one ("Melania Trump wrote to Vladimir Putin over the summer, and her husband
// carried the note ..."): the two may state one fact between them. Two short sentences are not
// joined into one: a quoted exchange ("There's times I'd get home. I'd say, 'first lady, ...'") is
// not a fact. Measured (`npm run bench:accuracy`): 589/10 -> 591/10; joining short sentences with
// each other too: 591/11. A sentence `reads` turns away is not read, and no sentence is joined across it.
function readingSpans(sentences: readonly Span[], reads: (sentence: number) => boolean, featuresOf: (span: Span) => ClaimFeatures): ReadingSpan[] {
  const spans: ReadingSpan[] = [];
  let carry: number | null = null;
  for (const [i, sentence] of sentences.entries()) {
    if (!reads(i)) {
      carry = null;
      continue;
    }
    const features = featuresOf(sentence);
    const short = termCount(features) < CLAIM.minTerms;
    if (carry !== null && !short && ruleOn('short-sentence-joined')) spans.push({ span: { start: carry, end: sentence.end }, joined: true });
    spans.push({ span: sentence, features });
    carry = short ? sentence.start : null;
  }
  return spans;
}

// A clause states something only where it has a verb (`isVerbForm`); an apposition ("Russia's
// commissioner for children's rights") names someone.
function hasVerb(words: readonly ClaimWord[]): boolean {
  return words.some((w) => !w.cap && isVerbForm(w.norm));
}

// A clause states something where it has a verb, or where it dates something: "Following the
// delivery of her letter in August" states when the letter was delivered, without a verb.
function statesSomething(words: readonly ClaimWord[]): boolean {
  return hasVerb(words) || words.some((w) => w.cap && isDateName(w.norm));
}

// A name and its description, whose only verb is a relative clause's ("Naomi Castell, the lawyer
// who led the residents' case"): who someone is, not what happened (`relative-clause-only`).
const NAME_DESCRIBED = /^(?:\p{Lu}[\p{L}'\u2019-]*\s+)*\p{Lu}[\p{L}'\u2019-]*,\s+(?:the|a|an)\s[^,]*?\b(?:who|whom|whose|which)\b/u;

function dedupe(list: readonly EntityPhrase[]): EntityPhrase[] {
  return list.filter((e, i) => list.findIndex((x) => nameKey(x) === nameKey(e)) === i);
}

/** Clauses are cut at these marks; pieces shorter than `CLAIM.minClauseWords` join their neighbour. */
const CLAUSE_MARK = /[,;:\u2014\u2013]\s+|\s+[\u2014\u2013]\s+/g;
/**
 * Clauses are also cut before a subordinating conjunction: "X thanked Y
 * after the letter was delivered in August" joins two facts, and the second
 * has its own subject.
 */
const SUBORDINATORS = 'after|before|when|while|because|since|until|although|though';
const SUBORDINATE = new RegExp(`\\s(?=(?:${SUBORDINATORS})\\s)`, 'g');
const OPENS_SUBORDINATE = new RegExp(`^(?:${SUBORDINATORS})\\s`, 'i');

function clauseSpans(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: number[] = [];
  for (const m of body.matchAll(CLAUSE_MARK)) cuts.push((m.index ?? 0) + m[0].length);
  if (ruleOn('subordinate-clause')) for (const m of body.matchAll(SUBORDINATE)) cuts.push((m.index ?? 0) + 1);
  cuts.sort((a, b) => a - b);
  const pieces: Span[] = [];
  let start = 0;
  for (const cut of [...cuts, body.length]) {
    const piece = { start, end: cut };
    const words = body.slice(piece.start, piece.end).split(/\s+/).filter(Boolean).length;
    if (words >= CLAIM.minClauseWords || cut === body.length) {
      if (words < CLAIM.minClauseWords && pieces.length) pieces[pieces.length - 1]!.end = cut;
      else pieces.push(piece);
      start = cut;
    }
  }
  if (pieces.length < 2) return [];
  return pieces.map((p) => {
    const raw = body.slice(p.start, p.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw
      .trim()
      .replace(/[,;:\u2014\u2013]$/, '')
      .trimEnd();
    return { start: sentence.start + p.start + lead, end: sentence.start + p.start + lead + trimmed.length };
  });
}
