import { describe, expect, it } from 'vitest';
import { countTokens, encodeTexts, rankTokens, textDecoder, textTokens, writeRanks } from '../../../lib/index/word-codec';
import { isSpace } from '../../../lib/text/normalize';
import { decodeStrings, encodeStrings } from '../../../lib/index/string-list';
import { decodeFrontCoded, encodeFrontCoded } from '../../../lib/index/front-coded';

function roundTrip(texts: string[]): string[] {
  const enc = encodeTexts(texts);
  const offsets = new Uint32Array(enc.lengths.length + 1);
  enc.lengths.forEach((n, i) => (offsets[i + 1] = offsets[i]! + n));
  const decode = textDecoder(decodeStrings(encodeStrings(enc.dictionary)), enc.bytes, offsets);
  return texts.map((_, i) => decode(i));
}

describe('the word codec', () => {
  it.each([
    ['a sentence', 'The first lady said, "It is good."'],
    ['leading and trailing space', '  two spaces before and after  '],
    ['only white space', ' \t '],
    ['empty', ''],
    ['tabs, newlines and no-break spaces', 'one\ttwo\nthree\u00a0four\u2003five'],
    ['non-Latin scripts and emoji', 'Путин сказал «нет» — 東京 👍🏽 done'],
    ['a long word', 'x'.repeat(5000)],
  ])('gives back exactly the text encoded: %s', (_name, text) => {
    expect(roundTrip([text, `${text} again`])).toEqual([text, `${text} again`]);
  });

  it('cuts tokens that join back to the text, each word with the white space after it', () => {
    expect(textTokens('  Hello, world.  Bye')).toEqual(['  ', 'Hello, ', 'world.  ', 'Bye']);
    expect(textTokens('')).toEqual([]);
  });

  it('numbers tokens so that a more frequent one never takes more bytes, in code-unit order within each varint width', () => {
    expect(encodeTexts(['b a a', 'c a b']).dictionary).toEqual(['a', 'a ', 'b', 'b ', 'c ']);
    // 300 words, word i written 300 - i times (in shuffled order): the 128 most frequent take the one-byte ranks.
    const words = Array.from({ length: 300 }, (_, i) => `w${String(i).padStart(3, '0')}`);
    const text = words.flatMap((w, i) => Array.from({ length: 300 - i }, () => w));
    for (let i = text.length - 1, seed = 7; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [text[i], text[j]] = [text[j]!, text[i]!];
    }
    const { dictionary } = encodeTexts([text.join(' ') + ' ']);
    expect(dictionary.slice(0, 128)).toEqual(words.slice(0, 128).map((w) => `${w} `));
    expect(dictionary.slice(128)).toEqual(words.slice(128).map((w) => `${w} `));
    // Ties: in order of first appearance (here last word first), then sorted within each width.
    const once = encodeTexts([`${[...words].reverse().join(' ')} `]).dictionary;
    expect(once).toEqual([...words.slice(172), ...words.slice(0, 172)].map((w) => `${w} `));
  });

  it('gives back exactly the texts through a front-coded dictionary', () => {
    const texts = ['The Minister said, "Ministers minister." ', 'Ministerial ministries minister’s Минister  ', '東京 東京都 👍🏽👍 é ê'];
    const enc = encodeTexts(texts);
    const offsets = new Uint32Array(enc.lengths.length + 1);
    enc.lengths.forEach((n, i) => (offsets[i + 1] = offsets[i]! + n));
    const decode = textDecoder(decodeFrontCoded(encodeFrontCoded(enc.dictionary)), enc.bytes, offsets);
    expect(texts.map((_, i) => decode(i))).toEqual(texts);
  });

  it('has the same dictionary as cutting each text with textTokens', () => {
    const texts = ['The cat sat.', ' The dog sat on the mat. ', 'the  cat\tsat'];
    const fromTokens = new Set(texts.flatMap(textTokens));
    expect(new Set(encodeTexts(texts).dictionary)).toEqual(fromTokens);
  });

  it('is deterministic and compact on repetitive prose', () => {
    const texts = Array.from({ length: 200 }, (_, i) => `Officials said on day ${i % 7} that the talks would go on.`);
    const a = encodeTexts(texts);
    const b = encodeTexts([...texts]);
    expect(b.bytes).toEqual(a.bytes);
    expect(b.dictionary).toEqual(a.dictionary);
    const raw = texts.reduce((n, t) => n + t.length, 0);
    expect(a.bytes.length).toBeLessThan(raw / 4);
  });

  it('matches JavaScript white space exactly', () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(`U+${c.toString(16)}`);
    expect(disagree).toEqual([]);
  });

  it('encodes texts counted and written in parts as it encodes them whole', () => {
    // Parts share tokens and have their own; a token first seen in a later part, and more often there, ranks by the whole's counts.
    const texts = ['the cat sat on the mat', 'the dog ran', '', 'a dog, a cat and a bird', '  bird bird bird bird the', 'dog dog dog dog dog dog'];
    const whole = encodeTexts(texts);
    for (const cuts of [[3], [1, 2], [1, 4, 5]]) {
      const parts = [0, ...cuts].map((from, i) => texts.slice(from, [...cuts, texts.length][i]));
      const counted = parts.map((part) => countTokens(part));
      const { dictionary, ranks } = rankTokens(counted);
      const written = counted.map((c, i) => writeRanks(c, ranks[i]!));
      expect(dictionary).toEqual(whole.dictionary);
      expect(written.flatMap((w) => w.lengths)).toEqual(whole.lengths);
      expect(Buffer.concat(written.map((w) => w.bytes))).toEqual(Buffer.from(whole.bytes));
    }
  });

  it('throws on a rank outside the dictionary', () => {
    const decode = textDecoder(decodeStrings(encodeStrings(['a '])), Uint8Array.from([5]), Uint32Array.from([0, 1]));
    expect(() => decode(0)).toThrow(/corrupt/);
  });
});
