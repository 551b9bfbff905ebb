import type { ArticleInput } from '../index/model';
import { deserializeIndex } from '../index/serialize';

/*
 * A memory article's text is stored once, in the index of the segment that
 * holds it: listing reads the rows (metadata only), and merging, forgetting
 * and exporting read the text back from the segments here.
 */

/** Every article a segment's index holds: each source's metadata and its paragraphs (sources are in id order). */
export function segmentArticles(bytes: ArrayBuffer | Uint8Array): ArticleInput[] {
  const index = deserializeIndex(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  return index.sources.map((s, i) => ({
    id: s.id,
    outlet: s.outlet,
    published: s.published,
    title: s.title,
    url: s.url,
    paragraphs: index.paragraphs.slice(index.sourceStart[i]!, index.sourceStart[i + 1]!),
  }));
}

/** The paragraphs of one source of a segment (by its source id), or null where the segment does not hold it. */
export function segmentText(bytes: ArrayBuffer | Uint8Array, sourceId: string): string[] | null {
  const index = deserializeIndex(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  // Sources are sorted by id (build.ts): a binary search decodes a dozen of them, not thousands.
  let lo = 0;
  let hi = index.sources.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = index.sources[mid]!.id;
    if (id === sourceId) return index.paragraphs.slice(index.sourceStart[mid]!, index.sourceStart[mid + 1]!);
    if (id < sourceId) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}
