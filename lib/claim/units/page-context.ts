import type { ProvenanceIndex } from '../../index/model';
import { nameGate } from '../retrieval/name-gate';
import type { PageParagraph } from '../../match/page-paragraph';
import { claimWords } from '../reading/words';
import {
  articleContext,
  claimFeaturesOf,
  type ArticleContext,
  type ClaimFeatures,
  type ClaimNumber,
  type ClaimWord,
  type EntityPhrase,
} from '../reading/terms';
import { CONTEXT_NAMES } from '../verification/thresholds';
import type { ArticleLede } from '../verification/parts';
import { isWeekday, mayNameMonth } from '../../text/aliases';
import { mayHoldNumber } from '../reading/numbers';
import { indexCache } from './source-reading';
import { ruleOn } from '../rule-ids';

/** What the claim tier knows of the page as a whole: its names, paragraph by paragraph. */
export interface PageClaimContext {
  /** The page read as one article (its capitals, its roles); read on first use. */
  readonly article: ArticleContext;
  /** The names of a paragraph, to read a sentence that names nobody ("She said..."); read on first use. */
  namesAt(paragraph: number): EntityPhrase[];
  /** Each paragraph's text, and its words, each paragraph's read on first use. */
  readonly texts: readonly string[];
  wordsAt(paragraph: number): ClaimWord[];
  /** The figures and weekdays of the page's headline and first paragraph (none on a page of two paragraphs or fewer). */
  readonly lede: ArticleLede;
  /**
   * True where a paragraph may match only through `nearest-names`: neither it nor the one before
   * names anyone the index knows, so only its sentences that may state a figure or a date are read.
   */
  figuresOnly(paragraph: number): boolean;
  /**
   * False where a paragraph can match no claim: neither it nor the one before names anyone the index
   * knows, and it states no figure or date, or the names its figures would be read with (`nearest-names`:
   * the nearest paragraph before those two that names anyone) include no one the index knows.
   */
  mayMatch(paragraph: number): boolean;
}

/**
 * Reads the page for the claim tier, with what `index` knows of words.
 * Everything is read on first use: on a page about something else, no
 * paragraph passes the name gate and the page is never read into words.
 */
export function pageClaimContext(paragraphs: readonly string[], index?: ProvenanceIndex): PageClaimContext {
  // Each paragraph is split into words when first asked (the content gate asks only of paragraphs
  // that pass the name gate); the article context reads them all, on its first use.
  const words: Array<ClaimWord[] | undefined> = [];
  let article: ArticleContext | undefined;
  const wordsAt = (i: number) => (i < 0 || i >= paragraphs.length ? [] : (words[i] ??= claimWords(paragraphs[i]!)));
  const allWords = () => paragraphs.map((_, i) => wordsAt(i));
  const names: Array<EntityPhrase[] | undefined> = [];
  const gate = index ? nameGate(index) : null;
  const naming: Array<boolean | undefined> = [];
  const namesKnown = (i: number) => i >= 0 && i < paragraphs.length && (naming[i] ??= gate!.mayName(paragraphs[i]!));
  // Whether a paragraph before `i` names anyone the index knows: a sentence whose paragraph and the one
  // before name no one is read with the last names the page gave (`contextNames`).
  let knownUpTo = -1;
  let firstKnown = Infinity;
  const knownBefore = (i: number) => {
    for (; knownUpTo + 1 < i && firstKnown === Infinity; knownUpTo++) if (namesKnown(knownUpTo + 1)) firstKnown = knownUpTo + 1;
    return firstKnown < i;
  };
  // Whether the names a sentence of paragraph `i` would borrow through `nearest-names` (those of the
  // nearest paragraph before `i - 1` that names anyone, as `contextNames` finds them) may be known: its
  // sentences name no one the index knows, nor do `i` and `i - 1` (else they are read with those names).
  const nearestKnown = (i: number) => {
    const p = lastNaming(ctx, i - 2);
    return p >= 0 && namesKnown(p);
  };
  let lede: ArticleLede | undefined;
  const ctx: PageClaimContext = {
    get lede() {
      return (lede ??= pageLede(ctx));
    },
    get article() {
      return (article ??= articleContext(paragraphs, index ? indexCache(index).lexicon : undefined, allWords()));
    },
    namesAt: (i) => (i < 0 || i >= paragraphs.length ? [] : (names[i] ??= claimFeaturesOf(wordsAt(i), paragraphs[i]!, ctx.article).entities)),
    texts: paragraphs,
    wordsAt,
    figuresOnly: (i) => !!gate && !namesKnown(i) && !namesKnown(i - 1),
    mayMatch: (i) => !ctx.figuresOnly(i) || (ruleOn('nearest-names') && knownBefore(i - 1) && mayStateFigure(paragraphs[i] ?? '') && nearestKnown(i)),
  };
  return ctx;
}

