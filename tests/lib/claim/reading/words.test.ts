import { describe, expect, it } from 'vitest';
import { claimWords, readParagraphWords, sentenceWords } from '../../../../lib/claim/reading/words';
import { sentenceSpans } from '../../../../lib/text/sentences';

const norms = (text: string) => claimWords(text).map((w) => w.norm);

describe('claimWords', () => {
  it.each([
    ['hyphenated words are split', 'the front-line fighting', ['the', 'front', 'line', 'fighting']],
    ['a possessive is dropped', "Putin's team and Putin’s aides", ['putin', 'team', 'and', 'putin', 'aides']],
    ['initialisms are one word', 'the U.S. government and the U.K.', ['the', 'us', 'government', 'and', 'the', 'uk']],
    ['thousands separators are kept inside figures', '77,000 people', ['77000', 'people']],
  ])('%s', (_name, text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('marks capitals that stand where any word is capitalised', () => {
    const words = claimWords('Speaking on Friday, Trump said: “He responded.”');
    expect(words.map((w) => [w.norm, w.cap, w.initial])).toEqual([
      ['speaking', true, true],
      ['on', false, false],
      ['friday', true, false],
      ['trump', true, false],
      ['said', false, false],
      ['he', true, true],
      ['responded', false, false],
    ]);
  });

  it('does not take the pronoun "I" and its contractions for capitalised words, but a name such as "Ill." (Illinois)', () => {
    const words = claimWords("The mayor said I’ll appeal and I'd win, as I’ve said, then I left Peoria, Ill. for Rome.");
    const caps = words.filter((w) => w.cap).map((w) => w.norm);
    expect(caps).toEqual(['the', 'peoria', 'ill', 'rome']);
  });

  it('treats every capital of a headline in title case as uninformative', () => {
    expect(claimWords('Melania Trump Says Has Open Channel With Putin').every((w) => w.initial)).toBe(true);
  });

  it('keeps exact offsets', () => {
    const text = 'The U.S.-Mexico border';
    expect(claimWords(text).map((w) => text.slice(w.start, w.end))).toEqual(['The', 'U.S.', 'Mexico', 'border']);
  });

  it.each([
    ['a sentence after a closing bracket or quote', 'He left (as expected.) The rest “stayed.” Then Smith went. Ann-Marie Smith said so.'],
    ['a headline in title case inside a paragraph', 'Melania Trump Says Has Open Channel With Putin. the talks went on, said Ann.'],
    ['a paragraph in title case', 'Trump Meets Putin In Alaska. Leaders Talk For Hours.'],
    ['initialisms and hyphens near a sentence start', 'The U.S.-Mexico border. U.S. officials met. Russia-Ukraine talks.'],
  ])('gives a sentence of a paragraph the words it has alone: %s', (_name, text) => {
    const paragraph = readParagraphWords(text);
    for (const { start, end } of sentenceSpans(text)) {
      const alone = claimWords(text.slice(start, end)).map((w) => ({ ...w, start: w.start + start, end: w.end + start }));
      expect(sentenceWords(paragraph, start, end)).toEqual(alone);
    }
  });
});
