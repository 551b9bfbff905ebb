import type { ProvenanceIndex } from './model';

/** What an index holds, as the options page shows the bundled set and each pack. */
export interface IndexSummary {
  articles: number;
  /** Distinct outlet names (sources that name none are not counted). */
  outlets: number;
  /** Earliest and latest ISO publication date among the articles; null where none is dated. */
  firstPublished: string | null;
  lastPublished: string | null;
}

/** Counts an index's articles and outlets and the range of their dates (reads every source's metadata once). */
export function describeIndex(index: ProvenanceIndex): IndexSummary {
  const outlets = new Set<string>();
  let first: string | null = null;
  let last: string | null = null;
  const n = index.sources.length;
  for (let i = 0; i < n; i++) {
    const s = index.sources[i]!;
    if (s.outlet) outlets.add(s.outlet);
    const d = s.published;
    if (!d) continue;
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return { articles: n, outlets: outlets.size, firstPublished: first, lastPublished: last };
}
