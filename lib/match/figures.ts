import { claimWords } from '../claim/reading/words';
import { findNumbers } from '../claim/reading/numbers';
import type { Span } from '../types';

/** A figure of a text as `findNumbers` reads it ("7%", "two", "$2.41 billion", "14 May 2026"), with its characters. */
export interface Figure {
  /** `NumberMention.key`: the same value however it is spelt. */
  key: string;
  start: number;
  end: number;
}

/**
 * The figures of a text: the claim tier's reading (`claimWords`, then
 * `findNumbers`), weak ones ("one", "two") included, since where they stand
 * in place of another figure they are counts. Kept for the last texts read:
 * quote and passage alignment ask again for the same paragraph at each candidate.
 */
export function figuresOf(text: string): readonly Figure[] {
  let figures = recent.get(text);
  if (figures) return figures;
  const words = claimWords(text);
  figures = findNumbers(words.map((w) => w.norm)).map((m) => ({ key: m.key, start: words[m.from]!.start, end: words[m.to - 1]!.end }));
  if (recent.size >= RECENT_TEXTS) recent.clear();
  recent.set(text, figures);
  return figures;
}

const RECENT_TEXTS = 512;
const recent = new Map<string, readonly Figure[]>();

/** The keys of the figures that overlap a span of their text. */
export function keysIn(figures: readonly Figure[], span: Span): string[] {
  return figures.filter((f) => f.start < span.end && f.end > span.start).map((f) => f.key);
}

/** The figures at one place of an alignment on one side, and those of the sentence around it. */
export interface FigurePlace {
  /** Keys of the figures at the place (the words either side of an aligned run). */
  here: readonly string[];
  /** Keys of every figure of the sentence that holds the place. */
  sentence: readonly string[];
}

/**
 * Rule "figures must agree": two sides of an alignment disagree where, at the
 * same place, each states a figure that the other's sentence does not ("fell
 * 7%" against "fell 19%", "one earlier bid" against "two earlier bids"). A
 * figure on one side only is a word left out or added, and a figure the other
 * sentence states elsewhere is a clause moved, not a different figure.
 */
export function figuresDisagree(page: FigurePlace, source: FigurePlace): boolean {
  return page.here.some((k) => !source.sentence.includes(k)) && source.here.some((k) => !page.sentence.includes(k));
}
