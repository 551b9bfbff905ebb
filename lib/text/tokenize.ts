import { foldWord } from './normalize';
import { forEachWord } from './word-scan';

/** A word of a text, folded for comparison, with where it stands in the text. */
export interface Token {
  /** The folded form used for comparison. */
  norm: string;
  /** Offset of the word's first character in the original text. */
  start: number;
  /** Offset just past the word's last character. */
  end: number;
}

// Words (word-scan.ts) are letters and digits, with inner apostrophes ("Putin's",
// "haven't"), inner hyphens ("front-line", folded to "frontline" so that outlets'
// spellings agree) and inner decimal or thousands separators ("6.8", "77,000").

const JOINED = /[,\-\u2010\u2011]/;

/** Splits text into folded word tokens with their character offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachWord(text, (start, end) => {
    const norm = normOf(text.slice(start, end));
    if (norm) tokens.push({ norm, start, end });
  });
  return tokens;
}

/** Whether `tokenize(text)` yields at least `n` words: stops at the nth, and builds no tokens. */
export function hasWords(text: string, n: number): boolean {
  if (n <= 0) return true;
  let count = 0;
  forEachWord(text, (start, end) => !!normOf(text.slice(start, end)) && ++count >= n);
  return count >= n;
}

/** A word as matched, folded; most words hold no hyphen or thousands separator: no replacement for them. */
export function normOf(word: string): string {
  const folded = foldWord(word);
  return JOINED.test(folded) ? folded.replace(/,(?=\d)|[-\u2010\u2011]/g, '') : folded;
}

/** Just the folded words of a text: `tokenize(text)`'s norms, no token built. */
export function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => {
    const norm = normOf(text.slice(start, end));
    if (norm) out.push(norm);
  });
  return out;
}
