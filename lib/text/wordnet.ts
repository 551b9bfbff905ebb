import { WORDNET_CLASSES } from './generated/wordnet-classes';

let classesOf: Map<string, number[]> | null = null;
let members: string[][] | null = null;

// Built on first use, not at import (nothing in lib/ runs at import time).
function table(): Map<string, number[]> {
  if (classesOf) return classesOf;
  classesOf = new Map();
  members = WORDNET_CLASSES ? WORDNET_CLASSES.split('|').map((c) => c.split(' ')) : [];
  members.forEach((stems, id) => {
    for (const s of stems) {
      const list = classesOf!.get(s);
      if (list) list.push(id);
      else classesOf!.set(s, [id]);
    }
  });
  return classesOf;
}

/**
 * Whether two content stems are WordNet synonyms: they share a synset that is
 * the first (most frequent) sense of both base words (see lib/node/wordnet.ts,
 * which wrote the table at build time).
 */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return false;
  const ca = table().get(a);
  const cb = ca && table().get(b);
  return !!cb && ca.some((c) => cb.includes(c));
}

/** The stems a content stem is a WordNet synonym of (none where the table has none). */
export function synonymsOf(stem: string): string[] {
  const ids = table().get(stem);
  if (!ids) return [];
  const out = new Set<string>();
  for (const id of ids) for (const s of members![id]!) if (s !== stem) out.add(s);
  return [...out];
}
