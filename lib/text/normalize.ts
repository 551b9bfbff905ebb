/**
 * Text normalisation shared by the index builder and the matcher, so that both
 * sides of every comparison see the same characters.
 */

const QUOTE_MAP: Record<string, string> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
};

/** Collapses every run of white space to one space and trims: paragraph text as reported. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
}

/**
 * Folds a word for comparison: lower case, no diacritics, no apostrophes
 * ("Putin’s" and "Putin's" agree; "front-line" is split earlier by the tokenizer).
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII letters and digits, for which the steps below
  // amount to lower-casing: skip them (a fifth of index build time went here).
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u02bc]/g, '');
}

const PLAIN_WORD = /^[A-Za-z0-9]*$/;

/** Maps curly and typographic quotes to straight ones, leaving string length unchanged. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2018\u2019\u201a\u201b\u2032]/g, (c) => QUOTE_MAP[c] ?? c);
}
