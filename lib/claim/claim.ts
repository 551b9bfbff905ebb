import type { ProvenanceIndex } from '../index/model';
import { postingCount } from '../index/posting-table';
import { retrieveClaimCandidates } from './retrieval/retrieve';
import { windowHolds } from './units/source-window';
import { NameKnowledge } from './retrieval/name-knowledge';
import { mentionsRole, NameGate } from './retrieval/name-gate';
import type { Candidate } from '../match/candidate';
import type { PageParagraph } from '../match/page-paragraph';
import type { Span } from '../types';
import { claimWords } from './reading/words';
import { isVerbForm } from './reading/verbs';
import { sourceSentences } from '../match/source-text';
import { round } from '../match/passage';
import { articleContext, claimFeatures, claimFeaturesOf, contentTermKey, nameTermKey, type ArticleContext, type ClaimFeatures, type ClaimWord, type EntityPhrase, type Lexicon } from './reading/terms';
import { contentStem } from '../text/stems';
import { canonicalName, isDateName, isWeekday } from '../text/aliases';
import { verifyClaim } from './verification/verify';
import { mergeFeatures, namesOf, type SourceClaim } from './verification/parts';
import { CONTEXT_NAMES } from './verification/thresholds';
import { ruleOn } from './rule-ids';
import { pickEvidence } from './explanation/evidence';
import { fnv1a } from '../text/hash';

/** What the claim tier reads of a page (retrieval parameters: `RETRIEVE` in claim-retrieve.ts). */
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

/** What the claim tier knows of the page as a whole: its names, paragraph by paragraph. */
export interface PageClaimContext {
  /** The page read as one article (its capitals, its roles); read on first use. */
  readonly article: ArticleContext;
  /** The names of a paragraph, to read a sentence that names nobody ("She said..."); read on first use. */
  namesAt(paragraph: number): EntityPhrase[];
  /** Each paragraph's text, and its words, read on first use. */
  readonly texts: readonly string[];
  wordsAt(paragraph: number): ClaimWord[];
  /** False where a paragraph can match no claim: neither it nor the one before names anyone the index knows. */
  mayMatch(paragraph: number): boolean;
}

/**
 * Reads the page for the claim tier, with what `index` knows of words.
 * Everything is read on first use: on a page about something else, no
 * paragraph passes the name gate and the page is never read into words.
 */
export function pageClaimContext(paragraphs: readonly string[], index?: ProvenanceIndex): PageClaimContext {
  let words: ClaimWord[][] | undefined;
  let article: ArticleContext | undefined;
  const allWords = () => (words ??= paragraphs.map((p) => claimWords(p)));
  const names: Array<EntityPhrase[] | undefined> = [];
  const gate = index ? new NameGate(index) : null;
  const naming: Array<boolean | undefined> = [];
  const namesKnown = (i: number) => i >= 0 && i < paragraphs.length && (naming[i] ??= gate!.mayName(paragraphs[i]!));
  const ctx: PageClaimContext = {
    get article() {
      return (article ??= articleContext(paragraphs, index ? indexCache(index).lexicon : undefined, allWords()));
    },
    namesAt: (i) => (i < 0 || i >= paragraphs.length ? [] : (names[i] ??= claimFeaturesOf(allWords()[i]!, paragraphs[i]!, ctx.article).entities)),
    texts: paragraphs,
    wordsAt: (i) => allWords()[i] ?? [],
    mayMatch: (i) => !gate || namesKnown(i) || namesKnown(i - 1),
  };
  return ctx;
}

/**
 * The claim tier: sources that state a paragraph's facts in other words.
 * Each sentence of the paragraph (and each clause of a long one) is read
 * into content stems, names, figures and dates; the index's sentence terms
 * propose source sentences that may pass (`retrieveClaimCandidates`), the
 * index's name postings turn down sources that do not tell the page's story
 * (`NameKnowledge`), and the verifier (`verifyClaim`) keeps those that state
 * the same fact. A paragraph that names no one the index knows is not read
 * (`NameGate`). One candidate per source: its
 * best-verified sentence, the page sentence or clause as the span.
 */
