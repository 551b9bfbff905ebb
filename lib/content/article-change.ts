/**
 * Share of paragraphs at or above which an article counts as changed enough
 * to analyse again: a live blog's new entry or a swapped story, not a
 * corrected typo or a ticking "updated 2 minutes ago".
 */
export const SUBSTANTIAL_CHANGE = 0.1;

/**
 * The share of paragraphs that differ between two versions of an article:
 * (the longer one's count − paragraphs both share, as multisets) / (the longer one's count).
 */
export function paragraphChangeShare(before: readonly string[], after: readonly string[]): number {
  const longer = Math.max(before.length, after.length);
  if (longer === 0) return 0;
  const counts = new Map<string, number>();
  for (const p of before) counts.set(p, (counts.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of after) {
    const n = counts.get(p) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(p, n - 1);
    }
  }
  // Counted as differing over total (not 1 − shared / total): 1 of 10 is exactly 0.1.
  return (longer - shared) / longer;
}

/** Whether the change from `before` to `after` warrants a new analysis. */
export function changedSubstantially(before: readonly string[], after: readonly string[]): boolean {
  return paragraphChangeShare(before, after) >= SUBSTANTIAL_CHANGE;
}
