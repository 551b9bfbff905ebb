import { describe, expect, it } from 'vitest';
import { joinCompounds, tile } from '../../../lib/match/align';
import { tokenize } from '../../../lib/text/tokenize';

describe('tile', () => {
  it('finds moved clauses as separate runs', () => {
    const a = 'the bridge will open in spring said the governor'.split(' ');
    const b = 'the governor said the bridge will open in spring'.split(' ');
    const tiles = tile(a, b, 3);
    expect(tiles.map((t) => a.slice(t.aStart, t.aStart + t.length).join(' '))).toEqual(['the bridge will open in spring']);
  });
});

describe('joinCompounds', () => {
  it.each([
    ['two words against one', 'several back channel meetings', 'several backchannel meetings', 'back channel'],
    ['two words against a hyphenated word', 'a free flow exchange', 'a free-flow exchange', 'free flow'],
  ])('joins %s, keeping offsets into the text', (_name, textA, textB, joinedSurface) => {
    const [a, b] = joinCompounds(tokenize(textA), tokenize(textB), textA, textB);
    expect(a.map((w) => w.norm)).toEqual(b.map((w) => w.norm));
    const joined = a.find((w) => w.norm === joinedSurface.replace(' ', ''))!;
    expect(textA.slice(joined.start, joined.end)).toBe(joinedSurface);
  });

  it('leaves words alone where the other side has them apart too', () => {
    const [a] = joinCompounds(tokenize('back channel'), tokenize('back channel backchannel'), 'back channel', 'back channel backchannel');
    expect(a.map((w) => w.norm)).toEqual(['back', 'channel']);
  });

  it('does not join across punctuation', () => {
    const [a] = joinCompounds(tokenize('come back. Channel four'), tokenize('backchannel'), 'come back. Channel four', 'backchannel');
    expect(a.map((w) => w.norm)).toEqual(['come', 'back', 'channel', 'four']);
  });
});
