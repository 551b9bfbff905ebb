import type { ProvenanceIndex } from '../../index/model';
import { lookup, postingCount } from '../../index/posting-table';
import { forEachClaimTerm, type ClaimFeatures, type ClaimTermKind } from '../reading/terms';
import { lowestBar } from '../verification/verify';
import { CLAIM_VERIFY, UNSEEN } from '../verification/thresholds';
import { fnv1a } from '../../text/hash';
import { ruleOn } from '../rule-ids';
import { windowCrosses } from '../units/source-window';
import { sentenceParagraph, sentenceSource } from '../units/sentence-table';

/** Retrieval parameters of the claim tier. */
export const RETRIEVE = {
  /**
   * Source sentences verified per source and page sentence, most shared
   * information first: one source's many similar sentences must not crowd
   * out another's one.
   */
  candidatesPerSource: 6,
  /**
   * Candidate sentences verified per page sentence, over all sources: the
   * verifier's work must not grow with the index. The best-ranked are kept.
   */
  maxCandidates: 40,
  /**
   * Terms found in more than this share of the index's sentences, or with
   * more postings than `maxPostings`, are not walked: a common word's list in
   * a 100,000-article index is hundreds of thousands of sentences long, and
   * its weight is small. Such a term is counted as present in every
   * candidate when bounding (below), so skipping it never drops a sentence
   * the verifier would keep.
   */
  maxDocumentShare: 0.2,
  maxPostings: 5000,
  /**
   * Windows met by the rarest terms before the commoner ones only complete
   * them: the "continue" strategy of Moffat and Zobel ("Self-indexing
   * inverted files for fast text retrieval", 1996), which bounds the work
   * per page sentence whatever the index's size. A window that shares none
   * of the sentence's rarer terms is the least likely to state its fact.
   * The one place where retrieval may drop a window the verifier would keep:
   * the development set never reaches this many (its index is five articles).
   */
  maxWindows: 4000,
  /**
   * Only terms with at most this many postings meet new windows (the
   * rarest term does where none has so few): a window must share one of the
   * sentence's rarer words, names or figures to be considered at all, so the
   * postings walked per sentence stop growing with the index. Below about
   * 40,000 sentences (1,500 articles) no term of a news sentence that could
   * be shared has more, and nothing changes; in a 100,000-article index it
   * keeps "Trump" and "said" from proposing a million windows.
   */
  seedPostings: 1000,
  /**
   * The bound below is computed from the index's terms, which the builder
   * read without the finished index's lexicon (a compound it did not know, a
   * capitalised word it did not yet know as a name): the verifier's own
   * reading of a source sentence can share a little more with the page. A
   * candidate is dropped only where its bound falls short by this margin.
   */
  slack: 0.8,
};

/** A page sentence's term as retrieval walks it. */
interface QueryTerm {
  key: number;
  kind: ClaimTermKind;
  /** Information it carries where shared (content, figures, dates); names carry none (see `verifyClaim`). */
  weight: number;
  df: number;
}

/** What a window shares with the page sentence (or what the terms not walked may add to it). */
interface Shared {
  /** Shared information: the verifier's numerator, from the index's terms. */
  weight: number;
  content: number;
  /** Dates shared: with content words, they make up the verifier's `minContent`. */
  dates: number;
  /** Figures shared: one lowers the bar; with content words and dates, they make up `minContent` (`figures-as-content`). */
  figures: number;
}

/** A source window (a sentence and its neighbours, `windowHolds`): what it shares, and the last term credited. */
interface Window extends Shared {
  lastTerm: number;
}

/** What retrieval needs of an index: the weight of a term key and the size of the collection. */
export interface RetrievalStats {
  sentenceCount: number;
  /** Inverse document frequency of a term key ("c:child") among the index's sentences. */
  weigh: (key: string) => number;
}

/**
 * Source sentences that may state the page sentence's fact, best first.
 *
 * The verifier (`verifyClaim`) reads a source sentence with its neighbours
 * (`windowHolds`), and keeps it only where the two share at least
 * `minContent` content words or dates and enough of the page sentence's information:
 * a share of its weight and an absolute amount, at the least `lowestBar`
 * (less where a figure agrees). Retrieval computes the same quantities from
 * the index's postings for every window it meets, and
 * keeps only windows whose upper bound passes: a random sentence sharing a
 * common word or two, which is most of what a large index returns, is never
 * read. Terms are walked rarest first, and once the weight of the terms left
 * could not by itself make a new window pass, the rest meet no new windows
 * (max-score pruning, Turtle and Flood, "Query evaluation: strategies and
 * optimizations", 1995): their lists are merged with the windows already
 * met. This is what keeps the claim tier's time flat as the index grows.
 */
