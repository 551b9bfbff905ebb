import type { ProvenanceIndex } from '../index/model';
import { collapseWhitespace } from '../text/normalize';

/** Characters of a source's first words given where it has no title. */
export const FIRST_WORDS_CHARS = 60;

/**
 * What a reader can tell a source by when it names no outlet: its title,
 * else the first words of its first paragraph (cut at a word, with "…").
 */
export function sourceTitle(index: ProvenanceIndex, source: number): string {
  const title = collapseWhitespace(index.sources[source]!.title ?? '');
  if (title) return title;
  const start = index.sourceStart[source]!;
  const first = start < index.sourceStart[source + 1]! ? collapseWhitespace(index.paragraphs[start] ?? '') : '';
  return firstWords(first, FIRST_WORDS_CHARS);
}

/** `text` cut to at most `max` characters at a word boundary, "…" marking the cut. */
export function firstWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  // Back to the last whole word; a single word longer than `max` is cut inside.
  const cut = /\s/.test(head.trim()) ? head.replace(/\s+\S*$/, '') : text.slice(0, max);
  return `${cut.replace(/[\s,;:.]+$/, '')}…`;
}
