import type { ProvenanceIndex } from '../index/model';
import { lookup } from '../index/posting-table';
import { tokenize, type Token } from '../text/tokenize';
import { joinAgainst, tile, type Tile } from './align';
import type { Candidate } from './candidate';
import { tokenRange, type PageParagraph } from './page-paragraph';
import { sourceSentences } from './source-text';
import type { Span } from '../types';
import { sentenceSpans } from '../text/sentences';
import { figuresDisagree, figuresOf, keysIn } from './figures';

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
  /** Words either side of an aligned run, on both sides, compared for figures ("figures must agree"). */
  figureEdge: 3,
};

/** A page sentence whose figure differs from a source's in the same words: not carried by that source, in any tier. */
export interface FigureConflict {
  source: number;
  span: Span;
}

/**
 * The passage tier: sources that carry a paragraph in the same or nearly the
 * same words. Winnowed fingerprints find candidate source paragraphs; greedy
 * string tiling aligns the page paragraph against each source's candidates
 * (reordered clauses included) and gives the matched spans on both sides.
 */
export function matchPassages(par: PageParagraph, index: ProvenanceIndex, exclude?: number, conflicts?: FigureConflict[]): Candidate[] {
  if (par.wordCount < PASSAGE.minTile) return [];
  // Count fingerprint hits per source paragraph.
  const hits = new Map<number, number>();
  for (const fp of par.fingerprints) {
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
    const c = alignWithSource(
      par,
      index,
      source,
      paras.sort((a, b) => a - b),
      conflicts,
    );
    if (c) out.push(c);
  }
  return out;
}

