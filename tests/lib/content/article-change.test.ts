import { describe, expect, it } from 'vitest';
import { changedSubstantially, paragraphChangeShare } from '../../../lib/content/article-change';

const ten = Array.from({ length: 10 }, (_, i) => `Paragraph ${i}.`);

describe('article changes', () => {
  it.each([
    ['nothing changed', ten, ten, 0, false],
    ['the same paragraphs reordered', ten, [...ten].reverse(), 0, false],
    ['one of ten edited', ten, ten.map((p, i) => (i === 3 ? `${p} Updated.` : p)), 0.1, true],
    ['one of twenty edited', [...ten, ...ten.map((p) => `${p}b`)], [...ten, ...ten.map((p) => `${p}b`)].map((p, i) => (i === 0 ? 'X.' : p)), 0.05, false],
    ['a new entry on a live blog of ten', ten, ['New entry.', ...ten], 1 / 11, false],
    ['another story', ten, ['Other.'], 1, true],
    ['from nothing to an article', [], ten, 1, true],
    ['both empty', [], [], 0, false],
  ])('%s', (_name, before, after, share, substantial) => {
    expect(paragraphChangeShare(before, after)).toBeCloseTo(share as number, 5);
    expect(changedSubstantially(before, after)).toBe(substantial);
  });
});
