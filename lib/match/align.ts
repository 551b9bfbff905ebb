/** A run of equal words: a[aStart..aStart+length) equals b[bStart..bStart+length). */
export interface Tile {
  aStart: number;
  bStart: number;
  length: number;
}

/**
 * Greedy string tiling (Wise, "Running Karp-Rabin matching and greedy string
 * tiling", 1993): repeatedly takes the longest run of equal words not yet
 * covered on either side, down to `minLength`. Unlike a diff it finds moved
 * and reordered clauses, which is how outlets edit wire copy.
 */
export function tile(a: readonly string[], b: readonly string[], minLength: number): Tile[] {
  const tiles: Tile[] = [];
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  // Positions of each word in b, to extend from equal words only.
  const where = new Map<string, number[]>();
  b.forEach((w, j) => {
    const list = where.get(w);
    if (list) list.push(j);
    else where.set(w, [j]);
  });
  for (;;) {
    let best: Tile | null = null;
    for (let i = 0; i < a.length; i++) {
      if (usedA[i]) continue;
      // Only start where the run cannot be extended to the left.
      for (const j of where.get(a[i]!) ?? []) {
        if (usedB[j]) continue;
        if (i > 0 && j > 0 && !usedA[i - 1] && !usedB[j - 1] && a[i - 1] === b[j - 1]) continue;
        let n = 0;
        while (i + n < a.length && j + n < b.length && !usedA[i + n] && !usedB[j + n] && a[i + n] === b[j + n]) n++;
        if (n >= minLength && (!best || n > best.length)) best = { aStart: i, bStart: j, length: n };
      }
    }
    if (!best) break;
    for (let k = 0; k < best.length; k++) {
      usedA[best.aStart + k] = 1;
      usedB[best.bStart + k] = 1;
    }
    tiles.push(best);
  }
  return tiles.sort((x, y) => x.aStart - y.aStart);
}

/** How many words of `a` the tiles cover. */
export function covered(tiles: readonly Tile[]): number {
  return tiles.reduce((n, t) => n + t.length, 0);
}

/** A word with its place in its text: what `joinCompounds` reads and returns. */
export interface PlacedWord {
  norm: string;
  start: number;
  end: number;
}

/**
 * Joins two adjacent words of one side into one where the other side writes
 * them as one word ("back channel" against "backchannel" or "back-channel",
 * which the tokenizer folds to "backchannel"), so that spellings of a
 * compound align. The joined word spans both originals: offsets into the
 * text stay exact. Only words separated by white space or a hyphen join.
 */
export function joinCompounds<T extends PlacedWord>(a: readonly T[], b: readonly T[], textA: string, textB: string): [T[], T[]] {
  const normsA = new Set(a.map((w) => w.norm));
  const normsB = new Set(b.map((w) => w.norm));
  return [joinAgainst(a, normsB, textA), joinAgainst(b, normsA, textB)];
}

/** One side of `joinCompounds`: joins adjacent words of `text` that `other` writes as one. */
export function joinAgainst<T extends PlacedWord>(words: readonly T[], other: ReadonlySet<string>, text: string): T[] {
  const out: T[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next && !other.has(w.norm) && other.has(w.norm + next.norm) && /^[\s\-\u2010\u2011]+$/.test(text.slice(w.end, next.start))) {
      out.push({ ...w, norm: w.norm + next.norm, end: next.end });
      i++;
    } else out.push(w);
  }
  return out;
}
