import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../lib/text/quotes';

const texts = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => q.text);

describe('extractQuotes', () => {
  it.each([
    ['straight double quotes', ['He said "we will rebuild the bridge" on Monday.'], ['we will rebuild the bridge']],
    ['curly double quotes', ['Trump said “an open channel of communication” exists.'], ['an open channel of communication']],
    ['two quotes in one paragraph', ['"Much has unfolded," she said. "He responded in writing."'], ['Much has unfolded,', 'He responded in writing.']],
    ['guillemets', ['Il a dit « nous reviendrons bientôt » hier.'], ['nous reviendrons bientôt']],
    ['single quotes as quote marks', ["Melania Trump Says Has 'Open Channel' With Putin"], ['Open Channel']],
    ['curly single quotes', ['Melania Trump says they have ‘open channel of communication’ on children'], ['open channel of communication']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(texts(paragraphs)).toEqual(expected);
  });

  it.each([
    ['possessives', ["Putin’s team and the children’s care, the kids' toys and Russia's view."]],
    ['contractions', ["There’s times I’d say it wasn't and they haven’t."]],
    ['plural possessive before a word', ['The journalists’ union met the editors’ council.']],
    ['decade and year elisions', ["In the ’90s and '80s prices rose."]],
  ])('apostrophes are not quotes: %s', (_name, paragraphs) => {
    expect(texts(paragraphs)).toEqual([]);
  });

  it('finds nested quotes with their depth', () => {
    const qs = extractQuotes(['“There’s times I’d say, ‘first lady, I had the most wonderful talk with Vladimir.’ And then,” Trump said.']);
    expect(qs.map((q) => [q.depth, q.text])).toEqual([
      [0, 'There’s times I’d say, ‘first lady, I had the most wonderful talk with Vladimir.’ And then,'],
      [1, 'first lady, I had the most wonderful talk with Vladimir.'],
    ]);
  });

  it('closes inner quotes the writer left open when the outer quote closes', () => {
    const qs = extractQuotes(['“She said, ‘Wow, that’s strange. I’d say, ‘What?’” Trump said.']);
    expect(qs[0]!.text).toBe('She said, ‘Wow, that’s strange. I’d say, ‘What?’');
    expect(qs[0]!.depth).toBe(0);
  });

  it('follows a quote over paragraphs (no closing mark, next paragraph opens again)', () => {
    const qs = extractQuotes(['“This is the first paragraph of a long statement.', '“And this is the second,” she said.', 'Unquoted text.']);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('This is the first paragraph of a long statement. And this is the second,');
    expect(qs[0]!.segments.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('ends an unclosed quote with its paragraph when the next does not continue it', () => {
    const qs = extractQuotes(['She said “we never agreed to this', 'The next paragraph is narration.']);
    expect(qs.map((q) => q.text)).toEqual(['we never agreed to this']);
    expect(qs[0]!.segments).toEqual([{ paragraph: 0, start: 10, end: 33 }]);
  });

  it('gives segment offsets that slice back to the quoted words', () => {
    const p = 'According to Trump, the sides held "several backchannel meetings and calls, all in good faith," she said.';
    const [q] = extractQuotes([p]);
    expect(p.slice(q!.segments[0]!.start, q!.segments[0]!.end)).toBe('several backchannel meetings and calls, all in good faith,');
  });
});
