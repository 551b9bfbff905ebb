import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../lib/index/build';
import { pageClaimContext } from '../../../../lib/claim/units/page-context';
import { readsSentence } from '../../../../lib/claim/units/page-units';
import { preparePageParagraph } from '../../../../lib/match/page-paragraph';
import { article } from '../../../helpers/article';

describe('readsSentence', () => {
  const index = buildIndex([article('src', ['Grace Wanjiru won the Lisbon marathon, breaking the course record set in 2011 by 40 seconds.'])]);
  const page = [
    'Grace Wanjiru won the Lisbon marathon on Sunday.',
    'The race was run in heavy rain.',
    'The winning time broke the course record set in 2011 by 40 seconds. Spectators lined the streets. Coach Paulo Mendes set a record of 31 wins in 1999.',
  ];
  const ctx = pageClaimContext(page, index);
  const reads = (i: number) => {
    const par = preparePageParagraph(i, page[i]!);
    const r = readsSentence(par, ctx);
    return par.sentences.map((_, s) => r(s));
  };

  it('reads every sentence of a paragraph that names someone the index knows', () => {
    expect(reads(0)).toEqual([true]);
  });

  it('in a paragraph that may match only through nearest-names, reads the sentences with a figure and no name of their own', () => {
    expect(ctx.mayMatch(2)).toBe(true);
    expect(ctx.figuresOnly(2)).toBe(true);
    // No figure; a name of its own (Paulo Mendes, unknown to the index).
    expect(reads(2)).toEqual([true, false, false]);
  });

  it('reads no paragraph through nearest-names where the nearest paragraph that names anyone names no one the index knows', () => {
    // The sentence with a figure would be read with Paulo Mendes's name, the last the page gave before it.
    const later = [...page, 'Coach Paulo Mendes watched from the stands.', 'Officials said it was still raining.', 'The record had stood for 14 years.'];
    const after = pageClaimContext(later, index);
    expect(after.figuresOnly(5)).toBe(true);
    expect(after.mayMatch(5)).toBe(false);
    // Where the nearest paragraph that names anyone names the winner, it may match.
    const known = [...page, 'Grace Wanjiru thanked the crowd.', 'Officials said it was still raining.', 'The record had stood for 14 years.'];
    expect(pageClaimContext(known, index).mayMatch(5)).toBe(true);
  });
});
