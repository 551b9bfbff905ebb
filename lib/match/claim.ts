import type { ProvenanceIndex } from '../index/model';
import { lookup } from '../index/posting-table';
import type { Candidate } from './candidate';
import type { PageParagraph } from './page-paragraph';
import type { Span } from '../types';
import { claimWords } from '../text/claim-words';
import { IRREGULAR_VERBS } from '../text/synonyms';
import { sourceSentences } from './source-text';
import { round } from './passage';
import { articleContext, claimFeatures, claimFeaturesOf, claimKeyTerms, contentTermKey, nameTermKey, type ArticleContext, type ClaimFeatures, type ClaimWord, type EntityPhrase, type Lexicon } from './claim-terms';
import { contentStem } from '../text/stems';
import { canonicalName } from '../text/aliases';
import { CLAIM_VERIFY, CONTEXT_NAMES, mergeFeatures, nameIn, namesOf, verifyClaim, type SourceClaim } from './claim-verify';
import { fnv1a } from './hash';

/** Retrieval parameters of the claim tier. */
export const CLAIM = {
  /**
   * Content words and figures a page sentence needs to be looked up: fewer
   * is a heading or a fragment ("Direct diplomacy with Moscow"), not a claim.
   */
  minTerms: 3,
  /**
   * Words a clause needs to be read on its own; shorter pieces stay with
   * their neighbour. Reading clauses at all lifts development-set recall
   * from 0.719 to 0.790 at the same precision; 4 to 7 words do the same.
   */
  minClauseWords: 5,
  /**
   * Source sentences verified per source and page sentence, best BM25 score
   * first: 3 lose a few pairs (recall 0.785), 12 find none more.
   */
  candidatesPerSource: 6,
  /**
   * BM25 (Robertson and Zaragoza, "The probabilistic relevance framework:
   * BM25 and beyond", 2009) with the usual constants; sentence length is
   * measured in characters, which the index already holds.
   */
  k1: 1.2,
  b: 0.75,
  /**
   * Terms found in more than this share of the index's sentences are too
   * common to rank by and too costly to walk in a large index ("said",
   * "children" in a corpus about children): skipped in retrieval, still
   * counted by the verifier.
   */
  maxDocumentShare: 0.2,
  /**
   * ...and terms with more postings than this, whatever the index's size: in
   * a 100,000-article index 20% of the sentences is hundreds of thousands of
   * postings per common word, walked for every page sentence. Such a word's
   * BM25 weight is low (log(1 + n/5000)); the verifier still counts it.
   */
  maxPostings: 5000,
  /**
   * Candidate sentences verified per page sentence, over all sources: the
   * verifier's work must not grow with the index (each source adds up to
   * `candidatesPerSource`). The best-ranked ones are kept.
   */
  maxCandidates: 40,
};

/** What the claim tier knows of the page as a whole: its names, paragraph by paragraph. */
export interface PageClaimContext {
  article: ArticleContext;
  /** The names of each paragraph, to read a sentence that names nobody ("She said..."). */
  paragraphNames: EntityPhrase[][];
  /** Each paragraph's text and words, read once. */
  texts: readonly string[];
  words: ClaimWord[][];
}

/** Reads the page once for the claim tier, with what `index` knows of words. */
export function pageClaimContext(paragraphs: readonly string[], index?: ProvenanceIndex): PageClaimContext {
  const words = paragraphs.map((p) => claimWords(p));
  const article = articleContext(paragraphs, index ? indexCache(index).lexicon : undefined, words);
  const paragraphNames = paragraphs.map((p, i) => claimFeaturesOf(words[i]!, p, article).entities);
  return { article, paragraphNames, texts: paragraphs, words };
}

/**
 * The claim tier: sources that state a paragraph's facts in other words.
 * Each sentence of the paragraph (and each clause of a long one) is read
 * into content stems, names, figures and dates; BM25 over the index's
 * sentence terms proposes source sentences; the verifier (`verifyClaim`)
 * keeps those that state the same fact. One candidate per source: its
 * best-verified sentence, the page sentence or clause as the span.
 */
