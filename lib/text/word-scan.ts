/*
 * The words of a text as the regular expression
 * /[\p{L}\p{N}]+(?:(?:['\u2019\u02bc\-\u2010\u2011]|[.,](?=\p{N}))[\p{L}\p{N}]+)*\/gu
 * finds them (letters and digits, with inner apostrophes, hyphens and decimal
 * or thousands separators), found by hand: no match object per word, and
 * ASCII characters told apart without the Unicode tables.
 */

/** Visits each word's span in text order; a visit that returns true stops the scan. */
export function forEachWord(text: string, visit: (start: number, end: number) => boolean | void): void {
  for (let start = wordStart(text, 0); start >= 0;) {
    const end = wordEnd(text, start);
    if (visit(start, end) === true) return;
    start = wordStart(text, end);
  }
}

/** Offset of the first word of `text` at or after `from`, or -1 where there is none. */
export function wordStart(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isAsciiAlnum(c)) return i;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (isAlnum(cp)) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Offset just past the word that starts at `start` (a `wordStart`). */
export function wordEnd(text: string, start: number): number {
  let i = alnumRunEnd(text, start);
  for (;;) {
    const c = text.charCodeAt(i);
    const joiner = c === 39 || c === 0x2019 || c === 0x02bc || c === 45 || c === 0x2010 || c === 0x2011;
    if (!(joiner ? startsAlnum(text, i + 1) : (c === 46 || c === 44) && startsDigit(text, i + 1))) return i;
    i = alnumRunEnd(text, i + 1);
  }
}

/**
 * Visits each capitalised word as the regular expression
 * /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}]*(?:['\u2019\u02bc][\p{L}\p{N}]+)*\/gu
 * finds them (an initialism such as "U.S.", or a run from a capital letter
 * with inner apostrophes), found by hand: the name gate asks it of every
 * paragraph of every page. A visit that returns true stops the scan.
 */
export function forEachCapitalised(text: string, visit: (start: number, end: number) => boolean | void): void {
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 65 || (c > 90 && c < 128)) {
      i++;
      continue;
    }
    const cp = c < 128 ? c : text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isUpper(cp)) {
      i += width;
      continue;
    }
    let end = initialismEnd(text, i);
    if (end < 0) {
      end = alnumRunEnd(text, i + width);
      for (;;) {
        const c = text.charCodeAt(end);
        if (!((c === 39 || c === 0x2019 || c === 0x02bc) && startsAlnum(text, end + 1))) break;
        end = alnumRunEnd(text, end + 1);
      }
    }
    if (visit(i, end) === true) return;
    i = end;
  }
}

// Where two or more capitals each followed by a full stop start at `i`, not after a letter or digit: their end; else -1.
function initialismEnd(text: string, i: number): number {
  if (i > 0) {
    // The code point before: a surrogate pair read whole, a lone surrogate as itself (neither letter nor digit).
    let before = text.charCodeAt(i - 1);
    if (before >= 0xdc00 && before <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff)
      before = text.codePointAt(i - 2)!;
    if (before < 128 ? isAsciiAlnum(before) : isAlnum(before)) return -1;
  }
  let j = i;
  let capitals = 0;
  while (j < text.length) {
    const cp = text.codePointAt(j)!;
    const width = cp > 0xffff ? 2 : 1;
    if (!isUpper(cp) || text.charCodeAt(j + width) !== 46) break;
    j += width + 1;
    capitals++;
  }
  return capitals >= 2 ? j : -1;
}

function alnumRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiAlnum(c)) break;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (!isAlnum(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function startsAlnum(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiAlnum(c) : isAlnum(text.codePointAt(i)!);
}

function startsDigit(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 48 && c <= 57 : isDigit(text.codePointAt(i)!);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

// Outside ASCII, by Unicode category, remembered per code point.
const alnumKnown = new Map<number, boolean>();
const digitKnown = new Map<number, boolean>();
const upperKnown = new Map<number, boolean>();

function isAlnum(cp: number): boolean {
  let yes = alnumKnown.get(cp);
  if (yes === undefined) alnumKnown.set(cp, (yes = /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(cp))));
  return yes;
}

function isDigit(cp: number): boolean {
  let yes = digitKnown.get(cp);
  if (yes === undefined) digitKnown.set(cp, (yes = /^\p{N}$/u.test(String.fromCodePoint(cp))));
  return yes;
}

function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  let yes = upperKnown.get(cp);
  if (yes === undefined) upperKnown.set(cp, (yes = /^\p{Lu}$/u.test(String.fromCodePoint(cp))));
  return yes;
}
