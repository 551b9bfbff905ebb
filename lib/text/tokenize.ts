import { foldWord } from './normalize';

/** A word of a text, folded for comparison, with where it stands in the text. */
export interface Token {
  /** The folded form used for comparison. */
  norm: string;
  /** Offset of the word's first character in the original text. */
  start: number;
  /** Offset just past the word's last character. */
  end: number;
}

// Letters and digits, with inner apostrophes ("Putin's", "haven't"), inner
// hyphens ("front-line", folded to "frontline" so that outlets' spellings
// agree) and inner decimal or thousands separators ("6.8", "77,000") kept
// inside one word.
const WORD = /[\p{L}\p{N}]+(?:(?:['\u2019\u02bc\-\u2010\u2011]|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

const JOINED = /[,\-\u2010\u2011]/;

/** Splits text into folded word tokens with their character offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const norm = normOf(m[0]);
    if (norm) tokens.push({ norm, start, end: start + m[0].length });
  }
  return tokens;
}

/** Whether `tokenize(text)` yields at least `n` words: stops at the nth, and builds no tokens. */
export function hasWords(text: string, n: number): boolean {
  if (n <= 0) return true;
  let count = 0;
  for (const m of text.matchAll(WORD)) if (normOf(m[0]) && ++count >= n) return true;
  return false;
}

// A word as matched, folded; most words hold no hyphen or thousands separator: no replacement for them.
function normOf(word: string): string {
  const folded = foldWord(word);
  return JOINED.test(folded) ? folded.replace(/,(?=\d)|[-\u2010\u2011]/g, '') : folded;
}

/** Just the folded words of a text. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
