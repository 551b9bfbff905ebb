import type { Span } from '../types';

// Abbreviations after which a period does not end a sentence. "U.S." and
// similar initialisms are handled by the single-letter rule below.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'capt',
  'sgt',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'dept',
  'est',
  'fig',
  'mt',
  'ft',
]);

/**
 * Splits a paragraph into sentence spans. A sentence ends at . ! or ? (with any
 * closing quotes or brackets) followed by white space and an upper-case letter,
 * digit or opening quote, unless the period ends a known abbreviation or an
 * initial ("U.S.", "J. K.").
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[0][0] === '.' && isAbbreviation(text, m.index ?? 0)) continue;
    pushSpan(text, start, end, spans);
    start = end;
  }
  pushSpan(text, start, text.length, spans);
  return spans;
}

/** The sentences of a paragraph as strings. */
export function sentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1] ?? '';
  // A single letter before a period is an initial or part of "U.S.".
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushSpan(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) spans.push({ start, end });
}
