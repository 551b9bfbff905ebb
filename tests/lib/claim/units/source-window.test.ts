import { describe, expect, it } from 'vitest';
import { windowHolds } from '../../../../lib/claim/units/source-window';
import type { ProvenanceIndex } from '../../../../lib/index/model';

// Two sources. Source 0: a long-form paragraph of three sentences (0-2), then
// wire copy, one sentence per paragraph (3, 4, 5), then a paragraph of two (6-7).
// Source 1: one paragraph of one sentence (8).
const paragraphOf = [0, 0, 0, 1, 2, 3, 4, 4, 5];
const index = {
  sentences: Uint32Array.from(paragraphOf.flatMap((p) => [p, 0, 10])),
  paragraphSource: Uint32Array.from([0, 0, 0, 0, 0, 1]),
} as unknown as ProvenanceIndex;

describe('windowHolds', () => {
  it.each([
    ['the sentence itself', 1, 1, true],
    ['a neighbour in the same paragraph', 1, 2, true],
    ['a sentence two away', 0, 2, false],
    ['across the break, from a long paragraph to a one-sentence one', 2, 3, false],
    ['across the break, from a one-sentence paragraph to a long one', 3, 2, false],
    ['across the break between one-sentence paragraphs (wire copy)', 3, 4, true],
    ['the other way', 5, 4, true],
    ['from a one-sentence paragraph to one of two', 5, 6, false],
    ['into another source', 7, 8, false],
    ['outside the index', 8, 9, false],
  ])('%s (%d, %d) -> %s', (_name, center, s, expected) => {
    expect(windowHolds(index, center, s)).toBe(expected);
  });
});
