import { porter } from './porter';
import { IRREGULAR, SYNONYM_GROUPS, COMPOUNDS } from './synonyms';

let groups: Map<string, string> | null = null;
let compounds: Set<string> | null = null;

// Built on first use, not at import (nothing in lib/ runs at import time).
function groupOf(): Map<string, string> {
  if (groups) return groups;
  groups = new Map();
  for (const group of SYNONYM_GROUPS) {
    const head = baseStem(group[0]!);
    for (const word of group) {
      const s = baseStem(word);
      if (!groups.has(s)) groups.set(s, head);
    }
  }
  return groups;
}

function baseStem(word: string): string {
  return porter(IRREGULAR.get(word) ?? word);
}

/**
 * The comparison form of a content word: irregular forms to their base
 * ("wrote" -> write, "children" -> child), then the Porter stem (Porter,
 * "An algorithm for suffix stripping", 1980: "reunited" and "reunites"
 * agree), then the head of its synonym group ("kids" -> child).
 */
export function contentStem(word: string): string {
  let stem = memo.get(word);
  if (stem === undefined) {
    stem = compoundStem(word);
    // A bounded memo: words recur, and stemming is among the costliest steps of reading a page.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, stem);
  }
  return stem;
}

const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/**
 * `contentStem` not memoised, as two words written as one are read: nearly every pair
 * of a text is new (nine in ten in the synthetic corpus), and millions of
 * them would keep clearing the memo of single words.
 */
export function compoundStem(joined: string): string {
  const s = baseStem(joined);
  return groupOf().get(s) ?? s;
}

/**
 * The Porter stem alone (no irregular forms, no synonyms), memoised as
 * `contentStem` is: the quote tier aligns every candidate source quote on it,
 * up to 64 a page quote in a large index, and the same words recur.
 */
export function porterStem(word: string): string {
  let stem = porterMemo.get(word);
  if (stem === undefined) {
    stem = porter(word);
    if (porterMemo.size >= MEMO_LIMIT) porterMemo.clear();
    porterMemo.set(word, stem);
  }
  return stem;
}

const porterMemo = new Map<string, string>();

/** True where two words are written as one by some outlets ("back channel" -> backchannel). */
export function isCompound(joined: string): boolean {
  compounds ??= new Set(COMPOUNDS);
  return compounds.has(joined);
}