export function matchClaims(par: PageParagraph, index: ProvenanceIndex, exclude?: number, page?: PageClaimContext): Candidate[] {
  const ctx = page ?? pageClaimContext([par.text], index);
  const cache = indexCache(index);
  const best = new Map<number, Candidate>();
  for (const unit of claimUnits(par, ctx)) {
    for (const sentence of retrieve(unit.terms, index, cache, exclude)) {
      const paragraph = index.sentences[sentence * 3]!;
      const source = index.paragraphSource[paragraph]!;
      const verdict = verifyClaim(unit.features, unit.context, sourceClaim(index, cache, sentence), cache.weigh, unit.clause);
      if (!verdict.ok) continue;
      const prev = best.get(source);
      if (prev && prev.score >= round(verdict.score)) continue;
      const sentenceSpan = { start: index.sentences[sentence * 3 + 1]!, end: index.sentences[sentence * 3 + 2]! };
      const { text: sourceText, span: sourceSpan } = sourceSentences(index, paragraph, sentenceSpan);
      best.set(source, { source, kind: 'claim', score: round(verdict.score), span: { ...unit.span }, sourceText, sourceSpan, coveredWords: 0 });
    }
  }
  return [...best.values()];
}

/** A piece of a page paragraph that may state a fact: a sentence, or a clause of a long one. */
interface ClaimUnit {
  span: Span;
  text: string;
  features: ClaimFeatures;
  terms: number[];
  context: EntityPhrase[];
  /** Cut from a longer sentence: read more strictly (see `verifyClaim`). */
  clause: boolean;
}

// The sentences of a paragraph and the clauses of its long sentences: a long
// sentence often joins two facts that sources state apart ("Within a day,
// eight kids were back with their relatives, the first lady announced,
// crediting months of contacts with the Kremlin").
function claimUnits(par: PageParagraph, ctx: PageClaimContext): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  const words = ctx.texts[par.index] === par.text ? ctx.words[par.index]! : claimWords(par.text);
  const within = (span: Span) => words.filter((w) => w.start >= span.start && w.end <= span.end);
  for (const sentence of par.sentences) {
    const sentenceFeatures = claimFeaturesOf(within(sentence), par.text, ctx.article);
    const context = contextNames(sentenceFeatures, ctx, par.index);
    const clauses = clauseSpans(par.text, sentence).filter((c) => hasVerb(within(c)));
    for (const span of [sentence, ...clauses]) {
      const text = par.text.slice(span.start, span.end);
      const clause = span !== sentence;
      const features = clause ? claimFeaturesOf(within(span), par.text, ctx.article) : sentenceFeatures;
      // Too little to be a fact ("Direct diplomacy with Moscow"), or nothing checkable in it.
      if (features.content.length + features.numbers.length < CLAIM.minTerms) continue;
      if (!features.numbers.length && !features.entities.length && !features.dates.length) continue;
      // A clause is read against the names of its sentence up to its end: its own, and those
      // before it, where its subject stands ("Lvova-Belova, ..., publicly thanked her").
      const upTo = clause ? claimFeaturesOf(within({ start: sentence.start, end: span.end }), par.text, ctx.article).entities : context;
      units.push({ span, text, features, terms: claimKeyTerms(features), context: clause ? dedupe(upTo) : context, clause });
    }
  }
  return units;
}

// A clause states something only where it has a verb; an apposition ("Russia's
// commissioner for children's rights") names someone. Without a tagger, a
// verb is an auxiliary, a past form or a verb of saying.
const AUXILIARIES = new Set('is are was were be been being has have had will would can could shall should may might must do does did says said told'.split(' '));

function hasVerb(words: readonly ClaimWord[]): boolean {
  return words.some((w) => !w.cap && (AUXILIARIES.has(w.norm) || w.norm in IRREGULAR_VERBS || (w.norm.length > 4 && w.norm.endsWith('ed'))));
}

