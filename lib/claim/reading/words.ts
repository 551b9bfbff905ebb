import { foldWord } from '../../text/normalize';

/** A word of a sentence as the claim tier reads it. */
export interface ClaimWord {
  /** Folded form: lower case, no diacritics, no apostrophes, no possessive "'s". */
  norm: string;
  /** Written with a capital letter (or an initialism such as "U.S."). */
  cap: boolean;
  /**
   * Stands where any word is capitalised: first in a sentence, after an
   * opening quote or a colon, or inside a headline in title case. Its capital
   * says nothing about whether it is a name.
   */
  initial: boolean;
  /** Written against the previous word, without a space ("Russia-Ukraine", "U.S.-Mexico"). */
  joined: boolean;
  /** Punctuation stands between this word and the previous one ("Lvova-Belova, Russia's"). */
  afterPunctuation: boolean;
  /** Ends in a possessive "'s" ("Russia's"). */
  possessive: boolean;
  start: number;
  end: number;
}

// Words with inner apostrophes and decimal or thousands separators; hyphens
// are split below, so "Russia-Ukraine" gives two names and "55-year-old" a
// number and its unit.
const WORD = /[\p{L}\p{N}]+(?:(?:['\u2019\u02bc\-\u2010\u2011]|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;
const INITIALISM = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}/gu;
const OPENERS = /[.!?:;\u2014\u2013"'\u201c\u2018([]$/u;

/** Capitalised words from which a line whose other words are all `TITLE_CASE_SMALL` is a headline in title case. */
const TITLE_CASE_CAPITALS = 3;
/** The little words a headline in title case leaves in lower case. */
const TITLE_CASE_SMALL = new Set('a an the and or but nor for of in on at to by with from as vs via into over after before about up'.split(' '));

/**
 * Splits a sentence (or any text) into words for claim matching. Unlike
 * `tokenize`, hyphenated words are split into their parts, a possessive
 * "'s" is dropped ("Putin's" -> putin), and initialisms are one word
 * ("U.S." -> us).
 */
export function claimWords(text: string): ClaimWord[] {
  const out: ClaimWord[] = [];
  const initialisms: Array<[number, number]> = [];
  for (const m of text.matchAll(INITIALISM)) initialisms.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  // Words and initialisms both come in text order: one pointer walks the initialisms.
  let next = 0;
  let skipUntil = -1;
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    if (at < skipUntil) continue;
    while (next < initialisms.length && initialisms[next]![1] <= at) next++;
    const init = next < initialisms.length && initialisms[next]![0] <= at ? initialisms[next]! : undefined;
    const initial = isInitialPosition(text, at);
    if (init) {
      out.push({
        norm: text.slice(init[0], init[1]).replace(/\./g, '').toLowerCase(),
        cap: true,
        initial,
        joined: false,
        afterPunctuation: false,
        possessive: false,
        start: init[0],
        end: init[1],
      });
      skipUntil = init[1];
      continue;
    }
    let offset = at;
    const word = m[0];
    const parts = HYPHEN.test(word) ? word.split(HYPHEN) : [word];
    parts.forEach((part, k) => {
      const surface = hasPossessive(part) ? part.slice(0, -2) : part;
      const folded = foldWord(surface);
      const norm = folded.includes(',') ? folded.replace(/,(?=\d)/g, '') : folded;
      if (norm)
        out.push({
          norm,
          cap: isCapital(part),
          initial: k === 0 && initial,
          joined: false,
          afterPunctuation: false,
          possessive: surface !== part,
          start: offset,
          end: offset + part.length,
        });
      offset += part.length + 1;
    });
  }
  for (let i = 1; i < out.length; i++) {
    // The characters between two words: none (inside a word), white space, or punctuation.
    let space = false;
    let punctuation = false;
    for (let c = out[i - 1]!.end; c < out[i]!.start; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 0xa0 || /\s/.test(text[c]!)) space = true;
      else if (ch !== 45 && ch !== 0x2010 && ch !== 0x2011) punctuation = true;
    }
    out[i]!.joined = out[i]!.start > out[i - 1]!.end && !space;
    out[i]!.afterPunctuation = punctuation;
  }
  // A headline in title case capitalises every word but the little ones: none of its capitals is
  // evidence of a name ("Melania Trump Says Has Open Channel With Putin on Ukrainian Kids").
  const lettered = out.filter((w) => /\p{L}/u.test(w.norm));
  const capitals = lettered.filter((w) => w.cap).length;
  if (capitals >= TITLE_CASE_CAPITALS && lettered.every((w) => w.cap || TITLE_CASE_SMALL.has(w.norm))) for (const w of out) w.initial = true;
  return out;
}

function isInitialPosition(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).trimEnd();
  return before === '' || OPENERS.test(before);
}

const HYPHEN = /[-\u2010\u2011]/;

function hasPossessive(part: string): boolean {
  const n = part.length;
  if (n < 2) return false;
  const s = part.charCodeAt(n - 1);
  const q = part.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019 || q === 0x02bc);
}

// A capital first letter: ASCII at once, the rest of Unicode by its category.
function isCapital(part: string): boolean {
  const c = part.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(part);
}
