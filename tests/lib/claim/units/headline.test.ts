import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../lib/index/build';
import { matchPage } from '../../../../lib/match/match-page';
import { HEADLINE, readsAsStatement } from '../../../../lib/claim/units/headline';
import { claimWords } from '../../../../lib/claim/reading/words';
import { pageFromText } from '../../../../lib/extract/page-input';
import { article } from '../../../helpers/article';

const STORY = article(
  'story',
  [
    'First Lady Melania Trump said on Friday that she had opened a channel of communication with Russian President Vladimir Putin about Ukrainian children.',
    'Putin answered her in writing and said he was willing to work with her directly, the first lady said.',
    'Eight children have been reunited with their families in the past 24 hours, she said.',
    'Her representatives have held several meetings and calls with Russian officials, all in good faith.',
    // The letter stands far from the channel: no window of the claim tier holds both.
    'It began with a letter she wrote to Putin in August, which her husband delivered at their summit in Alaska.',
  ],
  { title: 'Melania Trump says she has an open channel to Putin on Ukrainian children' },
);
const OTHERS = [
  article('harvest', [
    'Farmers in Iowa said the harvest had been delayed by rain for the third week in a row.',
    'Prices for corn rose by two per cent on Monday.',
  ]),
  article('summit', ['President Donald Trump said he would meet Vladimir Putin in Budapest after a long phone call on Thursday.']),
];
const index = buildIndex([STORY, ...OTHERS]);

// A page in the story's words but its own, under a headline: the body restates three of the story's paragraphs.
const BODY = [
  'Melania Trump said her husband carried her letter to Vladimir Putin when the two presidents met in Alaska in August.',
  'The Russian leader answered in writing and said he was willing to work with her directly, the first lady said.',
  'Eight children were back with their families within the past 24 hours, Melania Trump said.',
];
const headlineMatches = (headline: string, body = BODY) => {
  const report = matchPage(pageFromText([headline, ...body].join('\n')), index);
  return report.paragraphs[0]!.matches.map((m) => m.sourceId);
};

describe('matchHeadline', () => {
  it('the page carries the story: its headline is checked against the whole article', () => {
    expect(headlineMatches("First lady's letter opened a line to the Kremlin")).toEqual(['story']);
  });

  it('the same headline over a page that carries fewer than HEADLINE.storyParagraphs of the story is not matched', () => {
    expect(HEADLINE.storyParagraphs).toBe(3);
    expect(headlineMatches("First lady's letter opened a line to the Kremlin", BODY.slice(0, 2))).toEqual([]);
  });

  it.each([
    ['a headline that labels rather than states', "Inside the first lady's letter diplomacy"],
    ['a headline with a figure the story does not state', 'Melania Trump says her letter to Putin brought 13 children home'],
    ['a headline about someone the story does not name', 'Olena Zelenska writes a letter to the Kremlin about children'],
  ])('%s is not matched', (_name, headline) => {
    expect(headlineMatches(headline)).toEqual([]);
  });
});

describe('readsAsStatement', () => {
  it.each([
    ['First lady details secret talks with Putin', true],
    ["First lady's letter opened a line to the Kremlin", true],
    ['Melania Trump Says Has Open Channel With Putin', true],
    ['Russia handed over records on returned children', true],
    ["Inside the first lady's children diplomacy", false],
    ['A letter, a summit and a promise about children', false],
    ['The diplomacy of soft power', false],
  ])('%s -> %s', (headline, expected) => {
    expect(readsAsStatement(claimWords(headline))).toBe(expected);
  });
});
