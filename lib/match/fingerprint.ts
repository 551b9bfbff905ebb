import { hashWords } from '../text/hash';

/** Winnowing parameters: k-word shingles, window of w shingles. */
export const FINGERPRINT = {
  /** Words per shingle. Five words rarely recur by chance in news prose. */
  k: 5,
  /**
   * Shingles per window. Winnowing guarantees that any shared run of at least
   * w + k - 1 = 12 words yields a shared fingerprint (Schleimer, Wilkerson and
   * Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD
   * 2003), while keeping about 2/(w+1) of the shingles.
   */
  w: 8,
} as const;

/** The hashes of every k-word shingle of a word list. */
export function shingles(words: readonly string[], k: number = FINGERPRINT.k): number[] {
  const out: number[] = [];
  for (let i = 0; i + k <= words.length; i++) out.push(hashWords(words, i, k));
  return out;
}

/**
 * Winnowing: in every window of w consecutive shingle hashes, keep the
 * smallest (the rightmost on ties), each kept position once. Texts shorter than
 * one window keep their smallest shingle, so short paragraphs still fingerprint.
 */
export function winnow(hashes: readonly number[], w: number = FINGERPRINT.w): number[] {
  const kept: number[] = [];
  if (!hashes.length) return kept;
  let last = -1;
  const windows = Math.max(1, hashes.length - w + 1);
  for (let start = 0; start < windows; start++) {
    const end = Math.min(hashes.length, start + w);
    let min = start;
    for (let i = start; i < end; i++) if (hashes[i]! <= hashes[min]!) min = i;
    if (min !== last) {
      kept.push(hashes[min]!);
      last = min;
    }
  }
  return kept;
}

/** The winnowed fingerprints of a word list, deduplicated. */
export function fingerprints(words: readonly string[]): number[] {
  return [...new Set(winnow(shingles(words)))];
}
