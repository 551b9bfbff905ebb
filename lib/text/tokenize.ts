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
    const folded = foldWord(m[0]);
    // Most words hold no hyphen or thousands separator: skip the replacement for them.
    const norm = JOINED.test(folded) ? folded.replace(/,(?=\d)|[-\u2010\u2011]/g, '') : folded;
    if (norm) tokens.push({ norm, start, end: start + m[0].length });
  }
  return tokens;
}

/** Just the folded words of a text. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => t.norm);
}
