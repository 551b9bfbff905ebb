import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../lib/index/build';
import { ContentGate } from '../../../../lib/claim/retrieval/content-gate';
import { claimWords } from '../../../../lib/claim/reading/words';
import { sentenceSpans } from '../../../../lib/text/sentences';
import { article } from '../../../helpers/article';

const index = buildIndex([
  article('a', ['Melania Trump said the U.S. government had confirmed the identities of eight children, in talks with Maria Lvova-Belova.']),
  article('b', ['Farmers in Iowa said the harvest had been delayed by rain for a third week.']),
]);
const gate = new ContentGate(index);
const mayShare = (text: string) => gate.mayShare(claimWords(text), sentenceSpans(text));

describe('ContentGate', () => {
  it.each([
    ['two content words of one source sentence', 'The government confirmed it on Monday.'],
    ['the two in neighbouring sentences', 'The identities are known. The government has them.'],
    ['the two inflected otherwise', 'The harvest came late, delayed again.'],
  ])('lets through a paragraph with %s', (_name, text) => {
    expect(mayShare(text)).toBe(true);
  });

  it.each([
    ['no word the index files', 'Sudanese families gathered in Khartoum.'],
    ['one content word the index files', 'The harvest was poor.'],
    ["two content words of different sources' sentences", 'Rain fell on the children.'],
  ])('stops a paragraph with %s', (_name, text) => {
    expect(mayShare(text)).toBe(false);
  });

  it('answers for a span of a paragraph as for that span alone', () => {
    const text = 'The harvest came late, delayed again. Sudanese families gathered in Khartoum.';
    const words = claimWords(text);
    const cut = words.findIndex((w) => w.norm === 'sudanese');
    expect(gate.mayShareSpan(words, 0, cut)).toBe(true);
    expect(gate.mayShareSpan(words, cut, words.length)).toBe(false);
    // Two words joined into a compound count only where both lie in the span.
    for (let from = 0; from < words.length; from++)
      for (let to = from; to <= words.length; to++) {
        const part = text.slice(words[from]?.start ?? 0, words[to - 1]?.end ?? 0);
        expect(gate.mayShareSpan(words, from, to)).toBe(to > from && gate.mayShareSpan(claimWords(part), 0, to - from));
      }
  });
});