export function retrieveClaimCandidates(
  features: ClaimFeatures,
  index: ProvenanceIndex,
  stats: RetrievalStats,
  exclude?: number,
  accept: (source: number) => boolean = () => true,
): number[] {
  const n = stats.sentenceCount;
  if (!n) return [];
  const terms = queryTerms(features, index, stats);
  // The weight of a word found nowhere in the index, as the verifier weighs it.
  const unseen = stats.weigh(UNSEEN);
  const pageWeight = terms.reduce((w, t) => w + t.weight, 0);
  const bar = (figure: boolean, content: number) => lowestBar(pageWeight, unseen, figure, content) * RETRIEVE.slack;
  // What a window needs, at the least: where the sentence states a figure, one that agrees, and every content word shared.
  const need = bar(features.numbers.length > 0, Infinity);

  const walkable = (t: QueryTerm) => t.df > 0 && t.df <= Math.min(RETRIEVE.maxDocumentShare * n + 1, RETRIEVE.maxPostings);
  // Rarest first; names (no weight of their own) by their rarity too.
  const order = terms.filter(walkable).sort((a, b) => a.df - b.df || a.key - b.key);
  // What is not walked is assumed shared by every window: the bound stays an upper bound.
  const unknown: Shared = { weight: 0, content: 0, dates: 0, figures: 0 };
  for (const t of terms) if (!walkable(t) && t.df > 0) add(unknown, t);
  let left = order.reduce((w, t) => w + t.weight, 0);

  const windows = new Map<number, Window>();
  // Whether a source passes `accept`, asked once per source.
  const accepted = new Map<number, boolean>();
  const accepts = (source: number) => {
    let a = accepted.get(source);
    if (a === undefined) accepted.set(source, (a = source !== exclude && accept(source)));
    return a;
  };
  let k = 0;
  for (; k < order.length; k++) {
    // No window not yet met can reach `need` with what is left, enough are met, or the terms
    // left are too common to propose windows (past the first): stop meeting new ones.
    if (left + unknown.weight < need || windows.size >= RETRIEVE.maxWindows || (k > 0 && order[k]!.df > RETRIEVE.seedPostings)) break;
    const t = order[k]!;
    left -= t.weight;
    for (const s of lookup(index.claimTerms, t.key)) {
      const paragraph = sentenceParagraph(index, s);
      if (!accepts(index.paragraphSource[paragraph]!)) continue;
      // The sentence, and the sentences either side of it whose windows hold it.
      for (let center = Math.max(0, s - 1); center <= s + 1 && center < n; center++) {
        // Same paragraph (one comparison), else the wire-copy rule (`windowHolds`).
        if (sentenceParagraph(index, center) !== paragraph && !windowCrosses(index, center, s)) continue;
        let w = windows.get(center);
        if (!w) {
          w = { weight: 0, content: 0, dates: 0, figures: 0, lastTerm: -1 };
          windows.set(center, w);
        }
        credit(w, t, k);
      }
    }
  }
  // The commoner terms left only complete the windows already met: each list
  // is merged with the sorted centres, without a look-up per posting. Before
  // each, windows that can no longer pass, even with every term left, are
  // dropped, and so are windows of sources that cannot pass the names test.
  let centers = Float64Array.from(windows.keys()).sort();
  for (; k < order.length; k++) {
    centers = centers.filter((c) => windows.get(c)!.weight + left + unknown.weight >= need);
    if (!centers.length) break;
    const t = order[k]!;
    left -= t.weight;
    const postings = lookup(index.claimTerms, t.key);
    let j = 0;
    for (let i = 0; i < centers.length; i++) {
      const c = centers[i]!;
      while (j < postings.length && postings[j]! < c - 1) j++;
      for (let q = j; q < postings.length && postings[q]! <= c + 1; q++) {
        if (sentenceParagraph(index, postings[q]!) === sentenceParagraph(index, c) || windowCrosses(index, c, postings[q]!)) {
          credit(windows.get(c)!, t, k);
          break;
        }
      }
    }
  }

  const passing: Array<[number, number]> = [];
  for (const center of centers) {
    const w = windows.get(center)!;
    if (w.weight + unknown.weight < bar(w.figures + unknown.figures > 0, w.content + unknown.content)) continue;
    const figures = ruleOn('figures-as-content') ? w.figures + unknown.figures : 0;
    if (w.content + w.dates + unknown.content + unknown.dates + figures < CLAIM_VERIFY.minContent) continue;
    passing.push([center, w.weight]);
  }
  passing.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const perSource = new Map<number, number>();
  const out: number[] = [];
  for (const [s] of passing) {
    const source = sentenceSource(index, s);
    const taken = perSource.get(source) ?? 0;
    if (taken >= RETRIEVE.candidatesPerSource) continue;
    perSource.set(source, taken + 1);
    out.push(s);
    if (out.length >= RETRIEVE.maxCandidates) break;
  }
  return out;
}

// A window meets each term once, however many of its sentences hold it.
function credit(w: Window, t: QueryTerm, term: number): void {
  if (w.lastTerm === term) return;
  w.lastTerm = term;
  add(w, t);
}

function add(into: Shared, t: QueryTerm): void {
  into.weight += t.weight;
  if (t.kind === 'c') into.content++;
  if (t.kind === 't') into.dates++;
  if (t.kind === 'n') into.figures++;
}

// The page sentence's terms, as the index files source sentences (`forEachClaimTerm`), each once.
function queryTerms(f: ClaimFeatures, index: ProvenanceIndex, stats: RetrievalStats): QueryTerm[] {
  const out = new Map<string, QueryTerm>();
  forEachClaimTerm(f, (kind, term) => {
    const prev = out.get(term);
    // The verifier counts a repeated date each time it is named.
    if (prev) {
      if (kind === 't') prev.weight += stats.weigh(term);
      return;
    }
    const key = fnv1a(term);
    out.set(term, { key, kind, weight: kind === 'e' ? 0 : stats.weigh(term), df: postingCount(index.claimTerms, key) });
  });
  return [...out.values()];
}
