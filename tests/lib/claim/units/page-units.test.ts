import { describe, expect, it } from 'vitest';
import { claimUnits } from '../../../../lib/claim/units/page-units';
import { pageClaimContext } from '../../../../lib/claim/claim';
import { claimWords, type ClaimWord } from '../../../../lib/claim/reading/words';
import { preparePageParagraph } from '../../../../lib/match/page-paragraph';
import type { Span } from '../../../../lib/types';

// A flood report: a short sentence read with the next, a long one cut into clauses, and a plain one.
const TEXT = [
  'It rained all night.',
  'The River Dunmere reached 5.8 metres at the Church Street gauge on Tuesday, and about 1,200 people were told to leave their homes, the council said.',
  'Firefighters used boats to rescue 14 people from the Riverside estate after the banks gave way.',
].join(' ');
const par = preparePageParagraph(0, TEXT);
const ctx = pageClaimContext([TEXT]);
const wordsIn = (span: Span) => claimWords(TEXT).filter((w) => w.start >= span.start && w.end <= span.end);
const key = (s: Span) => `${s.start}-${s.end}`;

describe('claimUnits with a test of which spans are worth reading', () => {
  const all = claimUnits(par, ctx);

  it('reads every unit where every span is worth reading', () => {
    expect(all.length).toBeGreaterThan(3);
    expect(claimUnits(par, ctx, () => true)).toEqual(all);
  });

  it('reads nothing where no span is', () => {
    expect(claimUnits(par, ctx, () => false)).toEqual([]);
  });

  it('leaves out exactly the units whose words are turned down, reading the others as before', () => {
    // Turns down any span that holds "boats": the third sentence and its clauses.
    const worth = (words: readonly ClaimWord[]) => !words.some((w) => w.norm === 'boats');
    const gated = claimUnits(par, ctx, worth);
    expect(gated.map((u) => key(u.span))).toEqual(all.filter((u) => worth(wordsIn(u.span))).map((u) => key(u.span)));
    expect(gated).toEqual(all.filter((u) => worth(wordsIn(u.span))));
    expect(gated.some((u) => u.text.includes('Firefighters'))).toBe(false);
  });
});
