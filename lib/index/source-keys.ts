import type { ProvenanceIndex, SourceMeta } from './model';
import { fnv1a } from '../text/hash';

/*
 * Each source's id and address as 32-bit hashes, two numbers a source
 * (id, address), stored in the index file: a page is told from an indexed
 * article by its address, and a segment's duplicates by their ids, with no
 * source's metadata decoded but the few whose hash agrees (decoding all of a
 * 100,000-article index's addresses took 0.3–0.5 s on the first page). A
 * hash is only a filter: an equal hash is confirmed on the decoded text.
 */

/**
 * The name of the file section that holds the keys. Bump its number with any
 * change to `normalizeUrl` or the hashes: files of the old number then fall
 * back to computing the keys, rather than reading stale ones.
 */
export const SOURCE_KEYS_SECTION = 'sourceKeys:1';

/** Normalised address for comparison: no scheme, no "www.", no fragment, no trailing slash. */
export function normalizeUrl(url: string): string {
  return url
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** An address's key (0 for none; a real address may hash to 0 too: keys only filter). */
export function urlKey(url: string | null): number {
  return url ? fnv1a(normalizeUrl(url)) : 0;
}

/** The keys of sources, as stored: id then address, for each source in turn. */
export function sourceKeysOf(sources: readonly SourceMeta[]): Uint32Array {
  const keys = new Uint32Array(sources.length * 2);
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    keys[2 * i] = fnv1a(s.id);
    keys[2 * i + 1] = urlKey(s.url);
  }
  return keys;
}

// Keys computed for an index that has none (built in memory, or read from a file written before them).
const computed = new WeakMap<ProvenanceIndex, Uint32Array>();

/** An index's source keys: stored, else computed once from its sources. */
export function sourceKeys(index: ProvenanceIndex): Uint32Array {
  if (index.sourceKeys) return index.sourceKeys;
  let keys = computed.get(index);
  if (!keys) computed.set(index, (keys = sourceKeysOf(index.sources)));
  return keys;
}

/** The first source, in index order, whose address is `url` once normalised and that `eligible` accepts. */
export function findSourceByUrl(index: ProvenanceIndex, url: string, eligible: (source: number) => boolean = () => true): number | undefined {
  const keys = sourceKeys(index);
  const normal = normalizeUrl(url);
  const key = fnv1a(normal);
  for (let i = 1; i < keys.length; i += 2) {
    if (keys[i] !== key) continue;
    const source = (i - 1) / 2;
    const u = index.sources[source]!.url;
    if (u && normalizeUrl(u) === normal && eligible(source)) return source;
  }
  return undefined;
}
