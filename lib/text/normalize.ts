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

/**
 * Collapses every run of white space (`/[\s\u200b]+/`) to one space and trims: paragraph text as
 * reported. By hand: a run that is already one space is kept as it stands, and text that needs no
 * change is returned as it is (the paragraph splitter asks it of every paragraph of every page).
 */
export function collapseWhitespace(text: string): string {
  const n = text.length;
  let out = '';
  let i = 0;
  while (i < n && isCollapsed(text.charCodeAt(i))) i++;
  let kept = i;
  let end = n;
  while (end > i && isCollapsed(text.charCodeAt(end - 1))) end--;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (!isCollapsed(c)) continue;
    let j = i + 1;
    while (j < end && isCollapsed(text.charCodeAt(j))) j++;
    if (c !== 32 || j > i + 1) {
      out += text.slice(kept, i) + ' ';
      kept = j;
    }
    i = j - 1;
  }
  return kept === 0 && end === n ? text : out + text.slice(kept, end);
}

// White space as `\s` reads it, and the zero-width space.
function isCollapsed(c: number): boolean {
  return isSpace(c) || c === 0x200b;
}

/** JavaScript's `\s`, by code unit. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x1680 &&
      (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))
  );
}

/**
 * Folds a word for comparison: lower case, no diacritics, no apostrophes
 * ("Putin’s" and "Putin's" agree; "front-line" is split earlier by the tokenizer).
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII letters and digits, for which the steps below amount to
  // lower-casing, and most of those are lower case already: told apart by hand, no regular expression.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return foldOther(word);
  }
  return upper ? word.toLowerCase() : word;
}

// `foldWord` of a word with a character other than an ASCII letter or digit.
function foldOther(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u02bc]/g, '');
}

/** Maps curly and typographic quotes to straight ones, leaving string length unchanged. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2018\u2019\u201a\u201b\u2032]/g, (c) => QUOTE_MAP[c] ?? c);
}
