import { describe, expect, it } from 'vitest';
import seedIndexFile from '../../../lib/index/generated/seed-index.json';
import { seedIndex } from '../../../lib/index/seed-index';
import { deserializeIndex } from '../../../lib/index/serialize';
import { FILTERED_TABLES, FilteredPostingTable } from '../../../lib/index/key-filter';
import { keysOf, lookup, postingCount } from '../../../lib/index/posting-table';

describe('seedIndex', () => {
  it('is decoded once and kept', () => {
    expect(seedIndex()).toBe(seedIndex());
  });

  it('puts its tables behind key filters that answer every look-up as the file does', () => {
    const filtered = seedIndex();
    const plain = deserializeIndex(seedIndexFile as object);
    for (const name of FILTERED_TABLES) {
      expect(filtered[name]).toBeInstanceOf(FilteredPostingTable);
      const keys = keysOf(plain[name]);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect([...lookup(filtered[name], key)]).toEqual([...lookup(plain[name], key)]);
      // Keys of no table: none is found, and most are turned down by the filter alone.
      let passed = 0;
      for (let key = 1; key <= 2000; key++) {
        const k = Math.imul(key, 0x2545f491) >>> 0;
        if (postingCount(plain[name], k)) continue;
        expect(lookup(filtered[name], k).length).toBe(0);
        if ((filtered[name] as FilteredPostingTable).mayHave(k)) passed++;
      }
      expect(passed).toBeLessThan(200);
    }
  });
});