export function matchClaims(par: PageParagraph, index: ProvenanceIndex, exclude?: number, page?: PageClaimContext): Candidate[] {
  const ctx = page ?? pageClaimContext([par.text], index);
  if (ctx.texts[par.index] === par.text && !ctx.mayMatch(par.index)) return [];
  const cache = indexCache(index);
  const best = new Map<number, { candidate: Candidate; evidence: number }>();
  for (const unit of claimUnits(par, ctx)) {
    // The verifier's test of the names, answered from the index's postings: retrieval proposes
    // no window of a source that fails it, so no source is read for it.
    const knowsNames = (source: number) => cache.knowledge.mayKnow(unit.context, source, unit.clause);
    for (const sentence of retrieveClaimCandidates(unit.features, index, cache, exclude, knowsNames)) {
      const paragraph = index.sentences[sentence * 3]!;
      const source = index.paragraphSource[paragraph]!;
      const verdict = verifyClaim(unit.features, unit.context, sourceClaim(index, cache, sentence), cache.weigh, unit);
      if (!verdict.ok) continue;
      const prev = best.get(source);
      if (prev && prev.candidate.score > round(verdict.score)) continue;
      const { text: sourceText, span: sourceSpan, weight } = windowText(index, cache, sentence, unit.features);
      // Of two windows as good, the one whose shown sentence states more of the fact (not a lede beside it).
      if (prev && prev.candidate.score === round(verdict.score) && prev.evidence >= weight) continue;
      best.set(source, { candidate: { source, kind: 'claim', score: round(verdict.score), span: { ...unit.span }, sourceText, sourceSpan, coveredWords: 0 }, evidence: weight });
    }
  }
  return [...best.values()].map((b) => b.candidate);
}

/** A page paragraph's words: read once with the page where the paragraph is the page's own, else now. */
export function paragraphWords(par: PageParagraph, page: PageClaimContext): ClaimWord[] {
  return page.texts[par.index] === par.text ? page.wordsAt(par.index) : claimWords(par.text);
}

/** A piece of a page paragraph that may state a fact: a sentence, or a clause of a long one. */
interface ClaimUnit {
  span: Span;
  text: string;
  features: ClaimFeatures;
  context: EntityPhrase[];
  /** Cut from a longer sentence: read more strictly (see `verifyClaim`). */
  clause: boolean;
  /** Names no one: read with its context's names, more strictly (see `VerifyAs`). */
  namesFromContext: boolean;
}

// The sentences of a paragraph and the clauses of its long sentences: a long
// sentence often joins two facts that sources state apart ("Within a day,
// eight kids were back with their relatives, the first lady announced,
// crediting months of contacts with the Kremlin").
function claimUnits(par: PageParagraph, ctx: PageClaimContext): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const words = paragraphWords(par, ctx);
  // Words are in text order: a span's words are one slice, found by binary search.
  const firstAt = (offset: number) => {
    let lo = 0, hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const within = (span: Span) => {
    let to = firstAt(span.start);
    const from = to;
    while (to < words.length && words[to]!.end <= span.end) to++;
    return words.slice(from, to);
  };
  for (const { span: sentence, features: read, joined } of readingSpans(par, ctx, within)) {
    const sentenceFeatures = read ?? claimFeaturesOf(within(sentence), par.text, ctx.article);
    const context = contextNames(sentenceFeatures, ctx, par.index);
    // Of two sentences read together, only the first clause is new: the others are the second
    // sentence's, which is read on its own as well.
    const clauses = !ruleOn('clause-reading') ? [] : clauseSpans(par.text, sentence).filter((c) => (!joined || c.start === sentence.start) && statesSomething(within(c)));
    for (const span of [sentence, ...clauses]) {
      const text = par.text.slice(span.start, span.end);
      const clause = span !== sentence;
      const features = clause ? claimFeaturesOf(within(span), par.text, ctx.article) : sentenceFeatures;
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
      let upTo = clause ? claimFeaturesOf(within(subordinate ? span : { start: sentence.start, end: span.end }), par.text, ctx.article).entities : context;
      if (clause && !upTo.length) upTo = sentence.start > 0 ? claimFeaturesOf(within({ start: 0, end: sentence.start }), par.text, ctx.article).entities : [];
      // Where the paragraphs before it name no one either, the last names the page gave.
      for (let p = par.index - 1; clause && !upTo.length && p >= 0; p--) upTo = ctx.namesAt(p);
      units.push({ span, text, features: namesFromContext ? { ...features, entities: context } : features, context: clause ? dedupe(upTo) : context, clause, namesFromContext });
    }
  }
  return units;
}