function dedupe(list: readonly EntityPhrase[]): EntityPhrase[] {
  return list.filter((e, i) => list.findIndex((x) => key(x) === key(e)) === i);
}

/** Clauses are cut at these marks; pieces shorter than `CLAIM.minClauseWords` join their neighbour. */
const CLAUSE_MARK = /[,;:\u2014\u2013]\s+|\s+[\u2014\u2013]\s+/g;

function clauseSpans(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: number[] = [];
  for (const m of body.matchAll(CLAUSE_MARK)) cuts.push((m.index ?? 0) + m[0].length);
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
  if (distinct(out) < CONTEXT_NAMES) out.push(...(ctx.paragraphNames[paragraph] ?? []));
  // The paragraph before only where this one names no one at all ("She said ...").
  if (!out.length) out.push(...(ctx.paragraphNames[paragraph - 1] ?? []));
  return out.filter((e, i) => out.findIndex((x) => key(x) === key(e)) === i);
}

/**
 * The names a page paragraph is about: its own; where it names fewer than
 * CONTEXT_NAMES, also those of the paragraph before; where neither names
 * anyone, the page's.
 */
export function paragraphContextNames(ctx: PageClaimContext, paragraph: number): EntityPhrase[] {
  const namesAt = (p: number) => ctx.paragraphNames[p] ?? [];
  const out = [...namesAt(paragraph)];
  if (distinct(out) < CONTEXT_NAMES) out.push(...namesAt(paragraph - 1));
  if (!out.length) for (const names of ctx.paragraphNames) out.push(...names);
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
  const known = articleOf(index, indexCache(index), source).names;
  const n = names.filter((e) => nameIn(e, known)).length;
  return n > 0 && n >= CLAIM_VERIFY.minKnownShare * names.length;
}

const key = (e: EntityPhrase) => `${e.role ?? ''}:${e.tokens.join(' ')}`;
const distinct = (list: readonly EntityPhrase[]) => new Set(list.map(key)).size;

/** Per-index state built on first use: sentence features, article contexts, BM25 statistics. */
interface IndexCache {
  lexicon: Lexicon;
  /** Inverse document frequency of a part among the index's sentences. */
  weigh: (key: string) => number;
  sentenceCount: number;
  averageLength: number;
  features: Map<number, ClaimFeatures>;
  claims: Map<number, SourceClaim>;
  articles: Map<number, { ctx: ArticleContext; names: Set<string> }>;
}

const caches = new WeakMap<ProvenanceIndex, IndexCache>();

function indexCache(index: ProvenanceIndex): IndexCache {
  let c = caches.get(index);
  if (c) return c;
  const sentenceCount = index.sentences.length / 3;
  let chars = 0;
  for (let i = 0; i < sentenceCount; i++) chars += index.sentences[i * 3 + 2]! - index.sentences[i * 3 + 1]!;
  const idf = new Map<string, number>();
  c = {
    lexicon: indexLexicon(index),
    weigh: (key) => {
      let w = idf.get(key);
      if (w === undefined) {
        const df = lookup(index.claimTerms, fnv1a(key)).length;
        w = Math.log(1 + (sentenceCount - df + 0.5) / (df + 0.5));
        idf.set(key, w);
      }
      return w;
    },
    sentenceCount,
    averageLength: chars / Math.max(1, sentenceCount),
    features: new Map(),
    claims: new Map(),
    articles: new Map(),
  };
  caches.set(index, c);
  return c;
}

