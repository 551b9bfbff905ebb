import { describe, expect, it } from 'vitest';
import { decodeStrings, encodeStrings } from '../../../lib/index/string-list';

describe('string lists', () => {
  it('round-trip strings and nulls, empty strings and non-ASCII text', () => {
    const list = ['', null, 'plain', 'Ünïcödé', '東京', '👍🏽 emoji', null, 'x'.repeat(300)];
    const back = decodeStrings(encodeStrings(list));
    expect(back.length).toBe(list.length);
    expect(list.map((_, i) => back.at(i))).toEqual(list);
  });

  it('decode each string once, when first read', () => {
    const back = decodeStrings(encodeStrings(['same', 'other']));
    expect(back.at(0)).toBe(back.at(0));
    expect(back.at(1)).toBe('other');
  });

  it('give null outside the list', () => {
    const back = decodeStrings(encodeStrings(['a']));
    expect(back.at(-1)).toBeNull();
    expect(back.at(1)).toBeNull();
  });

  it('read a lone surrogate back as U+FFFD, keeping the others in place', () => {
    const back = decodeStrings(encodeStrings(['a\ud800b', 'next']));
    expect(back.at(0)).toBe('a\ufffdb');
    expect(back.at(1)).toBe('next');
  });

  it('refuse a list whose lengths disagree with its text', () => {
    const bytes = encodeStrings(['abc']);
    expect(() => decodeStrings(bytes.subarray(0, bytes.length - 1))).toThrow(/corrupt|truncated/);
  });
});
