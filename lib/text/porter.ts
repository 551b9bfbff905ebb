import { stemmer } from 'stemmer';

/**
 * The Porter stem of a word, as the `stemmer` package gives it, without its
 * fifteen regular expressions: a word of ASCII letters is stemmed here, by
 * its runs of consonants and vowels; any other word goes to `stemmer`.
 * The build stems every pair of adjacent words as a possible compound, so
 * stemming is on its hottest path. Tests compare the two.
 */
export function porter(value: string): string {
  let w = value.toLowerCase();
  if (w.length < 3) return w;
  if (!isLowerAscii(w)) return stemmer(value);
  const lowerY = w.charCodeAt(0) === Y_LOWER;
  // An initial "y" never counts as a vowel (`stemmer` writes it "Y", which is a consonant).
  if (lowerY) w = 'Y' + w.slice(1);

  // Step 1a: plurals.
  if ((w.endsWith('sses') && w.length >= 5) || (w.endsWith('ies') && w.length >= 4)) w = w.slice(0, -2);
  else if (w.charCodeAt(w.length - 1) === S && w.charCodeAt(w.length - 2) !== S) w = w.slice(0, -1);

  // Step 1b: "-eed", "-ed", "-ing".
  if (w.endsWith('eed') && w.length >= 4) {
    if (measure(w, w.length - 3) >= 1) w = w.slice(0, -1);
  } else {
    const cut = w.endsWith('ed') && w.length >= 3 ? 2 : w.endsWith('ing') && w.length >= 4 ? 3 : 0;
    if (cut && hasVowel(w, w.length - cut)) {
      w = w.slice(0, -cut);
      const a = w.charCodeAt(w.length - 2);
      const b = w.charCodeAt(w.length - 1);
      if ((a === 97 && b === 116) || (a === 98 && b === 108) || (a === 105 && b === 122))
        w += 'e'; // at, bl, iz
      else if (w.length >= 2 && a === b && !NO_DOUBLE.has(b)) w = w.slice(0, -1);
      else if (endsCvc(w, w.length)) w += 'e';
    }
  }

  // Step 1c: "y" after a vowel somewhere before it.
  if (w.length >= 2 && w.charCodeAt(w.length - 1) === Y_LOWER && hasVowel(w, w.length - 1)) w = w.slice(0, -1) + 'i';

  // Steps 2 and 3: the longest listed suffix, replaced where what stands before it has a measure above 0.
  w = replaceSuffix(w, STEP2);
  w = replaceSuffix(w, STEP3);

  // Step 4: the longest listed suffix removed (or "-ion" after "s" or "t"), where the measure is above 1.
  const s4 = longestSuffix(w, STEP4);
  if (s4) {
    if (measure(w, w.length - s4[0].length) >= 2) w = w.slice(0, -s4[0].length);
  } else if (w.endsWith('ion') && w.length >= 5) {
    const c = w.charCodeAt(w.length - 4);
    if ((c === S || c === 116) && measure(w, w.length - 3) >= 2) w = w.slice(0, -3);
  }

  // Step 5: a final "e", and "ll".
  if (w.length >= 2 && w.charCodeAt(w.length - 1) === 101) {
    const n = w.length - 1;
    const m = measure(w, n);
    if (m >= 2 || (m === 1 && !endsCvc(w, n))) w = w.slice(0, -1);
  }
  if (w.endsWith('ll') && measure(w, w.length) >= 2) w = w.slice(0, -1);

  return lowerY ? 'y' + w.slice(1) : w;
}

const S = 115;
const Y_LOWER = 121;
/** Letters whose doubling is kept after "-ed" or "-ing" is removed ("fall", "miss", "buzz"). */
const NO_DOUBLE = new Set([97, 101, 105, 111, 117, 121, 108, 115, 122]);

function isLowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

// Letters as the stemmer classes them: a, e, i, o, u are vowels; "y" starts either kind of run
// (a vowel after a consonant, a consonant after a vowel) and continues neither; the rest, and the
// "Y" of an initial "y", are consonants.
const VOWEL = 1;
const Y = 2;
const classOf = (c: number) => (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 ? VOWEL : c === Y_LOWER ? Y : 0);

/**
 * Porter's m of w's first n letters, written [C](VC)^m[V]: the number of
 * vowel runs each followed by a consonant run. A vowel run takes every
 * vowel after its first letter, a consonant run every consonant but "y",
 * so the runs are found in one pass: m counts the turns from vowels to
 * consonants.
 */
function measure(w: string, n: number): number {
  let m = 0;
  let inVowels = classOf(w.charCodeAt(0)) === VOWEL;
  for (let i = 1; i < n; i++) {
    const k = classOf(w.charCodeAt(i));
    if (inVowels && k !== VOWEL) {
      m++;
      inVowels = false;
    } else if (!inVowels && k !== 0) inVowels = true;
  }
  return m;
}

/** Whether w's first n letters hold a vowel run: a vowel, or a "y" after the first letter. */
function hasVowel(w: string, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const k = classOf(w.charCodeAt(i));
    if (k === VOWEL || (k === Y && i > 0)) return true;
  }
  return false;
}

/**
 * `stemmer`'s consonant-vowel-consonant test of w's first n letters: the
 * whole of them one consonant run, then a vowel or "y", then a letter that
 * is none of a, e, i, o, u, w, x, y ("hop" -> hope, not "snow").
 */
function endsCvc(w: string, n: number): boolean {
  if (n < 3) return false;
  const last = w.charCodeAt(n - 1);
  if (classOf(last) !== 0 || last === 119 || last === 120) return false;
  if (classOf(w.charCodeAt(n - 2)) === 0) return false;
  if (classOf(w.charCodeAt(0)) === VOWEL) return false;
  for (let i = 1; i < n - 2; i++) if (classOf(w.charCodeAt(i)) !== 0) return false;
  return true;
}

/** Listed suffixes by their last letter, longest first, each with what replaces it. */
type SuffixList = ReadonlyMap<number, ReadonlyArray<readonly [string, string]>>;

// The longest listed suffix w ends with, with at least one letter before it (as `^(.+?)(a|b|...)$` finds it).
function longestSuffix(w: string, list: SuffixList): readonly [string, string] | undefined {
  const candidates = list.get(w.charCodeAt(w.length - 1));
  if (candidates) for (const entry of candidates) if (w.length > entry[0].length && w.endsWith(entry[0])) return entry;
  return undefined;
}

function replaceSuffix(w: string, list: SuffixList): string {
  const entry = longestSuffix(w, list);
  if (!entry || measure(w, w.length - entry[0].length) < 1) return w;
  return w.slice(0, -entry[0].length) + entry[1];
}

function suffixes(entries: Array<[string, string]>): SuffixList {
  const map = new Map<number, Array<[string, string]>>();
  for (const e of [...entries].sort((a, b) => b[0].length - a[0].length)) {
    const last = e[0].charCodeAt(e[0].length - 1);
    map.set(last, [...(map.get(last) ?? []), e]);
  }
  return map;
}

const STEP2 = suffixes([
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
]);

const STEP3 = suffixes([
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
]);

const STEP4 = suffixes(
  ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'].map(
    (s): [string, string] => [s, ''],
  ),
);
