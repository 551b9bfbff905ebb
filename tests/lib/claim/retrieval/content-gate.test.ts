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

  it('answers alike when asked again, from the terms it remembers as held and as absent', () => {
    const texts = ['The government confirmed it on Monday.', 'Sudanese families gathered in Khartoum.', 'The harvest was poor.', 'Rain fell on the children.'];
    const fresh = texts.map((t) => new ContentGate(index).mayShare(claimWords(t), sentenceSpans(t)));
    const again = texts.map(mayShare);
    expect(texts.map(mayShare)).toEqual(fresh);
    expect(again).toEqual(fresh);
    expect(fresh).toEqual([true, false, false, false]);
  });
});
