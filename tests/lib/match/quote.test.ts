import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { matchPage } from '../../../lib/match/match-page';
import { article } from '../../helpers/article';
import { words } from '../../../lib/text/tokenize';
import { hashWords } from '../../../lib/text/hash';
import { QUOTE, QUOTE_GRAM } from '../../../lib/match/quote';

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

  // Issue #15: a gate requiring two shared 3-grams before aligning would not be exact.
  it('matches a variant that shares a single 3-gram with the source quote', () => {
    const source = 'the regional talks were held in secret';
    const quote = 'the regional talks happened in secret';
    const grams = (ws: string[]) => new Set(ws.slice(0, ws.length - QUOTE_GRAM + 1).map((_, i) => hashWords(ws, i, QUOTE_GRAM)));
    const shared = [...grams(words(quote))].filter((g) => grams(words(source)).has(g));
    expect(shared).toHaveLength(1);
    const own = buildIndex([article('talks', [`Anna Berg said "${source}" last year.`])]);
    const page = { title: null, readerable: true, paragraphs: [LEAD, `Berg said "${quote}" last year.`] };
    const [m] = matchPage(page, own, { tiers: ['quote'] }).paragraphs[1]!.matches;
    expect(m?.sourceId).toBe('talks');
    expect(m?.variant?.significant).toBe(false);
  });

  // One shared 3-gram is weak evidence: rarest grams first, a few at most, none through a gram too common to rank.
  describe('a source quote that shares one gram with the page (rule "one gram, rare grams first")', () => {
    const variant = { source: 'ferry crews demand a fair deal', page: 'ferry crews want a fair deal' };
    const ferry = article('ferry', [`The union leader, Maria Olsen, said "${variant.source}" after the vote.`]);
    // Quotes of other subjects that all hold "a fair deal": more than the candidate list has room for.
    const others = Array.from({ length: QUOTE.maxCandidates + 6 }, (_, i) =>
      article(`other-${i}`, [`A spokesman said "farmers ${i} only ask for a fair deal" on the day.`]),
    );
    const page = (quote: string) => ({
      title: null,
      readerable: true,
      paragraphs: ['Maria Olsen met the ferry crews on Monday.', `Olsen said "${quote}" after the vote.`],
    });
    const sources = (quote: string, articles: ReturnType<typeof article>[]) =>
      matchPage(page(quote), buildIndex(articles), { tiers: ['quote'] }).paragraphs[1]!.matches.map((m) => m.sourceId);

    it('is a variant where few quotes hold that gram', () => {
      expect(sources(variant.page, [ferry, ...others.slice(0, 3)])).toEqual(['ferry']);
    });

    it('is not a candidate where more quotes hold it than the list has room for', () => {
      expect(sources(variant.page, [ferry, ...others])).toEqual([]);
    });

    it('is among those whose gram fewest quotes hold, whatever its number', () => {
      // More quotes than the list takes of single-gram ones share another gram with the page ("ferry crews want"),
      // and all come before it by number; its own gram is the rarest.
      const crews = Array.from({ length: QUOTE.maxSingleGram + 4 }, (_, i) =>
        article(`crews-${i}`, [`A steward said "ferry crews want overtime pay for shift ${i}" on the day.`]),
      );
      const late = { ...ferry, id: 'zz-ferry' };
      expect(sources(variant.page, [late, ...crews])).toEqual(['zz-ferry']);
    });

    it('does not keep a quote that shares more grams from being found', () => {
      expect(sources(variant.source, [ferry, ...others])).toEqual(['ferry']);
    });
  });
});
