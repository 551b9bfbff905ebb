import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import type { ArticleInput } from '../../../lib/index/model';
import { matchPage } from '../../../lib/match/match-page';
import { figuresDisagree, figuresOf } from '../../../lib/match/figures';

// Each source: a lead naming its story, the paragraph under test, and a tail no page repeats (so
// that a page is never taken for the source itself).
const TAIL = 'The rest of the report covers other matters at some length, in words that no page in these tests repeats at all.';
const source = (id: string, lead: string, paragraph: string): ArticleInput => ({
  id,
  outlet: id,
  published: null,
  title: null,
  url: null,
  paragraphs: [lead, paragraph, TAIL],
});

const FLOOD_LEAD = 'The River Dunmere flooded the town of Ashcombe on Tuesday, the county council said.';
const EARNINGS_LEAD = 'Korrin Systems reported its third-quarter results on Wednesday.';
const COURT_LEAD = 'The High Court ruled against Ostrava Metals on Friday in the Lindell wells case.';
const TRANSFER_LEAD = 'Brackley Town sold striker Milo Ferrante to Real Castone on Monday.';
const SEEDS_LEAD = 'Melania Trump spoke at the White House on Friday about Ukrainian children.';

const FLOOD =
  'The river reached 5.8 metres at the Church Street gauge just after noon, its highest level since records began in 1951, the Environment Agency said.';
const FLOOD_TWO =
  'About 1,200 people were told to leave their homes on Tuesday as the river burst its banks in three places, the council said. Firefighters used boats to rescue 14 people from the Riverside estate.';
const EARNINGS =
  'Chief financial officer Anna Weiss said orders from industrial customers fell 12% in the quarter, and that the company expects a weaker second half.';
const COURT = 'The judge ordered the company to pay £24 million in damages to the 310 families whose wells were polluted, the largest award of its kind.';
const TRANSFER = 'Club chairman Peter Lyle said the club had turned down two earlier bids before accepting an offer for the striker from Castone.';
const FEE = 'Brackley Town have sold striker Milo Ferrante to Real Castone for a club-record fee of 35 million euros, the clubs said on Monday.';
const DATELINE =
  'BRACKLEY, Aug 31 (SWI) – Brackley Town have sold striker Milo Ferrante to Real Castone after turning down two earlier bids, the clubs said on Monday.';
const SEEDS =
  "In an announcement at the White House, the 55-year-old said eight children had been reunited with their families in the past 24 hours following negotiations between her team and Putin's.";

const QUOTE_FLOOD = '"I have lived on this street for 31 years and it has never come over the wall like this," said one resident, who was taken out by boat.';
const QUOTE_RIVER = 'The warden said "the river rose four metres in six hours" on the night of the flood.';
const QUOTE_EARNINGS = 'A union representative said: "This plant built our first welding robot. Nobody here saw this coming."';
const QUOTE_COURT = 'Her lawyer told reporters: "The company knew about the leak for 18 months and chose to say nothing to the families."';
const QUOTE_SEEDS = 'She said: "In fact, eight children have been rejoined with their families during the past 24 hours."';

const index = buildIndex([
  source('flood', FLOOD_LEAD, FLOOD),
  source('flood-two', FLOOD_LEAD, FLOOD_TWO),
  source('earnings', EARNINGS_LEAD, EARNINGS),
  source('court', COURT_LEAD, COURT),
  source('transfer', TRANSFER_LEAD, TRANSFER),
  source('fee', TRANSFER_LEAD, FEE),
  source('dateline', TRANSFER_LEAD, DATELINE),
  source('seeds', SEEDS_LEAD, SEEDS),
  source('quote-flood', FLOOD_LEAD, QUOTE_FLOOD),
  source('quote-river', FLOOD_LEAD, QUOTE_RIVER),
  source('quote-earnings', EARNINGS_LEAD, QUOTE_EARNINGS),
  source('quote-court', COURT_LEAD, QUOTE_COURT),
  source('quote-seeds', SEEDS_LEAD, QUOTE_SEEDS),
]);

/** What the page's second paragraph is matched to, all tiers, after a lead that tells the source's story. */
function matchesOf(lead: string, paragraph: string) {
  const report = matchPage({ title: null, readerable: true, paragraphs: [lead, paragraph] }, index);
  return report.paragraphs[1]!.matches.map((m) => ({
    source: m.sourceId,
    kind: m.kind,
    span: paragraph.slice(m.span!.start, m.span!.end),
    significant: m.variant?.significant ?? null,
  }));
}

