import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { matchPage } from '../../../lib/match/match-page';
import { article } from '../../helpers/article';

const index = buildIndex([
  article('wire', [
    'According to Trump, the two sides have held "several backchannel meetings and calls, all in good faith," aimed at facilitating reunifications.',
    '"We have agreed to cooperate with each other for the benefit of all people involved in this war," she said.',
    'The mayor said the new bridge would open "in good time".',
  ]),
  article('other', ['The minister, Anna Berg, promised "a transparent free flow exchange of information" with the regions.']),
]);

// The page's story: a short quote counts only on a page about the source's story (see matchPage).
const LEAD = 'Melania Trump and the minister Anna Berg spoke on Friday.';

/** The sources whose quotes match the page's paragraph after the lead, with the quote's span on the page. */
function quoteMatches(paragraph: string) {
  const report = matchPage({ title: null, readerable: true, paragraphs: [LEAD, paragraph] }, index, { tiers: ['quote'] });
  return report.paragraphs[1]!.matches.map((m) => ({ source: m.sourceId, span: paragraph.slice(m.span!.start, m.span!.end), variant: m.variant ?? null }));
}

describe('matchQuotes', () => {
  it.each([
    ['the same quote in other surroundings', 'She told reporters there had been "several backchannel meetings and calls, all in good faith."', 'wire'],
    ['a compound written as two words', 'Both sides had "several back channel meetings and calls, all in good faith."', 'wire'],
    ['a compound written with a hyphen', 'Both sides had “several back-channel meetings and calls, all in good faith.”', 'wire'],
    ['the two-word spelling on the source side', 'Berg promised “a transparent free-flow exchange of information” to the regions.', 'other'],
    [
      'curly quotes against straight ones',
      '“We have agreed to cooperate with each other for the benefit of all people involved in this war,” she said.',
      'wire',
    ],
  ])('matches %s', (_name, paragraph, source) => {
    const found = quoteMatches(paragraph);
    expect(found.map((m) => m.source)).toEqual([source]);
    // A spelling of a compound is not a variant of the quote.
    expect(found[0]!.variant).toBeNull();
  });

  it.each([
    ['a quote of three words', 'He said it would be done "in good time" and left.'],
    ['another quote with the same common words', 'She said "we have agreed to nothing with each other" yesterday.'],
    ['the same words not in quotation marks', 'Both sides held several backchannel meetings and calls, all in good faith, she said.'],
  ])('does not match %s', (_name, paragraph) => {
    expect(quoteMatches(paragraph)).toEqual([]);
  });

  it("gives the quoted words' span on the page, through a compound written in two words", () => {
    const paragraph = 'Both sides had "several back channel meetings and calls, all in good faith."';
    const [m] = quoteMatches(paragraph);
    expect(m!.span).toBe('several back channel meetings and calls, all in good faith');
  });
});