// BM25 over the sentence terms; the best `CLAIM.candidates` sentences not of the excluded source.
function retrieve(terms: readonly number[], index: ProvenanceIndex, cache: IndexCache, exclude?: number): number[] {
  const scores = new Map<number, number>();
  const n = cache.sentenceCount;
  for (const term of terms) {
    const postings = lookup(index.claimTerms, term);
    const df = postings.length;
    if (!df || df > Math.min(CLAIM.maxDocumentShare * n + 1, CLAIM.maxPostings)) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (const s of postings) {
      const length = index.sentences[s * 3 + 2]! - index.sentences[s * 3 + 1]!;
      const norm = CLAIM.k1 * (1 - CLAIM.b + (CLAIM.b * length) / cache.averageLength);
      scores.set(s, (scores.get(s) ?? 0) + (idf * (CLAIM.k1 + 1)) / (1 + norm));
    }
  }
  // The best few of each source: one source's many similar sentences must not crowd out another's one.
  const perSource = new Map<number, number>();
  const out: number[] = [];
  for (const [s] of [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const source = index.paragraphSource[index.sentences[s * 3]!]!;
    if (source === exclude) continue;
    const n = perSource.get(source) ?? 0;
    if (n >= CLAIM.candidatesPerSource) continue;
    perSource.set(source, n + 1);
    out.push(s);
    if (out.length >= CLAIM.maxCandidates) break;
  }
  return out;
}

function articleOf(index: ProvenanceIndex, cache: IndexCache, source: number) {
  let a = cache.articles.get(source);
  if (a) return a;
  const paragraphs = index.paragraphs.slice(index.sourceStart[source]!, index.sourceStart[source + 1]!);
  const ctx = articleContext(paragraphs, cache.lexicon);
  a = { ctx, names: namesOf(paragraphs.map((p) => claimFeatures(p, ctx))) };
  cache.articles.set(source, a);
  return a;
}

function featuresOf(index: ProvenanceIndex, cache: IndexCache, sentence: number): ClaimFeatures {
  let f = cache.features.get(sentence);
  if (f) return f;
  const paragraph = index.sentences[sentence * 3]!;
  const text = index.paragraphs[paragraph]!.slice(index.sentences[sentence * 3 + 1]!, index.sentences[sentence * 3 + 2]!);
  f = claimFeatures(text, articleOf(index, cache, index.paragraphSource[paragraph]!).ctx);
  cache.features.set(sentence, f);
  return f;
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
  const nearby = [sentence - 1, sentence, sentence + 1].filter((s) => s >= 0 && s < cache.sentenceCount && index.sentences[s * 3] === paragraph);
  const features = nearby.map((s) => featuresOf(index, cache, s));
  // A sentence that names no one ("The two have maintained an open channel") is about the people
  // its paragraph names, as a page sentence is read against its paragraph's names (`contextNames`).
  const own = featuresOf(index, cache, sentence);
  const named = own.entities.length ? features : [...features, ...paragraphSentences(index, cache, paragraph).map((s) => featuresOf(index, cache, s))];
  claim = {
    features: mergeFeatures(features),
    nearbyNames: namesOf(named),
    articleNames: articleOf(index, cache, index.paragraphSource[paragraph]!).names,
  };
  cache.claims.set(sentence, claim);
  return claim;
}

/** One page sentence checked against one source: its best sentence there and the verifier's verdict. */
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
export function explainClaims(par: PageParagraph, index: ProvenanceIndex, source: number, page?: PageClaimContext): ClaimExplanation[] {
  const ctx = page ?? pageClaimContext([par.text], index);
  const cache = indexCache(index);
  return claimUnits(par, ctx).map((unit) => {
    const candidates = retrieve(unit.terms, index, cache)
      .filter((s) => index.paragraphSource[index.sentences[s * 3]!] === source)
      .map((s) => {
        const p = index.sentences[s * 3]!;
        const claim = sourceClaim(index, cache, s);
        return {
          text: index.paragraphs[p]!.slice(index.sentences[s * 3 + 1]!, index.sentences[s * 3 + 2]!),
          features: claim.features,
          verdict: verifyClaim(unit.features, unit.context, claim, cache.weigh, unit.clause),
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
  const has = (key: number) => lookup(index.claimTerms, key).length > 0;
  return {
    isTerm: (stem) => has(contentTermKey(stem)),
    isName: (word) => has(nameTermKey(canonicalName(word))) && !has(contentTermKey(contentStem(word))),
  };
}
