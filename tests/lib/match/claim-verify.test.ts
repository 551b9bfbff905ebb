import { describe, expect, it } from 'vitest';
import { verifyClaim, type SourceClaim } from '../../../lib/match/claim-verify';
import type { ClaimFeatures, ClaimNumber } from '../../../lib/match/claim-terms';

// A page sentence that shares two of its ten content words and its figure with
// the source: enough only where the figure counts the same thing on both sides
// (the number relief halves the share needed), not where it is a bare figure.
const melania = { tokens: ['melania', 'trump'], role: null };
const page = (n: ClaimNumber): ClaimFeatures => ({
  content: ['reunit', 'famili', 'weather', 'mild', 'morn', 'crowd', 'gather', 'street', 'music', 'play'],
  negated: [],
  entities: [melania],
  numbers: [n],
  dates: [],
});
const source = (n: ClaimNumber): SourceClaim => ({
  features: { content: ['reunit', 'famili', 'border'], negated: [], entities: [melania], numbers: [n], dates: [] },
  nearbyNames: new Set(['melania', 'trump']),
  articleNames: new Set(['melania', 'trump']),
});

describe('verifyClaim: a shared figure as evidence', () => {
  it.each([
    ['the same count of the same thing', { key: '8', head: 'child' }, { key: '8', head: 'child' }, true],
    ['a bare figure in the source, counting nothing named', { key: '8', head: 'child' }, { key: '8', head: null }, false],
    ['a bare figure on both sides', { key: '8', head: null }, { key: '8', head: null }, false],
    ['a span of time, which carries its unit', { key: 'd24', head: '_time' }, { key: 'd24', head: '_time' }, true],
    ['an age, which carries its unit', { key: 'a18', head: null }, { key: 'a18', head: null }, true],
  ] as Array<[string, ClaimNumber, ClaimNumber, boolean]>)('%s', (_name, p, s, ok) => {
    expect(verifyClaim(page(p), [melania], source(s)).ok).toBe(ok);
  });
});
