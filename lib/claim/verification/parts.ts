import { contentStem } from '../../text/stems';
import { TIME_HEAD, type ClaimFeatures, type ClaimNumber, type EntityPhrase } from '../reading/terms';
import { CLAIM_VERIFY } from './thresholds';
import { ruleOn } from '../rule-ids';
import { countSamePeople } from '../reading/person-heads';

/** A set of name tokens, as far as the verifier asks it. */
export interface NameSet {
  has(name: string): boolean;
  /** Whether a name token is also an ordinary word where the set's names come from (`common-word-name-part`). */
  ordinary?(name: string): boolean;
}

/** A source sentence as the verifier sees it. */
export interface SourceClaim {
  /** The sentence and its neighbours (`windowHolds`), read together: a fact may take two sentences. */
  features: ClaimFeatures;
  /** The sentence alone, without its neighbours (where known). */
  own?: ClaimFeatures;
  /** Name tokens (and role keys) of the same sentences: who "she" is. */
  nearbyNames: NameSet;
  /** Name tokens (and role keys) anywhere in the source article: only asked whether it has one. */
  articleNames: NameSet;
  /** The whole source article read as one passage, on first use (`event-identity`). */
  article?: () => ClaimFeatures;
  /** The source article's first two paragraphs read as one passage, on first use (`event-identity`). */
  lede?: () => ClaimFeatures;
}

/** The figures and weekdays ("on Tuesday") of a page's lede (headline and first paragraph, quotes left out): which event the page reports. */
export interface ArticleLede {
  numbers: readonly ClaimNumber[];
  weekdays: readonly string[];
  /** The lede tells of a repetition ("rises again", "for the second time"): the page reports a later event of its kind. */
  repeats?: boolean;
}

/**
 * The weight of a part by its index key ("c:child", "e:putin", "n:8",
 * "t:august"): how much information stating it carries. Without an index,
 * every part weighs the same.
 */
export type Weigh = (key: string) => number;

/** The parts of features whose information is weighed together. */
export interface Parts {
  content: readonly string[];
  numbers: readonly string[];
  entities: readonly EntityPhrase[];
  dates: readonly string[];
}

/** The summed weight of some parts. */
export function weightOf(p: Parts, weigh: Weigh): number {
  let w = 0;
  for (const c of p.content) w += weigh(`c:${c}`);
  for (const n of p.numbers) w += weigh(`n:${n}`);
  for (const e of p.entities) w += nameWeight(e, weigh);
  for (const d of p.dates) w += weigh(`t:${d}`);
  return w;
}

/** `part / whole`, 0 for an empty whole. */
export const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** A name weighs as its most specific word ("Melania Trump": melania). */
export function nameWeight(e: EntityPhrase, weigh: Weigh): number {
  const keys = [...e.tokens, ...(e.role ? [e.role] : [])];
  return keys.length ? Math.max(...keys.map((t) => weigh(`e:${t}`))) : 0;
}

/** What a length of time counts (`TIME_HEAD`): figures of time agree with any other of their key. */
export const TIME = TIME_HEAD;

/** Two figures count the same thing, or one of them counts nothing named; people count any kind of person (`people-count`). */
export function sameHead(a: ClaimNumber, b: ClaimNumber): boolean {
  return !a.head || !b.head || a.head === b.head || (ruleOn('people-count') && countSamePeople(a.head, b.head));
}

/** The first name of a sentence given by its own words, not by a role: its subject, as a rule. */
export function firstActor(f: ClaimFeatures): EntityPhrase | undefined {
  return f.entities.find((e) => !e.role && e.tokens.length > 0);
}

/** Every word of the name is among the source's content stems ("the Russian presidential commissioner"). */
export function writtenAsContent(e: EntityPhrase, content: ReadonlySet<string>): boolean {
  return e.tokens.length > 0 && e.tokens.every((t) => content.has(contentStem(t)));
}

/**
 * True where `anchorPhrase` content stems follow each other in both lists
 * (each in text order, repeats dropped: a close reading of "the same
 * words in the same order").
 */
export function sharesPhrase(page: readonly string[], source: readonly string[], length = CLAIM_VERIFY.anchorPhrase): boolean {
  for (let i = 0; i + length <= page.length; i++) {
    const j = source.indexOf(page[i]!);
    if (j < 0) continue;
    let k = 1;
    while (k < length && source[j + k] === page[i + k]) k++;
    if (k === length) return true;
  }
  return false;
}

/**
 * A name is among a set of name tokens when at least half of its words are,
 * or when its role is and the name has no words of its own or shares one:
 * "the first lady" is among names that give the role, but "Ukraine's first
 * lady Olena Zelenska" is not among Melania Trump's, though both are first
 * ladies.
 */
export function nameIn(e: EntityPhrase, names: NameSet): boolean {
  if (e.role && names.has(e.role) && (!e.tokens.length || e.tokens.some((t) => names.has(t)))) return true;
  if (!e.tokens.length) return false;
  const shared = e.tokens.filter((t) => names.has(t));
  if (shared.length * 2 < e.tokens.length) return false;
  // Part of a name, where every word in common is also an ordinary word ("office" of "Post Office" and "Oval Office"): another name.
  return shared.length === e.tokens.length || !names.ordinary || !ruleOn('common-word-name-part') || !shared.every((t) => names.ordinary!(t));
}

/** All name tokens and role keys of some features. */
export function namesOf(features: readonly ClaimFeatures[]): Set<string> {
  const out = new Set<string>();
  for (const f of features) {
    for (const e of f.entities) {
      for (const t of e.tokens) out.add(t);
      if (e.role) out.add(e.role);
    }
  }
  return out;
}

/** The features of several sentences read as one passage. */
export function mergeFeatures(list: readonly ClaimFeatures[]): ClaimFeatures {
  const out: ClaimFeatures = { content: [], negated: [], entities: [], numbers: [], dates: [] };
  for (const f of list) {
    for (const c of f.content) if (!out.content.includes(c)) out.content.push(c);
    for (const c of f.negated) if (!out.negated.includes(c)) out.negated.push(c);
    for (const e of f.entities) out.entities.push(e);
    for (const n of f.numbers) if (!out.numbers.some((m) => m.key === n.key && m.head === n.head)) out.numbers.push(n);
    for (const d of f.dates) if (!out.dates.includes(d)) out.dates.push(d);
  }
  return out;
}