const termCount = (f: ClaimFeatures) => f.content.length + f.numbers.length + f.dates.length;

/** A sentence as read (with its features), or a short sentence joined to the next (features read later). */
interface ReadingSpan {
  span: Span;
  features?: ClaimFeatures;
  joined?: true;
}

// The sentences as they are read, each with its features: and a sentence too short to be a fact on
// its own ("It started with a letter.") read with the sentence after it as well, where that one is
// long enough to be one ("Melania Trump wrote to Vladimir Putin over the summer, and her husband
// carried the note ..."): the two may state one fact between them. Two short sentences are not
// joined into one: a quoted exchange ("There's times I'd get home. I'd say, 'first lady, ...'") is
// not a fact. Measured (`npm run bench:accuracy`): 589/10 -> 591/10; joining short sentences with
// each other too: 591/11.
function readingSpans(par: PageParagraph, ctx: PageClaimContext, within: (span: Span) => ClaimWord[]): ReadingSpan[] {
  const spans: ReadingSpan[] = [];
  let carry: number | null = null;
  for (const sentence of par.sentences) {
    const features = claimFeaturesOf(within(sentence), par.text, ctx.article);
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

function dedupe(list: readonly EntityPhrase[]): EntityPhrase[] {
  return list.filter((e, i) => list.findIndex((x) => key(x) === key(e)) === i);
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
    const trimmed = raw.trim().replace(/[,;:\u2014\u2013]$/, '').trimEnd();
    return { start: sentence.start + p.start + lead, end: sentence.start + p.start + lead + trimmed.length };
  });
}

// The names a sentence is read against: its own, and where it names fewer
// than CONTEXT_NAMES, those of its paragraph; where the paragraph names no
// one, those of the paragraph before.
function contextNames(features: ClaimFeatures, ctx: PageClaimContext, paragraph: number): EntityPhrase[] {
  const out = [...features.entities];
  if (distinct(out) < CONTEXT_NAMES) out.push(...ctx.namesAt(paragraph));
  // The paragraph before only where this one names no one at all ("She said ...").
  if (!out.length) out.push(...ctx.namesAt(paragraph - 1));
  return out.filter((e, i) => out.findIndex((x) => key(x) === key(e)) === i);
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
  return out.filter((e, i) => out.findIndex((x) => key(x) === key(e)) === i);
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

const key = (e: EntityPhrase) => `${e.role ?? ''}:${e.tokens.join(' ')}`;
const distinct = (list: readonly EntityPhrase[]) => new Set(list.map(key)).size;

/** Per-index state built on first use: sentence features, article contexts, term weights. */
interface IndexCache {
  lexicon: Lexicon;
  /** Inverse document frequency of a part among the index's sentences. */
  weigh: (key: string) => number;
  sentenceCount: number;
  features: Map<number, ClaimFeatures>;
  claims: Map<number, SourceClaim>;
  /** Whole source articles read as one passage, for headlines. */
  wholeArticles: Map<number, SourceClaim>;
  articles: Map<number, ArticleContext>;
  /** How a source sentence is read where it names no role: with the index's lexicon alone. */
  plain: ArticleContext;
  /** Which sources mention which names, from the index's name postings. */
  knowledge: NameKnowledge;
}

/**
 * Source sentences and articles read and remembered at once: a worker
 * matches page after page against one index, and what it reads for one page
 * often serves the next (the same story), but memory must not grow with the
 * pages read. A full memo is cleared.
 */
const MEMO_ENTRIES = 20_000;

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_ENTRIES) memo.clear();
  memo.set(key, value);
  return value;
}

