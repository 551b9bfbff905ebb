import type { ProvenanceIndex } from '../index/model';
import type { Match, MatchKind, OutletReport, PageReport, ParagraphReport, SourceRef } from '../types';
import { furnitureReason } from '../index/furniture';
import { extractQuotes } from '../text/quotes';
import { preparePageParagraph, type PageParagraph } from './page-paragraph';
import { matchPassages, type FigureConflict } from './passage';
import { matchQuotes, MIN_QUOTE_WORDS } from './quote';
import { matchClaims, namesReplaced, pageClaimContext, paragraphContextNames, storyAgrees } from '../claim/claim';
import { stronger, type Candidate } from './candidate';
import { HEADLINE, matchHeadline } from '../claim/units/headline';
import { hasWords } from '../text/tokenize';
import { sourceTitle } from './source-title';
import { isShadowed, originOf } from '../index/segments';
import { findSourceByUrl } from '../index/source-keys';

/** The page as extraction hands it to matching. */
export interface PageInput {
  title: string | null;
  readerable: boolean;
  paragraphs: readonly string[];
  /** The page's address, where known: tells a page that is itself an indexed article. */
  url?: string | null;
}

/** Options of `matchPage`. */
export interface MatchOptions {
  /** The tiers to run (all three by default): the accuracy benchmark measures each alone. */
  tiers?: readonly MatchKind[];
}

const ALL_TIERS: readonly MatchKind[] = ['passage', 'quote', 'claim'];

/** Bounds on matching work per page, whatever the page. */
export const MATCH_LIMITS = {
  /** Words matched per page; paragraphs past this budget are reported unmatched. */
  maxWords: 150_000,
  /**
   * Words read by the claim tier, the costliest per word: a news article is
   * a few thousand words; past this a page is a book or a dump, and its
   * further paragraphs are matched by their words (passages, quotes) only.
   */
  maxClaimWords: 30_000,
};

/**
 * A verbatim match (passage or quote) of fewer words than this is a phrase
 * that another story may use too ("an open channel of communication",
 * "eight children had been reunited with their families in the past 24
 * hours"): it counts only where the page's paragraph is about the source's
 * story (`storyAgrees`). Longer runs are evidence enough on their own; a
 * sentence of a news story is about 20 words.
 */
export const SHORT_MATCH_WORDS = 20;

/**
 * A page that carries this share of an indexed article's words, verbatim, is
 * that article (a saved copy, a reprint under the same name): it is reported
 * as `self` and not as its own match.
 */
export const SELF_COVERAGE = 0.8;

/**
 * Runs the three tiers over a page's paragraphs and assembles the report that
 * `check --json` prints and the extension draws. Pure: same input and index,
 * same report.
 */
export function matchPage(page: PageInput, index: ProvenanceIndex, options: MatchOptions = {}): PageReport {
  const tiers = new Set(options.tiers ?? ALL_TIERS);
  const texts = page.paragraphs;
  // Quotes are found over the whole article, so a quote running over
  // paragraphs is found; each paragraph then matches its own segments.
  const quoteSpans: Array<Array<{ start: number; end: number }>> = texts.map(() => []);
  for (const q of extractQuotes(texts)) {
    if (!hasWords(q.text, MIN_QUOTE_WORDS)) continue;
    for (const s of q.segments) quoteSpans[s.paragraph]?.push({ start: s.start, end: s.end });
  }
  const prepared: PageParagraph[] = texts.map((t, i) => preparePageParagraph(i, t, quoteSpans[i]));

  const selfByUrl = sourceByUrl(index, page.url);
  // The claim tier reads the paragraphs within its budget as one article (their names, their roles).
  let claimed = 0;
  for (let words = 0; claimed < prepared.length && (words += prepared[claimed]!.wordCount) <= MATCH_LIMITS.maxClaimWords;) claimed++;
  const claimContext = pageClaimContext(texts.slice(0, claimed), index);
  let budget = MATCH_LIMITS.maxWords;
  const perParagraph: Candidate[][] = prepared.map((par) => {
    budget -= par.wordCount;
    if (budget < 0) return [];
    const best = new Map<number, Candidate>();
    const conflicts: FigureConflict[] = [];
    for (const c of [
      ...(tiers.has('passage') ? matchPassages(par, index, selfByUrl, conflicts) : []),
      ...(tiers.has('quote') ? matchQuotes(par, index, selfByUrl) : []),
      ...(tiers.has('claim') && par.index < claimed ? matchClaims(par, index, selfByUrl, claimContext) : []),
    ]) {
      // Another segment's copy of a source already in an earlier segment is never reported (segments.ts).
      if (isShadowed(index, c.source)) continue;
      if (c.kind !== 'claim' && c.coveredWords < SHORT_MATCH_WORDS && !storyAgrees(index, c.source, paragraphContextNames(claimContext, par.index))) continue;
      // Longer runs too, where their own names are all the source's strangers: the same words of another party.
      if (c.kind === 'passage' && namesReplaced(index, c.source, claimContext, par, c.span)) continue;
      // A sentence whose figure the source's same words contradict is not that source's claim either.
      if (c.kind === 'claim' && conflicts.some((f) => f.source === c.source && f.span.start < c.span.end && f.span.end > c.span.start)) continue;
      const prev = best.get(c.source);
      if (!prev || stronger(c, prev)) best.set(c.source, c);
    }
    // Page furniture (a disclaimer, a newsletter box) never matches; asked only of a paragraph that did.
    return best.size && !furnitureReason(par.text) ? [...best.values()] : [];
  });

  const self = selfByUrl ?? selfByCoverage(index, perParagraph);
  if (tiers.has('claim') && isHeadline(page, claimed)) {
    const story = storySources(index, perParagraph, self);
    const headline = perParagraph[0]!;
    const missing = story.filter((s) => !headline.some((c) => c.source === s));
    if (missing.length && !furnitureReason(texts[0]!)) headline.push(...matchHeadline(prepared[0]!, index, missing, claimContext));
  }
  const paragraphs: ParagraphReport[] = prepared.map((par, i) => {
    const matches = perParagraph[i]!.filter((c) => c.source !== self)
      .sort((a, b) => b.score - a.score || bySourceId(index, a.source, b.source))
      .map((c) => toMatch(c, index));
    const report: ParagraphReport = { index: par.index, text: par.text, matches };
    if (matches.length) report.earliest = earliestOf(matches);
    return report;
  });
  return {
    schema: 1,
    title: page.title,
    readerable: page.readerable,
    self: self === undefined ? null : ref(index, self),
    paragraphs,
    outlets: outletsOf(paragraphs),
    indexVersion: index.version,
  };
}

