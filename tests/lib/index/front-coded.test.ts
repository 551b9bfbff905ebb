import { describe, expect, it } from 'vitest';
import { BUCKET, decodeFrontCoded, encodeFrontCoded } from '../../../lib/index/front-coded';
import { encodeStrings } from '../../../lib/index/string-list';

const all = (list: readonly string[]) => {
  const back = decodeFrontCoded(encodeFrontCoded(list));
  return { length: back.length, items: list.map((_, i) => back.at(i)) };
};

describe('front-coded string lists', () => {
  it.each([
    ['empty', []],
    ['one string', ['only']],
    ['empty strings among others', ['', 'a', '', 'ab', '']],
    ['a bucket exactly, and one more', Array.from({ length: BUCKET + 1 }, (_, i) => `word${i}`)],
    ['shared prefixes that cut a character in two', ['é', 'ê', 'éa', '東京', '東京都', '東', '👍', '👍🏽', '👎']],
    ['long strings', ['x'.repeat(300), `${'x'.repeat(300)}y`, 'x'.repeat(1000)]],
  ])('give back every string: %s', (_name, list) => {
    expect(all(list)).toEqual({ length: list.length, items: list });
  });

  it('give back random strings of tricky characters, read in any order', () => {
    const alphabet = ['a', 'b', 'A', ' ', '’', 'é', '東', '👍', '\u00a0'];
    let seed = 20261206;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const list = Array.from({ length: 500 }, () => Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)]).join(''));
    list.sort();
    const back = decodeFrontCoded(encodeFrontCoded(list));
    const order = list.map((_, i) => i).sort(() => next(3) - 1);
    for (const i of order) expect(back.at(i)).toBe(list[i]);
  });

  it('are smaller than a plain list where neighbours share prefixes', () => {
    const list = Array.from({ length: 1000 }, (_, i) => `international${String(i).padStart(4, '0')} `).sort();
    expect(encodeFrontCoded(list).length).toBeLessThan(encodeStrings(list).length / 2);
  });

  it('give null outside the list, and read a lone surrogate back as U+FFFD', () => {
    const back = decodeFrontCoded(encodeFrontCoded(['a\ud800b', 'a\ud800c']));
    expect([back.at(-1), back.at(2)]).toEqual([null, null]);
    expect([back.at(0), back.at(1)]).toEqual(['a\ufffdb', 'a\ufffdc']);
  });

  it('refuse bytes that are cut short or whose prefixes run past the word before', () => {
    const bytes = encodeFrontCoded(['abc', 'abd']);
    expect(() => decodeFrontCoded(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
    // count 2 | bucket length 6 | "ab" whole | then a prefix of 5 bytes of a 2-byte word
    const bad = Uint8Array.from([2, 6, 2, 97, 98, 5, 1, 99]);
    expect(() => decodeFrontCoded(bad).at(1)).toThrow(/corrupt/);
  });
});