const caches = new WeakMap<ProvenanceIndex, IndexCache>();

function indexCache(index: ProvenanceIndex): IndexCache {
  let c = caches.get(index);
  if (c) return c;
  const sentenceCount = index.sentences.length / 3;
  const idf = new Map<string, number>();
  const lexicon = indexLexicon(index);
  c = {
    lexicon,
    weigh: (key) => {
      let w = idf.get(key);
      if (w === undefined) {
        const df = postingCount(index.claimTerms, fnv1a(key));
        w = Math.log(1 + (sentenceCount - df + 0.5) / (df + 0.5));
        idf.set(key, w);
      }
      return w;
    },
    sentenceCount,
    features: new Map(),
    claims: new Map(),
    wholeArticles: new Map(),
    articles: new Map(),
    plain: { capitalized: new Set(), bindings: new Map(), lexicon },
    knowledge: new NameKnowledge(index),
  };
  caches.set(index, c);
  return c;
}

// How a source article writes its names (which words it capitalises, whom its roles are),
// for reading its sentences as the builder did.
function articleOf(index: ProvenanceIndex, cache: IndexCache, source: number): ArticleContext {
  const a = cache.articles.get(source);
  if (a) return a;
  const paragraphs = index.paragraphs.slice(index.sourceStart[source]!, index.sourceStart[source + 1]!);
  return remember(cache.articles, source, articleContext(paragraphs, cache.lexicon));
}

function featuresOf(index: ProvenanceIndex, cache: IndexCache, sentence: number): ClaimFeatures {
  const f = cache.features.get(sentence);
  if (f) return f;
  const paragraph = index.sentences[sentence * 3]!;
  const text = index.paragraphs[paragraph]!.slice(index.sentences[sentence * 3 + 1]!, index.sentences[sentence * 3 + 2]!);
  // A sentence is read with its whole article only where it names a role the article may bind to
  // a name ("the first lady said"); otherwise the index's lexicon tells which of its capitalised
  // words are names, and the article is not read: reading articles was most of the claim tier's
  // time on a large index, where each page's candidates come from many articles.
  const ctx = mentionsRole(text) ? articleOf(index, cache, index.paragraphSource[paragraph]!) : cache.plain;
  return remember(cache.features, sentence, claimFeatures(text, ctx));
}

// The sentences of a source paragraph: they are numbered in order, paragraph by paragraph, so a
// binary search finds the first (the cost must not grow with the index).
function paragraphSentences(index: ProvenanceIndex, cache: IndexCache, paragraph: number): number[] {
  let lo = 0;
  let hi = cache.sentenceCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.sentences[mid * 3]! < paragraph) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let s = lo; s < cache.sentenceCount && index.sentences[s * 3] === paragraph; s++) out.push(s);
  return out;
}

