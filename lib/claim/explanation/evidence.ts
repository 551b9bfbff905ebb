import type { ClaimFeatures } from '../reading/terms';
import type { Weigh } from '../verification/parts';
import { UNSEEN } from '../verification/thresholds';

/** The sentences of a verified window to show, and the information of the page sentence they state. */
export interface Evidence {
  sentences: number[];
  /** Weight of the page sentence's parts the shown sentences state. */
  weight: number;
}

/**
 * The sentence of a window that states the page sentence's fact: the one
 * stating most of its information, weighed (not the window's first, nor its
 * centre, which may be a lede or a heading beside the fact). A neighbour is
 * shown with it only where it states a part the first does not, weighing
 * at least half a word found nowhere: a fact told over two sentences.
 */
export function pickEvidence(members: readonly number[], read: (s: number) => ClaimFeatures, page: ClaimFeatures, weigh: Weigh): Evidence {
  const parts = members.map((s) => ({ s, keys: statedKeys(read(s), page) }));
  const weightOf = (keys: ReadonlySet<string>) => [...keys].reduce((w, k) => w + weigh(k), 0);
  const best = parts.reduce((a, b) => (weightOf(b.keys) > weightOf(a.keys) ? b : a));
  const shown = new Set(best.keys);
  const sentences = [best.s];
  for (const p of parts) {
    if (p === best || Math.abs(p.s - best.s) !== 1) continue;
    const added = [...p.keys].filter((k) => !shown.has(k));
    if (weightOf(new Set(added)) < 0.5 * weigh(UNSEEN)) continue;
    for (const k of added) shown.add(k);
    sentences.push(p.s);
  }
  return { sentences: sentences.sort((a, b) => a - b), weight: weightOf(shown) };
}

// The page sentence's content words, figures and dates a source sentence states, as index keys.
function statedKeys(f: ClaimFeatures, page: ClaimFeatures): Set<string> {
  const keys = new Set<string>();
  const content = new Set(f.content);
  for (const c of page.content) if (content.has(c)) keys.add(`c:${c}`);
  for (const n of page.numbers) if (f.numbers.some((m) => m.key === n.key)) keys.add(`n:${n.key}`);
  for (const d of page.dates) if (f.dates.includes(d)) keys.add(`t:${d}`);
  return keys;
}
