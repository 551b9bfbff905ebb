import { foldWord } from '../../text/normalize';
import { forEachWord } from '../../text/word-scan';

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

// Words (word-scan.ts) hold inner apostrophes and decimal or thousands separators;
// hyphens are split below, so "Russia-Ukraine" gives two names and "55-year-old"
// a number and its unit.
const INITIALISM = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}/gu;

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
  return readParagraphWords(text).words;
}

/**
 * A paragraph read into claim words once (`words` is `claimWords(text)`),
 * with what it takes to give each of its sentences the words `claimWords`
 * gives the sentence alone (`sentenceWords`).
 */
export interface ParagraphWords {
  text: string;
  words: ClaimWord[];
  /** Per word: the offset its `initial` is judged at, or -1 where it is never initial (a hyphenated word's later part). */
  at: number[];
  /** Per word: `initial` before the paragraph is found a headline in title case. */
  initial: boolean[];
  /** Per word: 1 for a capitalised word with a letter, as a headline in title case has `TITLE_CASE_CAPITALS` of. */
  capitals: Uint8Array;
}

/** `claimWords(text)` and what `sentenceWords` needs of it. */
export function readParagraphWords(text: string): ParagraphWords {
  const out: ClaimWord[] = [];
  const ats: number[] = [];
  const initialisms = findInitialisms(text);
  // Words and initialisms both come in text order: one pointer walks the initialisms.
  let next = 0;
  let skipUntil = -1;
  forEachWord(text, (at, end) => {
    if (at < skipUntil) return;
    while (next < initialisms.length && initialisms[next]![1] <= at) next++;
    const init = next < initialisms.length && initialisms[next]![0] <= at ? initialisms[next]! : undefined;
    const initial = isInitialPosition(text, 0, at);
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
      ats.push(at);
      skipUntil = init[1];
      return;
    }
    const word = text.slice(at, end);
    if (!HYPHEN.test(word)) pushPart(out, ats, word, at, at, initial);
    else {
      let offset = at;
      let first = true;
      for (const part of word.split(HYPHEN)) {
        pushPart(out, ats, part, offset, first ? at : -1, first && initial);
        offset += part.length + 1;
        first = false;
      }
    }
  });
  const capitals = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) if (out[i]!.cap && hasLetter(out[i]!.norm)) capitals[i] = 1;
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
  const initial = out.map((w) => w.initial);
  // A headline in title case capitalises every word but the little ones: none of its capitals is
  // evidence of a name ("Melania Trump Says Has Open Channel With Putin on Ukrainian Kids").
  if (isTitleCase(out, capitals, 0, out.length)) for (const w of out) w.initial = true;
  return { text, words: out, at: ats, initial, capitals };
}

/**
 * The words of the sentence at `start`..`end` of a paragraph, as `claimWords`
 * reads the sentence alone but with offsets into the paragraph; words whose
 * reading does not change are the paragraph's own. The span must not cut a word.
 */
export function sentenceWords(p: ParagraphWords, start: number, end: number): ClaimWord[] {
  const { words, text } = p;
  let from = 0;
  while (from < words.length && words[from]!.start < start) from++;
  let to = from;
  while (to < words.length && words[to]!.start < end) to++;
  const title = isTitleCase(words, p.capitals, from, to);
  const out: ClaimWord[] = [];
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const at = p.at[i]!;
    // Alone, a sentence has no text before it: whether a capital is automatic changes only near its start.
    const initial = title || (at >= 0 && (at - 4 < start ? isInitialPosition(text, start, at) : p.initial[i]!));
    const joined = i > from && w.joined;
    const afterPunctuation = i > from && w.afterPunctuation;
    out.push(initial === w.initial && joined === w.joined && afterPunctuation === w.afterPunctuation ? w : { ...w, initial, joined, afterPunctuation });
  }
  return out;
}

function pushPart(out: ClaimWord[], ats: number[], part: string, offset: number, at: number, initial: boolean): void {
  const possessive = hasPossessive(part);
  const folded = foldWord(possessive ? part.slice(0, -2) : part);
  const norm = folded.includes(',') ? folded.replace(/,(?=\d)/g, '') : folded;
  if (!norm) return;
  out.push({ norm, cap: isCapital(part), initial, joined: false, afterPunctuation: false, possessive, start: offset, end: offset + part.length });
  ats.push(at);
}

// The initialisms' spans; none can stand where no "." is followed by another two characters on.
function findInitialisms(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let dot = text.indexOf('.');
  while (dot >= 0 && text.charCodeAt(dot + 2) !== 46) dot = text.indexOf('.', dot + 1);
  if (dot < 0) return found;
  for (const m of text.matchAll(INITIALISM)) found.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return found;
}

// Words from..to hold enough capitals, and every other word with a letter is a little one.
function isTitleCase(words: readonly ClaimWord[], capitals: Uint8Array, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) n += capitals[i]!;
  if (n < TITLE_CASE_CAPITALS) return false;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (!w.cap && !TITLE_CASE_SMALL.has(w.norm) && hasLetter(w.norm)) return false;
  }
  return true;
}

// Whether a word stands where any word is capitalised: the last character within four before it
// (and not before `from`), past white space, opens a sentence or a quote, or there is none.
function isInitialPosition(text: string, from: number, at: number): boolean {
  for (let c = at - 1; c >= Math.max(from, at - 4); c--) {
    const ch = text.charCodeAt(c);
    if (ch === 32 || (ch >= 9 && ch <= 13) || (ch > 127 && /\s/.test(text[c]!))) continue;
    return OPENERS.has(ch);
  }
  return true;
}

const OPENERS = new Set([...'.!?:;\u2014\u2013"\'\u201c\u2018(['].map((c) => c.charCodeAt(0)));

/** A letter in a folded word (`/\p{L}/u`): ASCII at once, the rest of Unicode by its category. */
export function hasLetter(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c > 127) return /\p{L}/u.test(norm);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  }
  return false;
}

const HYPHEN = /[-\u2010\u2011]/;

function hasPossessive(part: string): boolean {
  const n = part.length;
  if (n < 2) return false;
  const s = part.charCodeAt(n - 1);
  const q = part.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019 || q === 0x02bc);
}

// A capital first letter (ASCII at once, the rest of Unicode by its category) that may mark a name:
// not the pronoun "I", alone or contracted ("I'll", "I’d"), whose capital English always writes.
function isCapital(part: string): boolean {
  const c = part.charCodeAt(0);
  if (c === 73 && FIRST_PERSON.test(part)) return false;
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(part);
}

const FIRST_PERSON = /^I(?:['\u2019\u02bc](?:ll|m|d|ve))?$/;
