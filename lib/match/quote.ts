import type { ProvenanceIndex } from '../index/model';
import { lookup } from '../index/posting-table';
import { tokenize, type Token } from '../text/tokenize';
import { hashWords } from '../text/hash';
import { joinCompounds, tile, type Tile } from './align';
import type { Candidate } from './candidate';
import { tokenRange, type PageParagraph } from './page-paragraph';
import { sourceSentences } from './source-text';
import { quoteVariant } from './quote-variant';
import { round } from './passage';
import { isStopword } from '../text/stopwords';
import { porterStem } from '../text/stems';
import type { Span } from '../types';
import { figuresOf, keysIn } from './figures';

/** Quotes shorter than this are phrases ("in good faith"), not quotations worth tracing. */
export const MIN_QUOTE_WORDS = 4;
/** Word n-gram used to look up source quotes: short enough that a 4-word quote with one changed word still shares one. */
export const QUOTE_GRAM = 3;

/** Thresholds of the quote tier. */
export const QUOTE = {
  /** Share of the shorter quote's words that must align with the other. */
  coverage: 0.75,
  /** Aligned words that are not stopwords: "that it is not" is no evidence. */
  minContentWords: 2,
  /** Shortest run of equal words in an alignment. */
  minTile: 2,
  maxCandidates: 64,
  /** Of those, the most that share a single 3-gram with the page's quote (`rankSourceQuotes`). */
  maxSingleGram: 16,
  /** Unaligned words at both quotes' edges taken into a variant's diff: a substituted last word or two. */
  edge: 3,
};

/**
 * The quote tier: sources that quote the same words, whatever surrounds them.
 * Each quoted span of the paragraph is looked up by its word 3-grams among the
 * sources' quotes and aligned word by word; where the words differ, the match
 * carries a variant (a word-level diff).
 */
export function matchQuotes(par: PageParagraph, index: ProvenanceIndex, exclude?: number): Candidate[] {
  const best = new Map<number, Candidate>();
  for (const q of par.quotes) {
    const [from, to] = tokenRange(par.tokens, q);
    const pageTokens = par.tokens.slice(from, to);
    if (pageTokens.length < MIN_QUOTE_WORDS) continue;
    const pageWords = pageTokens.map((t) => t.norm);
    const ranked = rankSourceQuotes(index, pageWords);
    for (const id of ranked) {
      const paragraph = index.quotes[id * 3]!;
      const source = index.paragraphSource[paragraph]!;
      if (source === exclude) continue;
      const c = alignQuote(par, q, pageTokens, index, source, paragraph, {
        start: index.quotes[id * 3 + 1]!,
        end: index.quotes[id * 3 + 2]!,
      });
      const prev = best.get(source);
      // The best quote of a source: highest share, then most words in common.
      if (c && (!prev || c.score > prev.score || (c.score === prev.score && c.coveredWords > prev.coveredWords))) best.set(source, c);
    }
  }
  return [...best.values()];
}

/**
 * Source quotes that share a word 3-gram with the page quote, at most
 * `QUOTE.maxCandidates`: those that share several grams, most first, then
 * those that share one. One gram in common is weak evidence, and in a large
 * index the commonest case: rule "one gram, rare grams first" takes at most
 * `QUOTE.maxSingleGram` of them, those whose gram fewest quotes hold first,
 * and none through a gram more quotes hold than the list has room for
 * ("we are going to", "at the end of"): which of those the list kept was
 * arbitrary, and aligning them was most of the tier's cost on a large index.
 */
function rankSourceQuotes(index: ProvenanceIndex, pageWords: readonly string[]): number[] {
  const hits = new Map<number, number>();
  // Per quote, how many quotes hold the first gram it shares: for a quote that shares one, its gram's.
  const firstGramQuotes = new Map<number, number>();
  for (let i = 0; i + QUOTE_GRAM <= pageWords.length; i++) {
    const quotes = lookup(index.quoteGrams, hashWords(pageWords, i, QUOTE_GRAM));
    for (const id of quotes) {
      const n = hits.get(id);
      if (n === undefined) firstGramQuotes.set(id, quotes.length);
      hits.set(id, (n ?? 0) + 1);
    }
  }
  const several: Array<[number, number]> = [];
  const single: Array<[number, number]> = [];
  for (const [id, n] of hits) {
    const df = firstGramQuotes.get(id)!;
    if (n > 1) several.push([id, n]);
    else if (df <= QUOTE.maxCandidates) single.push([id, df]);
  }
  several.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  single.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
  return [...several, ...single.slice(0, QUOTE.maxSingleGram)].slice(0, QUOTE.maxCandidates).map(([id]) => id);
}

