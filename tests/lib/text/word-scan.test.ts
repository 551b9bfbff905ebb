import { describe, expect, it } from 'vitest';
import { forEachCapitalised, wordEnd, wordStart } from '../../../lib/text/word-scan';

// The expression the scanner stands in for.
const WORD = /[\p{L}\p{N}]+(?:(?:['\u2019\u02bc\-\u2010\u2011]|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

function scanned(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = wordStart(text, 0); start >= 0;) {
    const end = wordEnd(text, start);
    out.push([start, end]);
    start = wordStart(text, end);
  }
  return out;
}

const matched = (text: string) => [...text.matchAll(WORD)].map((m): [number, number] => [m.index, m.index + m[0].length]);

describe('wordStart and wordEnd', () => {
  it.each([
    "Putin's front-line troops, 77,000 of them, paid $6.8bn.",
    'Les élèves d’Alger; İstanbul, Straße, 中文 and ٣٤ and Ⅻ.',
    'trailing joiners: rock- and roll\u2019 x. 3., 4,a ,5',
    'astral 𝐀𝐁 letters, 𝟙 digits, and lone \ud800 surrogates \udc00.',
    'co\u02bcop e\u0301tude U.S.-Mexico',
  ])('find the words the regular expression finds: %s', (text) => {
    expect(scanned(text)).toEqual(matched(text));
  });

  it('agrees with the regular expression on random strings of tricky characters', () => {
    const alphabet = ['a', 'Z', '9', '٣', 'é', '\u0301', "'", '\u2019', '\u02bc', '-', '\u2010', '\u2011', '.', ',', ' ', '𝐀', '\ud800', '𝟙', '中'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let j = 0; j < 12; j++) text += alphabet[next()];
      expect(scanned(text)).toEqual(matched(text));
    }
  });
});

// The expression `forEachCapitalised` stands in for (the name gate's).
const CAPITALISED = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}]*(?:['\u2019\u02bc][\p{L}\p{N}]+)*/gu;

function capitals(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  forEachCapitalised(text, (start, end) => void out.push([start, end]));
  return out;
}

describe('forEachCapitalised', () => {
  it.each([
    "The U.S. and E.U. leaders met McDonald's O'Neill in São Paulo; iPhone, X.Y.Z., aU.S. and U.K",
    'İstanbul Straße ÉCOLE Ⅻ 𝐀𝐁 d’Alger D’Alger Co\u02bcop 3M A.B',
    'lone \ud800A. B. surrogates \udc00C.D. and 𝐀U.S.',
  ])('finds what the regular expression finds: %s', (text) => {
    expect(capitals(text)).toEqual([...text.matchAll(CAPITALISED)].map((m) => [m.index, m.index + m[0].length]));
  });

  it('agrees with the regular expression on random strings of tricky characters', () => {
    const alphabet = ['a', 'Z', 'U', '9', 'É', 'é', "'", '\u2019', '\u02bc', '.', ' ', '𝐀', '𝐚', '\ud800', '\udc00', '-', 'İ'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let j = 0; j < 14; j++) text += alphabet[next()];
      expect(capitals(text)).toEqual([...text.matchAll(CAPITALISED)].map((m) => [m.index, m.index + m[0].length]));
    }
  });

  it('stops where a visit returns true', () => {
    const seen: number[] = [];
    forEachCapitalised('Ada met Bo and Cy', (start) => (seen.push(start), start > 0));
    expect(seen).toEqual([0, 8]);
  });
});