describe('rule "figures must agree" (passage tier)', () => {
  it.each([
    ['a river level changed (5.8 against 6.1 metres)', FLOOD_LEAD, FLOOD.replace('5.8', '6.1'), 'flood'],
    ['a year changed (1951 against 1947)', FLOOD_LEAD, FLOOD.replace('1951', '1947'), 'flood'],
    ['an earnings percentage changed (12% against 7%)', EARNINGS_LEAD, EARNINGS.replace('12%', '7%'), 'earnings'],
    ['a court award changed (£24 million against £42 million)', COURT_LEAD, COURT.replace('£24 million', '£42 million'), 'court'],
    [
      'a count written as a word changed (one earlier bid against two earlier bids)',
      TRANSFER_LEAD,
      TRANSFER.replace('two earlier bids', 'one earlier bid'),
      'transfer',
    ],
    ['a transfer fee changed (53 million euros against 35 million)', TRANSFER_LEAD, FEE.replace('35 million', '53 million'), 'fee'],
    ["the seeds' story: a count changed (eighteen children against eight)", SEEDS_LEAD, SEEDS.replace('eight children', 'eighteen children'), 'seeds'],
  ])('turns down the same words with %s, in every tier', (_name, lead, paragraph, id) => {
    expect(matchesOf(lead, paragraph).filter((m) => m.source === id)).toEqual([]);
  });

  it.each([
    ['the same figures', FLOOD_LEAD, FLOOD, 'flood'],
    ['a figure spelt otherwise (12 per cent for 12%)', EARNINGS_LEAD, EARNINGS.replace('12%', '12 per cent'), 'earnings'],
    ['a count written in words (three hundred and ten for 310)', COURT_LEAD, COURT.replace('310', 'three hundred and ten'), 'court'],
    [
      'a figure moved within the sentence (a clause reordered around "the two clubs")',
      TRANSFER_LEAD,
      'Brackley Town have sold striker Milo Ferrante to Real Castone for 35 million euros, a club-record fee, the two clubs said on Monday.',
      'fee',
    ],
    ['a dateline of another day (a reprint dated Sept 1)', TRANSFER_LEAD, DATELINE.replace('BRACKLEY, Aug 31', 'LONDON, Sept 1'), 'dateline'],
    ['a figure left out (a shorter sentence)', TRANSFER_LEAD, TRANSFER.replace('two earlier bids', 'earlier bids'), 'transfer'],
    ["the seeds' story: the same count", SEEDS_LEAD, SEEDS, 'seeds'],
  ])('keeps the same words with %s', (_name, lead, paragraph, id) => {
    expect(
      matchesOf(lead, paragraph)
        .filter((m) => m.source === id)
        .map((m) => m.kind),
    ).toEqual(['passage']);
  });

  it('keeps the rest of a paragraph whose other sentence changed a figure, with a span that leaves that sentence out', () => {
    const paragraph = FLOOD_TWO.replace('rescue 14 people', 'rescue 16 people');
    const found = matchesOf(FLOOD_LEAD, paragraph).filter((m) => m.source === 'flood-two');
    expect(found.map((m) => m.kind)).toEqual(['passage']);
    expect(found[0]!.span).toContain('About 1,200 people were told to leave their homes');
    expect(found[0]!.span).not.toContain('16');
  });
});

describe('rule "figures must agree" (quote tier): a quote whose words differ by a figure is a significant variant', () => {
  it.each([
    [
      "a flood resident's years (30 for 31)",
      FLOOD_LEAD,
      'Mary Dale put it plainly: "I have lived on this street for 30 years and it has never come over the wall like this."',
      'quote-flood',
    ],
    [
      'a short quote with two figures changed (two metres in three hours for four in six)',
      FLOOD_LEAD,
      'As the warden put it, "the river rose two metres in three hours" that night.',
      'quote-river',
    ],
    [
      'a count added with its noun\'s plural ("first 100 welding robots" for "first welding robot")',
      EARNINGS_LEAD,
      '"This plant built our first 100 welding robots," the union man said. Nobody in the boardroom remembers.',
      'quote-earnings',
    ],
    [
      "a court quote's months in words (eight for 18)",
      COURT_LEAD,
      'As the lawyer put it, "the company knew about the leak for eight months and chose to say nothing to the families."',
      'quote-court',
    ],
    [
      "the seeds' story: eighteen children for eight",
      SEEDS_LEAD,
      'According to the first lady, "eighteen children have been rejoined with their families during the past 24 hours."',
      'quote-seeds',
    ],
  ])('reports %s as a quote with a significant variant, not as a claim', (_name, lead, paragraph, id) => {
    expect(
      matchesOf(lead, paragraph)
        .filter((m) => m.source === id)
        .map((m) => [m.kind, m.significant]),
    ).toEqual([['quote', true]]);
  });
});

describe('figuresOf', () => {
  it('reads a text again as it did the first time, also after many other texts', () => {
    const text = 'Orders fell 12% to $2.41 billion, and two earlier bids were turned down on 14 May 2026.';
    const first = figuresOf(text).map((f) => [f.key, text.slice(f.start, f.end)]);
    expect(first.map(([, t]) => t)).toEqual(['12', '2.41 billion', 'two', '14', '2026']);
    for (let i = 0; i < 1_200; i++) figuresOf(`Another text with ${i} in it.`);
    expect(figuresOf(text).map((f) => [f.key, text.slice(f.start, f.end)])).toEqual(first);
  });
});

describe('figuresDisagree', () => {
  const place = (here: string, sentence: string) => ({ here: figuresOf(here).map((f) => f.key), sentence: figuresOf(sentence).map((f) => f.key) });
  it.each([
    ['a figure swapped', place('fell 7%', 'orders fell 7% in the quarter'), place('fell 19%', 'orders fell 19% in the quarter'), true],
    [
      'counts written as words',
      place('one earlier bid', 'had turned down one earlier bid'),
      place('two earlier bids', 'had turned down two earlier bids'),
      true,
    ],
    ['the same value spelt otherwise', place('24 million', 'to pay £24 million'), place('24m', 'to pay £24m'), false],
    ['a figure on one side only', place('the two clubs', 'the two clubs said'), place('the clubs', 'the clubs said'), false],
    [
      'a figure the other sentence states elsewhere',
      place('the two', 'for 42 million euros, the two clubs said'),
      place('42 million euros', 'for a fee of 42 million euros, the clubs said'),
      false,
    ],
  ])('%s', (_name, page, src, expected) => {
    expect(figuresDisagree(page, src)).toBe(expected);
  });
});
