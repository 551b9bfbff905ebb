/**
 * 32-bit FNV-1a over a string's UTF-16 code units: fast, deterministic on every
 * platform, and good enough to key word n-grams (collisions only cost a
 * candidate that the alignment then rejects).
 */
export function fnv1a(text: string): number {
  return fnv1aAfter('', text);
}

/** `fnv1a(prefix + text)`, the joined string not built. */
export function fnv1aAfter(prefix: string, text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) {
    h ^= prefix.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The hash of a run of words, joined so that ["ab","c"] and ["a","bc"] differ:
 * `fnv1a` of the words each followed by U+0001, hashed in place (no joined string is built).
 */
export function hashWords(words: readonly string[], from: number, count: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + count; i++) {
    const w = words[i]!;
    for (let c = 0; c < w.length; c++) {
      h ^= w.charCodeAt(c);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 1;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
