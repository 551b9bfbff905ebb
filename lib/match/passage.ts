import type { ProvenanceIndex } from '../index/model';
import { lookup } from '../index/posting-table';
import { tokenize, type Token } from '../text/tokenize';
import { fingerprints } from './fingerprint';
import { joinAgainst, tile, type Tile } from './align';
import type { Candidate } from './candidate';
import { tokenRange, type PageParagraph } from './page-paragraph';
import { sourceSentences } from './source-text';

/**
 * Thresholds of the passage tier. Measured with `npm run bench:accuracy` on the
 * seeds and the development set, and on the 129 unrelated pages of the
 * Readability corpus (no match there at these values).
 */
export const PASSAGE = {
  /** Shortest run of equal words that counts: shorter runs are common phrases ("the White House on"). */
  minTile: 4,
  /** A paragraph is carried when this share of its words is covered... */
  paragraphCoverage: 0.5,
  /** ...and at least this many words (a paragraph of nine words is judged by its sentences). */
  minCoveredWords: 10,
  /** Or when one of its sentences of `minSentenceWords`+ words is covered at this share. */
  sentenceCoverage: 0.7,
  minSentenceWords: 10,
  /** Candidate source paragraphs aligned per page paragraph, strongest fingerprint overlap first. */
  maxCandidates: 24,
};

/**
 * The passage tier: sources that carry a paragraph in the same or nearly the
 * same words. Winnowed fingerprints find candidate source paragraphs; greedy
 * string tiling aligns the page paragraph against each source's candidates
 * (reordered clauses included) and gives the matched spans on both sides.
 */
export function matchPassages(par: PageParagraph, index: ProvenanceIndex, exclude?: number): Candidate[] {
  if (par.words.length < PASSAGE.minTile) return [];
  // Count fingerprint hits per source paragraph.
  const hits = new Map<number, number>();
  for (const fp of fingerprints(par.words)) {
    for (const p of lookup(index.passages, fp)) hits.set(p, (hits.get(p) ?? 0) + 1);
  }
  if (!hits.size) return [];
  const bySource = new Map<number, number[]>();
  const ranked = [...hits.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, PASSAGE.maxCandidates);
  for (const [p] of ranked) {
    const s = index.paragraphSource[p]!;
    if (s === exclude) continue;
    const list = bySource.get(s);
    if (list) list.push(p);
    else bySource.set(s, [p]);
  }
  const out: Candidate[] = [];
  for (const [source, paras] of bySource) {
    const c = alignWithSource(par, index, source, paras.sort((a, b) => a - b));
    if (c) out.push(c);
  }
  return out;
}

function alignWithSource(par: PageParagraph, index: ProvenanceIndex, source: number, paras: number[]): Candidate | null {
  // The source's candidate paragraphs, in order, as one run of words. A
  // compound written as one word on one side and two on the other ("back
  // channel", "backchannel") is one word on both.
  const sourceTokens = paras.map((p) => tokenize(index.paragraphs[p]!));
  const sourceNorms = new Set(sourceTokens.flat().map((t) => t.norm));
  const pageTokens = joinAgainst(par.tokens, sourceNorms, par.text);
  const pageNorms = new Set(pageTokens.map((t) => t.norm));
  const words: string[] = [];
  const origin: Array<{ paragraph: number; token: Token }> = [];
  paras.forEach((p, k) => {
    for (const token of joinAgainst(sourceTokens[k]!, pageNorms, index.paragraphs[p]!)) {
      words.push(token.norm);
      origin.push({ paragraph: p, token });
    }
  });
  const pageWords = pageTokens.map((t) => t.norm);
  const tiles = tile(pageWords, words, PASSAGE.minTile);
  if (!tiles.length) return null;
  const coveredAt = new Uint8Array(pageWords.length);
  for (const t of tiles) coveredAt.fill(1, t.aStart, t.aStart + t.length);
  const covered = tiles.reduce((n, t) => n + t.length, 0);
  const coverage = covered / pageWords.length;

  let best = coverage >= PASSAGE.paragraphCoverage && covered >= PASSAGE.minCoveredWords ? coverage : 0;
  for (const s of par.sentences) {
    const [from, to] = tokenRange(pageTokens, s);
    const n = to - from;
    if (n < PASSAGE.minSentenceWords) continue;
    let c = 0;
    for (let i = from; i < to; i++) c += coveredAt[i]!;
    if (c / n >= PASSAGE.sentenceCoverage && c >= PASSAGE.minSentenceWords) best = Math.max(best, Math.max(coverage, c / n));
  }
  if (!best) return null;

  const first = tiles[0]!;
  const last = tiles[tiles.length - 1]!;
  const span = { start: pageTokens[first.aStart]!.start, end: pageTokens[last.aStart + last.length - 1]!.end };
  const shown = sourceSpanOf(tiles, origin);
  const { text: sourceText, span: sourceSpan } = sourceSentences(index, shown.paragraph, shown.span);
  // Words inside the page's quotes are the quote tier's business: a paragraph
  // carried mostly through its quoted words is reported as a quote match.
  let inQuotes = 0;
  for (const q of par.quotes) {
    const [from, to] = tokenRange(pageTokens, q);
    for (let i = from; i < to; i++) inQuotes += coveredAt[i]!;
  }
  const kind = inQuotes >= 0.8 * covered ? 'quote' : 'passage';
  return { source, kind, score: round(best), span, sourceText, sourceSpan, coveredWords: covered };
}

/** The source paragraph with most covered words, and the span of those words in it. */
function sourceSpanOf(tiles: readonly Tile[], origin: ReadonlyArray<{ paragraph: number; token: Token }>) {
  const perParagraph = new Map<number, { n: number; start: number; end: number }>();
  for (const t of tiles) {
    for (let k = t.bStart; k < t.bStart + t.length; k++) {
      const { paragraph, token } = origin[k]!;
      const e = perParagraph.get(paragraph);
      if (!e) perParagraph.set(paragraph, { n: 1, start: token.start, end: token.end });
      else {
        e.n++;
        e.start = Math.min(e.start, token.start);
        e.end = Math.max(e.end, token.end);
      }
    }
  }
  const [paragraph, e] = [...perParagraph.entries()].sort((x, y) => y[1].n - x[1].n || x[0] - y[0])[0]!;
  return { paragraph, span: { start: e.start, end: e.end } };
}

/** Scores are reported to two decimals: finer digits are noise. */
export function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
