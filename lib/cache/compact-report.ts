import type { PageReport, ParagraphReport } from '../types';

/** A matched paragraph as the cache keeps it: its text is the page's, so it is not stored. */
export type CompactParagraph = Omit<ParagraphReport, 'text'>;

/**
 * A report without the page's own text. The cache key already holds a hash of
 * that text, so the submission that hits the entry supplies it again: entries
 * stay small (only what matched) and the cache holds no copy of what was read.
 */
export interface CompactReport extends Omit<PageReport, 'paragraphs'> {
  paragraphCount: number;
  /** Only paragraphs with at least one match, in page order. */
  matched: CompactParagraph[];
}

/** Drops the page's text, and every paragraph that matched nothing. */
export function compactReport(report: PageReport): CompactReport {
  const { paragraphs, ...rest } = report;
  return {
    ...rest,
    paragraphCount: paragraphs.length,
    matched: paragraphs.filter((p) => p.matches.length).map(({ text: _text, ...p }) => p),
  };
}

/**
 * Rebuilds the full report from a compact one and the paragraphs that hit it;
 * null where they cannot belong together (then the entry is treated as a miss).
 */
export function restoreReport(compact: CompactReport, title: string | null, paragraphs: readonly string[]): PageReport | null {
  if (compact.paragraphCount !== paragraphs.length) return null;
  const byIndex = new Map(compact.matched.map((p) => [p.index, p]));
  if (compact.matched.some((p) => p.index < 0 || p.index >= paragraphs.length)) return null;
  const { paragraphCount: _n, matched: _m, ...rest } = compact;
  return {
    ...rest,
    title,
    paragraphs: paragraphs.map((text, index): ParagraphReport => {
      const p = byIndex.get(index);
      if (!p) return { index, text, matches: [] };
      const out: ParagraphReport = { index, text, matches: p.matches };
      if ('earliest' in p) out.earliest = p.earliest;
      return out;
    }),
  };
}