function alignWithSource(par: PageParagraph, index: ProvenanceIndex, source: number, paras: number[], found?: FigureConflict[]): Candidate | null {
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
  let tiles = tile(pageWords, words, PASSAGE.minTile);
  if (!tiles.length) return null;
  let best = carried(par, pageTokens, tiles);
  if (!best) return null;
  // Rule "figures must agree": a sentence whose figure differs from the source's at the same place is
  // not carried; the rest of the paragraph is, where it still passes on its own, with a span that leaves it out.
  const conflicts = figureConflicts(par.text, par.sentences, pageTokens, tiles, origin, index);
  if (conflicts.length) {
    const sentences = conflicts.map((i) => sentenceRange(par, pageTokens, i));
    for (const [from, to] of sentences) found?.push({ source, span: { start: pageTokens[from]!.start, end: pageTokens[to - 1]!.end } });
    tiles = withoutSentences(tiles, sentences);
    best = tiles.length ? carried(par, pageTokens, tiles) : 0;
    if (!best) return null;
  }
  const coveredAt = coverageOf(tiles, pageTokens.length);
  const covered = tiles.reduce((n, t) => n + t.length, 0);

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

function coverageOf(tiles: readonly Tile[], n: number): Uint8Array {
  const coveredAt = new Uint8Array(n);
  for (const t of tiles) coveredAt.fill(1, t.aStart, t.aStart + t.length);
  return coveredAt;
}

// The paragraph's score where the tiles carry it (half its words, or 70% of a sentence of 10+ words), else 0.
function carried(par: PageParagraph, pageTokens: readonly Token[], tiles: readonly Tile[]): number {
  const coveredAt = coverageOf(tiles, pageTokens.length);
  const covered = tiles.reduce((n, t) => n + t.length, 0);
  const coverage = covered / pageTokens.length;
  let best = coverage >= PASSAGE.paragraphCoverage && covered >= PASSAGE.minCoveredWords ? coverage : 0;
  for (const s of par.sentences) {
    const [from, to] = tokenRange(pageTokens, s);
    const n = to - from;
    if (n < PASSAGE.minSentenceWords) continue;
    let c = 0;
    for (let i = from; i < to; i++) c += coveredAt[i]!;
    if (c / n >= PASSAGE.sentenceCoverage && c >= PASSAGE.minSentenceWords) best = Math.max(best, Math.max(coverage, c / n));
  }
  return best;
}

/**
 * Page word positions where a figure differs from the source's at the same
 * place: the few words either side of each aligned run (a gap between two
 * runs, or an edge), within their sentence and source paragraph, compared by
 * `figuresDisagree`.
 */
function figureConflicts(
  text: string,
  sentences: readonly Span[],
  pageTokens: readonly Token[],
  tiles: readonly Tile[],
  origin: ReadonlyArray<{ paragraph: number; token: Token }>,
  index: ProvenanceIndex,
): number[] {
  const usedA = coverageOf(tiles, pageTokens.length);
  const usedB = new Uint8Array(origin.length);
  for (const t of tiles) usedB.fill(1, t.bStart, t.bStart + t.length);
  const out: number[] = [];
  for (const t of tiles) {
    for (const dir of [-1, 1] as const) {
      const a = edgeOf(
        t.aStart,
        t.aStart + t.length,
        dir,
        pageTokens.length,
        (i) => !usedA[i],
        (i, j) => !breaks(text, pageTokens[i]!, pageTokens[j]!),
      );
      const home = origin[dir < 0 ? t.bStart : t.bStart + t.length - 1]!.paragraph;
      const sourceText = index.paragraphs[home]!;
      const b = edgeOf(
        t.bStart,
        t.bStart + t.length,
        dir,
        origin.length,
        (k) => !usedB[k] && origin[k]!.paragraph === home,
        (k, l) => !breaks(sourceText, origin[k]!.token, origin[l]!.token),
      );
      if (a[0] === a[1] || b[0] === b[1]) continue;
      // figuresOf keeps the texts it read: asked again at each edge, it reads each paragraph once.
      const pageFigures = figuresOf(text);
      const figures = figuresOf(sourceText);
      const pageAt = { start: pageTokens[a[0]]!.start, end: pageTokens[a[1] - 1]!.end };
      const sourceAt = { start: origin[b[0]]!.token.start, end: origin[b[1] - 1]!.token.end };
      const page = { here: keysIn(pageFigures, pageAt), sentence: keysIn(pageFigures, sentenceAround(sentences, pageAt)) };
      const src = { here: keysIn(figures, sourceAt), sentence: keysIn(figures, sentenceAround(sentenceSpans(sourceText), sourceAt)) };
      if (figuresDisagree(page, src)) out.push(a[0]);
    }
  }
  return out;
}

// Positions [from, to) of up to `figureEdge` free words before (dir -1) or after (dir 1) the run [start, end).
function edgeOf(start: number, end: number, dir: -1 | 1, n: number, free: (i: number) => boolean, joined: (i: number, j: number) => boolean): [number, number] {
  let from = start;
  let to = end;
  for (let k = 0; k < PASSAGE.figureEdge; k++) {
    if (dir < 0 && from > 0 && free(from - 1) && joined(from - 1, from)) from--;
    else if (dir > 0 && to < n && free(to) && joined(to - 1, to)) to++;
    else break;
  }
  return dir < 0 ? [from, start] : [end, to];
}

// The sentence of `spans` that holds `at`; `at` itself where none does.
function sentenceAround(spans: readonly Span[], at: Span): Span {
  return spans.find((s) => s.start <= at.start && at.start < s.end) ?? at;
}

// A sentence, a clause (a semicolon) or an aside (a dash, brackets) ends between two words of a text:
// a dateline's date ("LONDON, Sept 1 (SWI) –") is not the figure of the sentence it heads.
function breaks(text: string, a: Token, b: Token): boolean {
  return /[.!?;()[\]\u2013\u2014]|\s-\s/.test(text.slice(a.end, b.start));
}

// The page sentence, as a word range, that holds word `i`.
function sentenceRange(par: PageParagraph, pageTokens: readonly Token[], i: number): [number, number] {
  for (const s of par.sentences) {
    const [from, to] = tokenRange(pageTokens, s);
    if (i >= from && i < to) return [from, to];
  }
  return [i, i + 1];
}

// The tiles, cut to the longest stretch of the page between the given sentences: the reported span leaves them out.
function withoutSentences(tiles: readonly Tile[], cut: ReadonlyArray<[number, number]>): Tile[] {
  const bounds = [...cut].sort((x, y) => x[0] - y[0]);
  const stretches: Array<[number, number]> = [];
  let at = 0;
  for (const [from, to] of bounds) {
    if (from > at) stretches.push([at, from]);
    at = Math.max(at, to);
  }
  stretches.push([at, Number.MAX_SAFE_INTEGER]);
  let best: Tile[] = [];
  for (const [lo, hi] of stretches) {
    const kept: Tile[] = [];
    for (const t of tiles) {
      const from = Math.max(lo, t.aStart);
      const to = Math.min(hi, t.aStart + t.length);
      if (to - from >= PASSAGE.minTile) kept.push({ aStart: from, bStart: t.bStart + (from - t.aStart), length: to - from });
    }
    if (kept.reduce((n, t) => n + t.length, 0) > best.reduce((n, t) => n + t.length, 0)) best = kept;
  }
  return best;
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