function alignQuote(
  par: PageParagraph,
  pageQuote: Span,
  quoteTokens: Token[],
  index: ProvenanceIndex,
  source: number,
  paragraph: number,
  sourceQuote: Span,
): Candidate | null {
  const sourceParagraph = index.paragraphs[paragraph]!;
  const sourceQuoteTokens = tokenize(sourceParagraph.slice(sourceQuote.start, sourceQuote.end)).map((t) => ({
    ...t,
    start: t.start + sourceQuote.start,
    end: t.end + sourceQuote.start,
  }));
  // "back channel" on one side, "backchannel" on the other: one word on both.
  const [pageTokens, sourceTokens] = joinCompounds(quoteTokens, sourceQuoteTokens, par.text, sourceParagraph);
  const a = pageTokens.map((t) => t.norm);
  const b = sourceTokens.map((t) => t.norm);
  // Aligned on stems, so the noun a changed count inflects ("first robot arm", "first 100 robot arms")
  // still aligns; the variant's diff is of the words themselves.
  const tiles = tile(a.map(stemOf), b.map(stemOf), QUOTE.minTile);
  const covered = tiles.reduce((n, t) => n + t.length, 0);
  if (covered < MIN_QUOTE_WORDS) return null;
  let shorter = Math.min(a.length, b.length);
  // Rule "figures must agree": a figure the page's quote gives and the source's does not is the
  // variant (flagged significant), not a word missing from the alignment.
  if (covered / shorter < QUOTE.coverage)
    shorter = Math.min(a.length - changedFigureWords(par.text, pageTokens, tiles, sourceParagraph, sourceQuote), b.length);
  if (covered / shorter < QUOTE.coverage) return null;
  let content = 0;
  for (const t of tiles) for (let k = t.aStart; k < t.aStart + t.length; k++) if (!isStopword(a[k]!)) content++;
  if (content < QUOTE.minContentWords) return null;

  let aFrom = Math.min(...tiles.map((t) => t.aStart));
  let aTo = Math.max(...tiles.map((t) => t.aStart + t.length));
  let bFrom = Math.min(...tiles.map((t) => t.bStart));
  let bTo = Math.max(...tiles.map((t) => t.bStart + t.length));
  // Words that differ at the very edge of both quotes ("... involved in this
  // war" / "... in this work") belong to the comparison: widen the region by
  // up to EDGE words where both quotes go on.
  const head = Math.min(aFrom, bFrom, QUOTE.edge);
  aFrom -= head;
  bFrom -= head;
  const tail = Math.min(a.length - aTo, b.length - bTo, QUOTE.edge);
  aTo += tail;
  bTo += tail;
  const span = { start: pageTokens[aFrom]!.start, end: pageTokens[aTo - 1]!.end };
  const matchedSource = { start: sourceTokens[bFrom]!.start, end: sourceTokens[bTo - 1]!.end };
  const { text: sourceText, span: sourceSpan } = sourceSentences(index, paragraph, matchedSource);
  const variant = quoteVariant(
    { text: par.text, tokens: pageTokens, from: aFrom, to: aTo, quote: pageQuote },
    { text: sourceParagraph, tokens: sourceTokens, from: bFrom, to: bTo, quote: sourceQuote },
  );
  return {
    source,
    kind: 'quote',
    score: round(covered / shorter),
    span,
    sourceText,
    sourceSpan,
    coveredWords: covered,
    ...(variant ? { variant } : {}),
  };
}

function stemOf(word: string): string {
  return /\d/.test(word) ? word : porterStem(word);
}

// Page quote words left out of the alignment that belong to a figure the source's quote does not state.
function changedFigureWords(text: string, pageTokens: readonly Token[], tiles: readonly Tile[], sourceText: string, sourceQuote: Span): number {
  const used = new Uint8Array(pageTokens.length);
  for (const t of tiles) used.fill(1, t.aStart, t.aStart + t.length);
  const quote = { start: pageTokens[0]!.start, end: pageTokens[pageTokens.length - 1]!.end };
  const figures = figuresOf(text).filter((f) => f.start < quote.end && f.end > quote.start);
  if (!figures.length) return 0;
  const sourceKeys = new Set(keysIn(figuresOf(sourceText), sourceQuote));
  let n = 0;
  pageTokens.forEach((t, i) => {
    if (!used[i] && figures.some((f) => !sourceKeys.has(f.key) && f.start < t.end && f.end > t.start)) n++;
  });
  return n;
}