function sourceClaim(index: ProvenanceIndex, cache: IndexCache, sentence: number): SourceClaim {
  let claim = cache.claims.get(sentence);
  if (claim) return claim;
  const paragraph = index.sentences[sentence * 3]!;
  const nearby = [sentence - 1, sentence, sentence + 1].filter((s) => windowHolds(index, sentence, s));
  const features = nearby.map((s) => featuresOf(index, cache, s));
  // A sentence that names no one ("The two have maintained an open channel") is about the people
  // its paragraph names, as a page sentence is read against its paragraph's names (`contextNames`).
  const own = featuresOf(index, cache, sentence);
  const named = own.entities.length ? features : [...features, ...paragraphSentences(index, cache, paragraph).map((s) => featuresOf(index, cache, s))];
  claim = {
    features: mergeFeatures(features),
    own,
    nearbyNames: namesOf(named),
    articleNames: cache.knowledge.namesOf(index.paragraphSource[paragraph]!),
  };
  return remember(cache.claims, sentence, claim);
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
  const paragraphOf = (s: number) => index.sentences[s * 3]!;
  const from = index.sentences[first * 3 + 1]!;
  const to = index.sentences[last * 3 + 2]!;
  if (paragraphOf(first) === paragraphOf(last)) return { ...sourceSentences(index, paragraphOf(first), { start: from, end: to }), weight };
  const text = shown.map((s) => index.paragraphs[paragraphOf(s)]!.slice(index.sentences[s * 3 + 1]!, index.sentences[s * 3 + 2]!)).join(' ');
  return { text, span: { start: 0, end: text.length }, weight };
}

/**
 * A source article read as one passage, for a headline (`matchHeadline`):
 * a headline sums up its article, so what it states is checked against all
 * the source says, not one sentence.
 */
export function articleClaim(index: ProvenanceIndex, source: number): SourceClaim {
  const cache = indexCache(index);
  const known = cache.wholeArticles.get(source);
  if (known) return known;
  const features: ClaimFeatures[] = [];
  for (let p = index.sourceStart[source]!; p < index.sourceStart[source + 1]!; p++) for (const s of paragraphSentences(index, cache, p)) features.push(featuresOf(index, cache, s));
  const merged = mergeFeatures(features);
  return remember(cache.wholeArticles, source, { features: merged, nearbyNames: namesOf(features), articleNames: cache.knowledge.namesOf(source) });
}

/** What a headline match shows of its source: the source's own headline, else its first sentence. */
export function articleHeadline(index: ProvenanceIndex, source: number): string {
  const title = index.sources[source]!.title;
  if (title) return title;
  const paragraph = index.sourceStart[source]!;
  const [first] = paragraphSentences(index, indexCache(index), paragraph);
  const text = index.paragraphs[paragraph] ?? '';
  return first === undefined ? text : text.slice(index.sentences[first * 3 + 1]!, index.sentences[first * 3 + 2]!);
}

/** How the claim tier weighs a part of a sentence by its index key (inverse document frequency among the index's sentences). */
export function indexWeigh(index: ProvenanceIndex): (key: string) => number {
  return indexCache(index).weigh;
}

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
    for (let s = 0; s < cache.sentenceCount; s++) if (index.paragraphSource[index.sentences[s * 3]!] === source) all.push(s);
  }
  return claimUnits(par, ctx).map((unit) => {
    const candidates = (options.exhaustive ? all : retrieveClaimCandidates(unit.features, index, cache))
      .filter((s) => index.paragraphSource[index.sentences[s * 3]!] === source)
      .map((s) => {
        const p = index.sentences[s * 3]!;
        const claim = sourceClaim(index, cache, s);
        return {
          text: index.paragraphs[p]!.slice(index.sentences[s * 3 + 1]!, index.sentences[s * 3 + 2]!),
          features: claim.features,
          verdict: verifyClaim(unit.features, unit.context, claim, cache.weigh, unit),
        };
      });
    return { sentence: unit.text, features: unit.features, context: unit.context, candidates };
  });
}

/**
 * What an index knows of words: a joined word is a term where some source
 * has it as content; a word is a name where the sources have it as a name and
 * never as content ("Trump", but not "Children" of "Children's Rights").
 */
export function indexLexicon(index: ProvenanceIndex): Lexicon {
  const has = (key: number) => postingCount(index.claimTerms, key) > 0;
  return {
    isTerm: (stem) => has(contentTermKey(stem)),
    isName: (word) => has(nameTermKey(canonicalName(word))) && !has(contentTermKey(contentStem(word))),
  };
}
