import { describe, expect, it } from 'vitest';
import { wordEnd, wordStart } from '../../../lib/text/word-scan';

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
