import { describe, expect, it } from 'vitest';
import { hasWords, words } from '../../../lib/text/tokenize';

describe('hasWords', () => {
  it('answers as counting the words of tokenize would', () => {
    const texts = ['', '   ', 'One', 'front-line troops', '77,000 people, 6.8 percent', "Putin's envoy ‘said’ so", 'a b c d', 'à ç ë ĩ õ ü', '— – …'];
    for (const text of texts) for (let n = 0; n <= 6; n++) expect(hasWords(text, n)).toBe(words(text).length >= n);
  });
});
