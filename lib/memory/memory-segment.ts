import type { ProvenanceIndex } from '../index/model';
import { deserializeIndex } from '../index/serialize';
import { filterTables } from '../index/key-filter';
import type { MemorySegmentRow } from '../cache/database';

/** Segments up to this level (8^level articles each: at most 7 × (1 + 8 + 64) articles in all) get key filters as they open. */
export const FILTERED_SEGMENT_LEVEL = 2;

/**
 * A stored segment opened for matching. Every segment is asked for each of a
 * page's fingerprints, quote grams and terms, and nearly all are in none: a
 * small segment (the many recent ones) gets key filters built as it opens, so
 * a miss costs two bit tests, not a bucket decode. Filters are not stored, as
 * a pack's are (8 bits a key on disk); large segments, few and dear to filter
 * at each wake of the service worker, are read as they are.
 */
export function openMemorySegment(row: Pick<MemorySegmentRow, 'bytes' | 'level'>): ProvenanceIndex {
  const index = deserializeIndex(new Uint8Array(row.bytes));
  if (row.level <= FILTERED_SEGMENT_LEVEL) filterTables(index);
  return index;
}
