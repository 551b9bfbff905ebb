import { describe, expect, it } from 'vitest';
import { fnv1a, hashWords } from '../../../lib/text/hash';

describe('hashWords', () => {
  it('is fnv1a of the words each followed by U+0001, as the index was built with', () => {
    const words = ['putin', 's', 'envoy', 'said', '77000', 'zürich', '', 'x'];
    for (let from = 0; from < words.length; from++)
      for (let count = 0; from + count <= words.length; count++)
        expect(hashWords(words, from, count)).toBe(
          fnv1a(
            words
              .slice(from, from + count)
              .map((w) => `${w}\u0001`)
              .join(''),
          ),
        );
  });

  it('tells ["ab","c"] from ["a","bc"]', () => {
    expect(hashWords(['ab', 'c'], 0, 2)).not.toBe(hashWords(['a', 'bc'], 0, 2));
  });
});
