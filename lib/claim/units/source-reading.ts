import type { ProvenanceIndex } from '../../index/model';
import { postingCount } from '../../index/posting-table';
import { windowHolds } from './source-window';
import { NameKnowledge } from '../retrieval/name-knowledge';
import { mentionsRole } from '../retrieval/name-gate';
import { articleContext, claimFeatures, contentTermKey, nameTermKey, type ArticleContext, type ClaimFeatures, type Lexicon } from '../reading/terms';
import { contentStem } from '../../text/stems';
import { canonicalName } from '../../text/aliases';
import { mergeFeatures, namesOf, type SourceClaim } from '../verification/parts';
import { fnv1a } from '../../text/hash';
import { sentenceCount, sentenceParagraph, sentenceStart, sentenceEnd, sentenceText } from './sentence-table';

/** Per-index state built on first use: sentence features, article contexts, term weights. */
export interface IndexCache {
  lexicon: Lexicon;
  /** Inverse document frequency of a part among the index's sentences. */
  weigh: (key: string) => number;
  sentenceCount: number;
  features: Map<number, ClaimFeatures>;
  claims: Map<number, SourceClaim>;
  /** Whole source articles read as one passage, for headlines. */
  wholeArticles: Map<number, SourceClaim>;
  /** Source articles' ledes (first two paragraphs). */
  ledes: Map<number, ClaimFeatures>;
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
/** Term weights remembered: a number each. */
const IDF_ENTRIES = 200_000;

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_ENTRIES) memo.clear();
  memo.set(key, value);
  return value;
}

// A term's weight is log(1 + (n - df + .5) / (df + .5)), df its global sentence count, n the index's
// sentence count capped at one story's sources (RARITY_SCALE, at least df): other stories added to the
// index leave the weight of a term they do not use as it was. Measured in docs/claim-rules.md.
const RARITY_SCALE = 150;

const caches = new WeakMap<ProvenanceIndex, IndexCache>();

export function indexCache(index: ProvenanceIndex): IndexCache {
  let c = caches.get(index);
  if (c) return c;
  const sentences = sentenceCount(index);
  const idf = new Map<string, number>();
  const lexicon = indexLexicon(index);
  c = {
    lexicon,
    weigh: (key) => {
      let w = idf.get(key);
      if (w === undefined) {
        const df = postingCount(index.claimTerms, fnv1a(key));
        const n = Math.max(Math.min(sentences, RARITY_SCALE), df);
        w = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        // Every page brings its own words: bounded, as the other memos are (a number each, so more of them).
        if (idf.size >= IDF_ENTRIES) idf.clear();
        idf.set(key, w);
      }
      return w;
    },
    sentenceCount: sentences,
    features: new Map(),
    claims: new Map(),
    wholeArticles: new Map(),
    ledes: new Map(),
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

export function featuresOf(index: ProvenanceIndex, cache: IndexCache, sentence: number): ClaimFeatures {
  const f = cache.features.get(sentence);
  if (f) return f;
  const paragraph = sentenceParagraph(index, sentence);
  const text = sentenceText(index, sentence);
  // A sentence is read with its whole article only where it names a role the article may bind to
  // a name ("the first lady said"); otherwise the index's lexicon tells which of its capitalised
  // words are names, and the article is not read: reading articles was most of the claim tier's
  // time on a large index, where each page's candidates come from many articles.
  const ctx = mentionsRole(text) ? articleOf(index, cache, index.paragraphSource[paragraph]!) : cache.plain;
  return remember(cache.features, sentence, claimFeatures(text, ctx));
}

// The sentences of a source paragraph: they are numbered in order, paragraph by paragraph, so a
// binary search finds the first (the cost must not grow with the index).
export function paragraphSentences(index: ProvenanceIndex, cache: IndexCache, paragraph: number): number[] {
  let lo = 0;
  let hi = cache.sentenceCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentenceParagraph(index, mid) < paragraph) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let s = lo; s < cache.sentenceCount && sentenceParagraph(index, s) === paragraph; s++) out.push(s);
  return out;
}

export function sourceClaim(index: ProvenanceIndex, cache: IndexCache, sentence: number): SourceClaim {
  let claim = cache.claims.get(sentence);
  if (claim) return claim;
  const paragraph = sentenceParagraph(index, sentence);
  const nearby = [sentence - 1, sentence, sentence + 1].filter((s) => windowHolds(index, sentence, s));
  const features = nearby.map((s) => featuresOf(index, cache, s));
  // A sentence that names no one ("The two have maintained an open channel") is about the people
  // its paragraph names, as a page sentence is read against its paragraph's names (`contextNames`).
  const own = featuresOf(index, cache, sentence);
  const named = own.entities.length ? features : [...features, ...paragraphSentences(index, cache, paragraph).map((s) => featuresOf(index, cache, s))];
  claim = {
    features: mergeFeatures(features),
    own,
    nearbyNames: cache.knowledge.nameSet(namesOf(named)),
    articleNames: cache.knowledge.namesOf(index.paragraphSource[paragraph]!),
    article: () => articleClaim(index, index.paragraphSource[paragraph]!).features,
    lede: () => articleLede(index, index.paragraphSource[paragraph]!),
  };
  return remember(cache.claims, sentence, claim);
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
  for (let p = index.sourceStart[source]!; p < index.sourceStart[source + 1]!; p++)
    for (const s of paragraphSentences(index, cache, p)) features.push(featuresOf(index, cache, s));
  const merged = mergeFeatures(features);
  return remember(cache.wholeArticles, source, {
    features: merged,
    nearbyNames: cache.knowledge.nameSet(namesOf(features)),
    articleNames: cache.knowledge.namesOf(source),
  });
}

/** A source article's first two paragraphs read as one passage (`event-identity`: the day it reports). */
export function articleLede(index: ProvenanceIndex, source: number): ClaimFeatures {
  const cache = indexCache(index);
  const known = cache.ledes.get(source);
  if (known) return known;
  const features: ClaimFeatures[] = [];
  for (let p = index.sourceStart[source]!; p < Math.min(index.sourceStart[source]! + 2, index.sourceStart[source + 1]!); p++)
    for (const s of paragraphSentences(index, cache, p)) features.push(featuresOf(index, cache, s));
  return remember(cache.ledes, source, mergeFeatures(features));
}

/** What a headline match shows of its source: the source's own headline, else its first sentence. */
export function articleHeadline(index: ProvenanceIndex, source: number): string {
  const title = index.sources[source]!.title;
  if (title) return title;
  const paragraph = index.sourceStart[source]!;
  const [first] = paragraphSentences(index, indexCache(index), paragraph);
  const text = index.paragraphs[paragraph] ?? '';
  return first === undefined ? text : text.slice(sentenceStart(index, first), sentenceEnd(index, first));
}

/** How the claim tier weighs a part of a sentence by its index key (inverse document frequency among the index's sentences, counted as in one story's: `RARITY_SCALE`). */
export function indexWeigh(index: ProvenanceIndex): (key: string) => number {
  return indexCache(index).weigh;
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