// The page's first paragraph is its headline where extraction took it for the title, and the claim tier reads it.
function isHeadline(page: PageInput, claimed: number): boolean {
  return claimed > 0 && !!page.title && page.paragraphs[0] === page.title;
}

/** Sources whose story the page tells: they carry `HEADLINE.storyParagraphs` of its body paragraphs; most first. */
function storySources(index: ProvenanceIndex, perParagraph: readonly Candidate[][], self: number | undefined): number[] {
  const carried = new Map<number, number>();
  perParagraph.forEach((cands, i) => {
    if (i > 0) for (const c of cands) if (c.source !== self) carried.set(c.source, (carried.get(c.source) ?? 0) + 1);
  });
  return [...carried]
    .filter(([, n]) => n >= HEADLINE.storyParagraphs)
    .sort((a, b) => b[1] - a[1] || bySourceId(index, a[0], b[0]))
    .map(([s]) => s);
}

// Ties go by source id, not by number: a composed index numbers sources in segment order, and the report must not depend on it.
function bySourceId(index: ProvenanceIndex, a: number, b: number): number {
  const x = index.sources[a]!.id,
    y = index.sources[b]!.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

function ref(index: ProvenanceIndex, source: number): SourceRef {
  const s = index.sources[source]!;
  return s.outlet ? { sourceId: s.id, outlet: s.outlet } : { sourceId: s.id, outlet: null, sourceTitle: sourceTitle(index, source) };
}

function toMatch(c: Candidate, index: ProvenanceIndex): Match {
  const s = index.sources[c.source]!;
  const m: Match = {
    sourceId: s.id,
    outlet: s.outlet,
    origin: originOf(index, c.source),
    kind: c.kind,
    score: c.score,
    sourceText: c.sourceText,
    published: s.published,
    span: c.span,
    sourceSpan: c.sourceSpan,
  };
  if (!s.outlet) m.sourceTitle = sourceTitle(index, c.source);
  if (s.url) m.url = s.url;
  if (c.variant) m.variant = c.variant;
  return m;
}

/** The earliest-dated carrier of a paragraph; null where none is dated. */
function earliestOf(matches: readonly Match[]): string | null {
  const dated = matches.filter((m) => m.published).sort((a, b) => a.published!.localeCompare(b.published!) || a.sourceId.localeCompare(b.sourceId));
  return dated[0]?.sourceId ?? null;
}

function outletsOf(paragraphs: readonly ParagraphReport[]): OutletReport[] {
  const out = new Map<string, OutletReport>();
  for (const p of paragraphs) {
    for (const m of p.matches) {
      let o = out.get(m.sourceId);
      if (!o) {
        o = { sourceId: m.sourceId, outlet: m.outlet, published: m.published, origin: m.origin, paragraphs: 0, kinds: { passage: 0, quote: 0, claim: 0 } };
        if (m.sourceTitle) o.sourceTitle = m.sourceTitle;
        if (m.url) o.url = m.url;
        out.set(m.sourceId, o);
      }
      o.paragraphs++;
      o.kinds[m.kind]++;
    }
  }
  return [...out.values()].sort((a, b) => b.paragraphs - a.paragraphs || a.sourceId.localeCompare(b.sourceId));
}

function sourceByUrl(index: ProvenanceIndex, url: string | null | undefined): number | undefined {
  return url ? findSourceByUrl(index, url, (source) => !isShadowed(index, source)) : undefined;
}

function selfByCoverage(index: ProvenanceIndex, perParagraph: Candidate[][]): number | undefined {
  const covered = new Map<number, number>();
  for (const cands of perParagraph) {
    for (const c of cands) if (c.kind !== 'claim') covered.set(c.source, (covered.get(c.source) ?? 0) + c.coveredWords);
  }
  let best: number | undefined;
  let bestShare = SELF_COVERAGE;
  for (const [s, n] of covered) {
    const share = n / Math.max(1, index.sourceWords[s]!);
    if (share >= bestShare) {
      best = s;
      bestShare = share;
    }
  }
  return best;
}
