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
});
