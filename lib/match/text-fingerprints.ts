import { forEachWord } from '../text/word-scan';
import { normOf } from '../text/tokenize';
import { FINGERPRINT, winnow } from './fingerprint';

/** A text's folded words (`words(text)`), counted and fingerprinted. */
export interface TextFingerprints {
  wordCount: number;
  /** `fingerprints(words(text))`. */
  fingerprints: number[];
}

// Per word: where it stands, and its folded form where that is not the text's own characters in lower case.
// Scratch, reused: a text is fingerprinted whole before the next.
const starts: number[] = [];
const ends: number[] = [];
const folded: Array<string | undefined> = [];

/**
 * `fingerprints(words(text))` and `words(text).length`, read from the text
 * itself: a word of ASCII letters and digits (most words) is hashed as it
 * stands, lower-cased on the fly, so no string is made for it. Every
 * paragraph of every page is fingerprinted, and most match nothing.
 */
export function textFingerprints(text: string): TextFingerprints {
  let n = 0;
  forEachWord(text, (start, end) => {
    let plain = true;
    for (let i = start; i < end && plain; i++) {
      const c = text.charCodeAt(i);
      plain = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    }
    const norm = plain ? undefined : normOf(text.slice(start, end));
    if (norm === '') return;
    starts[n] = start;
    ends[n] = end;
    folded[n] = norm;
    n++;
  });
  const hashes: number[] = [];
  for (let i = 0; i + FINGERPRINT.k <= n; i++) hashes.push(shingleHash(text, i, FINGERPRINT.k));
  folded.length = 0;
  return { wordCount: n, fingerprints: [...new Set(winnow(hashes))] };
}

// `hashWords` over the folded words from..from+count, read from the scratch arrays. The FNV steps are
// written out, as in `hashWords`: one helper shared by both ran the corpus's fingerprints at 2.4x the time.
function shingleHash(text: string, from: number, count: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < from + count; w++) {
    const norm = folded[w];
    if (norm === undefined) {
      for (let i = starts[w]!, end = ends[w]!; i < end; i++) {
        const c = text.charCodeAt(i);
        h ^= c >= 65 && c <= 90 ? c + 32 : c;
        h = Math.imul(h, 0x01000193);
      }
    } else {
      for (let i = 0; i < norm.length; i++) {
        h ^= norm.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
    }
    h ^= 1;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
