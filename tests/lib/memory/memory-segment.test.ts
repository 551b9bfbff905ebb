import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { deserializeIndex, serializeIndexBytes } from '../../../lib/index/serialize';
import { composeIndex } from '../../../lib/index/segments';
import { lookup, postingCount } from '../../../lib/index/posting-table';
import { FilteredPostingTable } from '../../../lib/index/key-filter';
import { matchPage } from '../../../lib/match/match-page';
import { FILTERED_SEGMENT_LEVEL, openMemorySegment } from '../../../lib/memory/memory-segment';
import { FERRY_PAPER, FERRY_WIRE, LIBRARY_NEWS } from '../../helpers/pack-fixtures';

const bytesOf = (articles = [FERRY_WIRE, LIBRARY_NEWS]) => serializeIndexBytes(buildIndex(articles)).slice().buffer as ArrayBuffer;

describe('a memory segment opened for matching', () => {
  it('puts a small segment’s tables behind key filters, and reads a large one as it is', () => {
    const small = openMemorySegment({ bytes: bytesOf(), level: FILTERED_SEGMENT_LEVEL });
    const large = openMemorySegment({ bytes: bytesOf(), level: FILTERED_SEGMENT_LEVEL + 1 });
    for (const name of ['passages', 'quoteGrams', 'claimTerms'] as const) {
      expect(small[name]).toBeInstanceOf(FilteredPostingTable);
      expect(large[name]).not.toBeInstanceOf(FilteredPostingTable);
    }
  });

  it('finds every key the segment holds, and nothing for keys it does not', () => {
    const plain = deserializeIndex(bytesOf());
    const filtered = openMemorySegment({ bytes: bytesOf(), level: 0 });
    for (const name of ['passages', 'quoteGrams', 'claimTerms'] as const) {
      for (const key of plain[name].keys) {
        expect(Array.from(lookup(filtered[name], key))).toEqual(Array.from(lookup(plain[name], key)));
        expect(postingCount(filtered[name], key)).toBe(postingCount(plain[name], key));
      }
      const held = new Set(plain[name].keys);
      for (let k = 1; k < 2000; k++) {
        const key = Math.imul(k, 2654435761) >>> 0;
        if (!held.has(key)) expect(lookup(filtered[name], key).length).toBe(0);
      }
    }
  });

  it('gives a page the same report as the segment unfiltered', () => {
    const page = {
      url: 'https://elsewhere.example/ferry',
      title: null,
      readerable: true,
      paragraphs: [...FERRY_PAPER.paragraphs, LIBRARY_NEWS.paragraphs[0]!],
    };
    const report = (level: number) =>
      matchPage(page, composeIndex([{ id: 'memory:a', origin: 'memory', index: openMemorySegment({ bytes: bytesOf(), level }) }])).paragraphs;
    const filtered = report(0);
    expect(filtered.some((p) => p.matches.length)).toBe(true);
    expect(filtered).toEqual(report(FILTERED_SEGMENT_LEVEL + 1));
  });
});
