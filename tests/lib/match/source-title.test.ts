import { describe, expect, it, beforeAll } from 'vitest';
import { firstWords, sourceTitle } from '../../../lib/match/source-title';
import type { ProvenanceIndex } from '../../../lib/index/model';
import { seedTestIndex } from '../../helpers/seeds';

let index: ProvenanceIndex;
beforeAll(async () => {
  index = await seedTestIndex();
});

describe('sourceTitle', () => {
  it('is the title of a source that has one', () => {
    const i = index.sources.findIndex((s) => s.title);
    expect(sourceTitle(index, i)).toBe(index.sources[i]!.title);
  });

  it('is the first words of a source without a title (the seeds that name no outlet have none)', () => {
    const i = index.sources.findIndex((s) => s.id === '001_a430edec51f01de0');
    expect(index.sources[i]!.title).toBeNull();
    expect(sourceTitle(index, i)).toMatch(/^First lady Melania Trump said Friday .*…$/);
  });
});

describe('firstWords', () => {
  it.each([
    ['Short enough.', 20, 'Short enough.'],
    ['The harbour authority approved a new ferry timetable', 30, 'The harbour authority approved…'],
    ['The harbour authority approved a new ferry timetable', 29, 'The harbour authority…'],
    ['Words, then a comma, cut here', 7, 'Words…'],
    ['Onewordlongerthanthelimit', 10, 'Onewordlon…'],
  ])('%j at %i characters: %j', (text, max, expected) => {
    expect(firstWords(text, max)).toBe(expected);
  });
});