// The lede is the first two paragraphs (a headline and the first paragraph); a page of one or two
// paragraphs (a single paragraph matched alone) has none: its lede would be the sentence itself.
// Figures inside quotation marks are left out: a quote is the source's words (a misquoted figure is
// a variant of its fact, not another event). A weekday counts where it dates an act ("on Tuesday"),
// not as a dateline ("Saturday, 11 October, 2025": the day of publication).
const LEDE_PARAGRAPHS = 2;
// Words by which a lede tells of a repetition: "rises again", "for the second time", "once more".
const REPEATS = new Set(['again', 'anew']);
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'another']);
const QUOTED = /[\u201c"][^\u201c\u201d"]*[\u201d"]/g;

function pageLede(ctx: PageClaimContext): ArticleLede {
  if (ctx.texts.length <= LEDE_PARAGRAPHS) return { numbers: [], weekdays: [] };
  const lede: { numbers: ClaimNumber[]; weekdays: string[]; repeats?: boolean } = { numbers: [], weekdays: [] };
  ctx.texts.slice(0, LEDE_PARAGRAPHS).forEach((text, i) => {
    const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index!, m.index! + m[0].length]);
    const words = ctx.wordsAt(i).filter((w) => !quoted.some(([a, b]) => w.start >= a! && w.start < b!));
    lede.numbers.push(...claimFeaturesOf(words, text, ctx.article).numbers);
    words.forEach((w, k) => {
      if (w.cap && isWeekday(w.norm) && words[k - 1]?.norm === 'on') lede.weekdays.push(w.norm);
      if (REPEATS.has(w.norm) || (w.norm === 'time' && ORDINALS.has(words[k - 1]?.norm ?? ''))) lede.repeats = true;
    });
  });
  return lede;
}

/** A page paragraph's words: read once with the page where the paragraph is the page's own, else now. */
export function paragraphWords(par: PageParagraph, page: PageClaimContext): ClaimWord[] {
  return page.texts[par.index] === par.text ? page.wordsAt(par.index) : claimWords(par.text);
}

// The names a sentence is read against: its own, and where it names fewer
// than CONTEXT_NAMES, those of its paragraph; where the paragraph names no
// one, those of the paragraph before; where that names no one either, for a
// sentence with a figure or a date, those of the nearest paragraph that names anyone.
export function contextNames(features: ClaimFeatures, ctx: PageClaimContext, paragraph: number): EntityPhrase[] {
  const out = [...features.entities];
  if (distinct(out) < CONTEXT_NAMES) out.push(...ctx.namesAt(paragraph));
  // The paragraph before only where this one names no one at all ("She said ...").
  if (!out.length) out.push(...ctx.namesAt(paragraph - 1));
  // Where that names no one either, a sentence that states a figure or a date is read with the last
  // names the page gave, as its "he" or "the wall" refers back (`nearest-names`).
  if (!out.length && ruleOn('nearest-names') && statesFigure(features)) out.push(...ctx.namesAt(lastNaming(ctx, paragraph - 2)));
  return out.filter((e, i) => out.findIndex((x) => nameKey(x) === nameKey(e)) === i);
}

/** The nearest paragraph at or before `paragraph` that names anyone, or -1 where none does. */
export function lastNaming(ctx: PageClaimContext, paragraph: number): number {
  let p = paragraph;
  while (p >= 0 && !ctx.namesAt(p).length) p--;
  return p;
}

/**
 * The names a page paragraph is about: its own; where it names fewer than
 * CONTEXT_NAMES, also those of the paragraph before; where neither names
 * anyone, the page's.
 */
export function paragraphContextNames(ctx: PageClaimContext, paragraph: number): EntityPhrase[] {
  const namesAt = ctx.namesAt;
  const out = [...namesAt(paragraph)];
  if (distinct(out) < CONTEXT_NAMES) out.push(...namesAt(paragraph - 1));
  if (!out.length) for (let p = 0; p < ctx.texts.length; p++) out.push(...namesAt(p));
  return out.filter((e, i) => out.findIndex((x) => nameKey(x) === nameKey(e)) === i);
}

// A figure, or a date that is not a weekday (every article of a story gives the day its news broke).
const statesFigure = (f: ClaimFeatures) => f.numbers.length > 0 || f.dates.some((d) => !isWeekday(d));
/** Whether a text may state a figure or a date (`statesFigure`): errs only towards yes. */
export const mayStateFigure = (text: string) => mayHoldNumber(text) || mayNameMonth(text);

/** A name's key: its role and its words. */
export const nameKey = (e: EntityPhrase): string => `${e.role ?? ''}:${e.tokens.join(' ')}`;
const distinct = (list: readonly EntityPhrase[]) => new Set(list.map(nameKey)).size;
