import { claimWords, hasLetter, type ClaimWord } from './words';
export type { ClaimWord };
import { findNumbers, isNumberWord, type NumberMention } from './numbers';
import { canonicalName, phraseAlias, isTitle, isDateName, isDemonym, isKnownName, ROLES } from '../../text/aliases';
import { compoundStem, contentStem, isCompound } from '../../text/stems';
import { isFiller, isStopword } from '../../text/stopwords';
import { ruleOn } from '../rule-ids';
import { isHedge, opensClause } from './verbs';
import { fnv1a, fnv1aAfter } from '../../text/hash';

/** A name in a sentence: its canonical words, and the role it was named by ("first lady"), if any. */
export interface EntityPhrase {
  tokens: string[];
  role: string | null;
  /**
   * The wider place a place is given with ("in Anchorage, Alaska": alaska):
   * a source that names the wider place does not leave the place out.
   */
  region?: string[];
  /** Given as an example of a kind ("clubs like Harwell", "firms such as Acme"): not a party to the fact. */
  example?: true;
}

/** A figure in a sentence and the word it counts ("eight children" -> child), where one follows. */
export interface ClaimNumber {
  key: string;
  head: string | null;
  /**
   * A total referred to, not stated: "one of the eight children", "three of the
   * 19,500" (a count the story gave before). Absent where the figure is stated.
   */
  partitive?: true;
  /** A part of a group ("three of the children"): not a count of the whole. Absent otherwise. */
  part?: true;
}

/** What a sentence states, in comparable parts. */
export interface ClaimFeatures {
  /** Content stems, synonyms folded, each once. */
  content: string[];
  /** Content stems that a negation governs ("did not reunite"). */
  negated: string[];
  entities: EntityPhrase[];
  numbers: ClaimNumber[];
  /** Weekdays and months named. */
  dates: string[];
  /**
   * Content stems found only in an apposition, a description of someone set
   * off by commas (", a Slovenian-born former model,"): they say who, not
   * what happened. Absent where there are none.
   */
  appositive?: string[];
  /** The sentence says what may be, not what is ("will likely continue", "may have"). Absent where it states. */
  hedged?: true;
  /** Whom the sentence quotes or reports: a name next to a verb of saying ("..., Ortiz said"). */
  speaker?: EntityPhrase;
}

/**
 * What the index knows of words, for reading a page: which joined words are
 * terms ("back channel" reads as backchannel where some source writes it so),
 * and which words are names wherever they stand ("Trump" first in a sentence).
 */
export interface Lexicon {
  isTerm: (stem: string) => boolean;
  isName: (word: string) => boolean;
}

/** A lexicon that knows nothing: each text is read on its own. */
export const NO_LEXICON: Lexicon = { isTerm: () => false, isName: () => false };

/** What an article says about its own names, for reading any one of its sentences. */
export interface ArticleContext {
  /** Words the article capitalises where capitals are not automatic: names. */
  capitalized: ReadonlySet<string>;
  /** Roles the article binds to one name ("First Lady Melania Trump": firstlady -> melania, trump). */
  bindings: ReadonlyMap<string, readonly string[]>;
  lexicon: Lexicon;
}

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'without',
  'none',
  'nobody',
  'nothing',
  'cannot',
  'denied',
  'denies',
  'deny',
  'refused',
  'refuses',
  'failed',
  'fails',
]);
/** Punctuation that ends a sentence or a clause: a negation's reach stops there. */
const CLAUSE_END = /[.;:!?]/;
/** Negations of a verb: they reach the verb, not what follows it. */
const VERB_NEGATIONS = new Set(['not', 'never', 'cannot', 'denied', 'denies', 'deny', 'refused', 'refuses', 'failed', 'fails']);
const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'del', 'da', 'al', 'bin', 'van', 'von']);
/** Words after a figure searched for what it counts ("eight Ukrainian children"). */
const HEAD_REACH = 3;
/** Words that may stand between a figure and what it counts. */
const HEAD_SKIP = new Set([
  'of',
  'the',
  'a',
  'an',
  'these',
  'those',
  'their',
  'his',
  'her',
  'its',
  'our',
  'more',
  'other',
  'young',
  'new',
  'small',
  'additional',
  'further',
]);

/**
 * Reads a sentence into the parts the claim tier compares: content stems,
 * names, figures (with what they count) and dates. `ctx` is the article the
 * sentence belongs to: it tells names from capitalised first words and
 * resolves roles ("the first lady") to the names the article gives them.
 */
export function claimFeatures(sentence: string, ctx: ArticleContext): ClaimFeatures {
  return claimFeaturesOf(claimWords(sentence), sentence, ctx);
}

/**
 * `claimFeatures` of words already read from `text` (offsets into `text`):
 * a paragraph is read into words once, and its sentences and clauses are
 * slices of them.
 */
export function claimFeaturesOf(words: readonly ClaimWord[], text: string, ctx: ArticleContext): ClaimFeatures {
  const norms = words.map((w) => w.norm);
  const kind: Array<'name' | 'role' | 'number' | 'date' | 'content' | 'none'> = words.map(() => 'none');

  // Figures first: number words are never names or content.
  const numbers: ClaimNumber[] = [];
  const mentions = findNumbers(norms);
  for (const m of mentions) for (let i = m.from; i < m.to; i++) kind[i] = 'number';

  // Names and roles, with the words each spans.
  const entities: EntityPhrase[] = [];
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length;) {
    if (kind[i] === 'number') {
      i++;
      continue;
    }
    const role = roleAt(norms, i);
    if (role) {
      for (let k = i; k < i + role.length; k++) kind[k] = 'role';
      const name = readName(words, i + role.length, ctx, kind);
      const bound = ctx.bindings.get(role.key);
      if (name.tokens.length) entities.push({ tokens: name.tokens, role: role.key });
      // "The union's president" is no one the story names: a role held in a common noun's
      // organisation is not the role of a state.
      else if (!(words[i - 1] && !words[i - 1]!.cap && words[i - 1]!.possessive)) entities.push({ tokens: [...(bound ?? [])], role: role.key });
      i = name.to;
      continue;
    }
    const name = readName(words, i, ctx, kind);
    if (name.tokens.length) {
      entities.push(
        givenAsExample(norms, i) && ruleOn('example-not-party') ? { tokens: name.tokens, role: null, example: true } : { tokens: name.tokens, role: null },
      );
      spans[entities.length - 1] = [i, name.to];
      i = name.to;
      continue;
    }
    i++;
  }
  markRegions(text, words, entities, spans);
  const routes = routesOf(norms, entities, spans);
  const speaker = speakerOf(norms, entities, spans);

  // Each name once ("Moscow and the Kremlin" name one state).
  const seen = new Set<string>();
  for (let k = entities.length - 1; k >= 0; k--) {
    const key = `${entities[k]!.role ?? ''}:${entities[k]!.tokens.join(' ')}`;
    if (seen.has(key)) entities.splice(k, 1);
    seen.add(key);
  }

  const dates: string[] = [];
  words.forEach((w, i) => {
    if (kind[i] === 'none' && w.cap && isDateName(w.norm)) {
      kind[i] = 'date';
      dates.push(w.norm);
    }
  });

  // Content: what is left, compounds joined ("back channel" -> backchannel).
  const content: string[] = [];
  const negated: string[] = [];
  const stems: Array<string | null> = words.map((w, i) => (kind[i] === 'none' && isContentWord(w.norm) ? contentStem(w.norm) : null));
  // Compounds are joined before filler is dropped: "back" alone says nothing, "back channel" does.
  for (let i = 0; i + 1 < words.length; i++) {
    if (kind[i] !== 'none' || kind[i + 1] !== 'none' || words[i + 1]!.start - words[i]!.end > 1) continue;
    if (!isLetters(norms[i]!) || !isLetters(norms[i + 1]!) || isStopword(norms[i]!) || isStopword(norms[i + 1]!)) continue;
    const joined = norms[i]! + norms[i + 1]!;
    const stem = compoundStem(joined);
    if (isCompound(joined) || ctx.lexicon.isTerm(stem)) {
      stems[i] = stem;
      stems[i + 1] = null;
      kind[i + 1] = 'content';
      i++;
    }
  }
  stems.forEach((s, i) => {
    const route = routes.get(i);
    if (route && !content.includes(route)) content.push(route);
    if (s === null) return;
    kind[i] = 'content';
    if (!content.includes(s)) content.push(s);
    if (isNegated(norms, i, stems, text, words) && !negated.includes(s)) negated.push(s);
  });

  for (const m of mentions) {
    if (m.weak) continue;
    const head = m.key.startsWith('d') ? TIME_HEAD : (signOf(text, words[m.from]!, words[m.to - 1]!) ?? headOf(text, words, m.to, stems, kind));
    if (numbers.some((n) => n.key === m.key)) continue;
    const n: ClaimNumber = isPartitive(norms, m.from, mentions) ? { key: m.key, head, partitive: true } : { key: m.key, head };
    if (norms[m.to] === 'of' && head !== TIME_HEAD) n.part = true;
    numbers.push(n);
  }
  const appositive = appositiveStems(text, words, stems);
  const out: ClaimFeatures = appositive.length ? { content, negated, entities, numbers, dates, appositive } : { content, negated, entities, numbers, dates };
  if (words.some((w) => !w.cap && isHedge(w.norm))) out.hedged = true;
  if (speaker) out.speaker = speaker;
  return out;
}

// "Clubs like Harwell", "firms such as Acme": a name after a plural common noun and "like", or after
// "such as", stands for a kind of party, not for one that did something.
function givenAsExample(norms: readonly string[], i: number): boolean {
  if (norms[i - 1] === 'as' && norms[i - 2] === 'such') return true;
  return norms[i - 1] === 'like' && /^[a-z]{3,}s$/.test(norms[i - 2] ?? '');
}

/** Words that put a place after them ("in Anchorage, Alaska"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'outside']);

// "In Anchorage, Alaska": a name after a preposition of place, followed by a comma and another
// name, is a place given with its wider place (a city and its state or country). Only that
// shape: "Putin, Trump said" or "Zelenska, Ukraine's first lady" are two names, not a place.
// (`npm run bench:accuracy`: two pairs more, 579 -> 581, no false match more: a seed that met
// Putin "in Anchorage, Alaska" against the seeds that say "in Alaska".)
function markRegions(text: string, words: readonly ClaimWord[], entities: EntityPhrase[], spans: ReadonlyArray<[number, number] | undefined>): void {
  for (let k = 0; k + 1 < entities.length; k++) {
    const here = spans[k];
    const next = spans[k + 1];
    if (!here || !next || entities[k + 1]!.role) continue;
    const before = words[here[0] - 1];
    if (!before || !PLACE_PREPOSITIONS.has(before.norm)) continue;
    if (next[0] !== here[1] || !/^\s*,\s*$/.test(text.slice(words[here[1] - 1]!.end, words[next[0]]!.start))) continue;
    entities[k]!.region = entities[k + 1]!.tokens;
  }
}

/** Verbs that attribute a statement to whoever stands next to them. */
const SAYING = new Set(['said', 'says', 'told', 'stated', 'announced', 'added', 'noted', 'explained', 'claimed', 'wrote', 'writes']);

// The name a verb of saying attributes the sentence to: "Ortiz said", "said Ortiz", the first such.
function speakerOf(norms: readonly string[], entities: readonly EntityPhrase[], spans: ReadonlyArray<[number, number] | undefined>): EntityPhrase | undefined {
  for (let k = 0; k < entities.length; k++) {
    const span = spans[k];
    if (span && (SAYING.has(norms[span[1]] ?? '') || SAYING.has(norms[span[0] - 1] ?? ''))) return entities[k];
  }
  return undefined;
}

/** What a length of time counts: it agrees with any figure of its key. */
export const TIME_HEAD = '_time';

/** Joins the two places of a route term ("ukraine>russia"): no stem has it. */
export const ROUTE_MARK = '>';

// "From Ukraine to Russia": a movement between two places is a fact of its own, and its direction
// is part of it (children taken to Russia are not children returned to Ukraine). Read as one content
// term, at the word "from", so that it is shared, weighed and looked up as a word is; the verifier
// turns down the same places the other way. Measured (`npm run bench:accuracy`): 596/10 -> 599/10
// ("one young girl who has now been reunited from Ukraine to Russia" against "one of them ... was
// returning from Ukraine to Russia", in three pages).
function routesOf(norms: readonly string[], entities: readonly EntityPhrase[], spans: ReadonlyArray<[number, number] | undefined>): Map<number, string> {
  const routes = new Map<number, string>();
  if (!ruleOn('route-term')) return routes;
  for (let k = 0; k + 1 < entities.length; k++) {
    const here = spans[k];
    const next = spans[k + 1];
    if (!here || !next || norms[here[0] - 1] !== 'from' || norms[here[1]] !== 'to' || next[0] !== here[1] + 1) continue;
    const [a, b] = [entities[k]!.tokens.join('_'), entities[k + 1]!.tokens.join('_')];
    if (a !== b) routes.set(here[0] - 1, `${a}${ROUTE_MARK}${b}`);
  }
  return routes;
}

/** Words that take a part of a total: "one of the eight", "most of the 19,500". */
const PART_WORDS = new Set(['some', 'many', 'most', 'all', 'none', 'each', 'several', 'few', 'half', 'both', 'any', 'either', 'neither']);

// A figure after "of (the)" that follows a figure or a word of quantity is the total a part is taken
// from ("one of the eight children"): the count of a fact stated before, not this sentence's fact.
function isPartitive(norms: readonly string[], from: number, mentions: readonly NumberMention[]): boolean {
  let k = from - 1;
  if (norms[k] === 'the' || norms[k] === 'these' || norms[k] === 'those') k--;
  if (norms[k] !== 'of' || k < 1) return false;
  const part = k - 1;
  return PART_WORDS.has(norms[part]!) || mentions.some((m) => m.to === part + 1);
}

/** Words that open an apposition: ", a former model,", ", the wife of...,". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);
/** Marks that set off an apposition. */
const APPOSITION_MARK = /^[^\p{L}\p{N}]*[,\u2014\u2013(][^\p{L}\p{N}]*$/u;

// The content stems that stand only inside appositions: segments set off by commas (or dashes,
// brackets) on both sides that open with an article and hold no verb-like word.
function appositiveStems(text: string, words: readonly ClaimWord[], stems: ReadonlyArray<string | null>): string[] {
  const cuts: number[] = [];
  for (let i = 1; i < words.length; i++) {
    // Most words stand one space apart: no mark there.
    const [end, start] = [words[i - 1]!.end, words[i]!.start];
    if (!(start === end + 1 && text.charCodeAt(end) === 32) && APPOSITION_MARK.test(text.slice(end, start))) cuts.push(i);
  }
  const inApposition = new Set<number>();
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    if (!APPOSITION_OPENERS.has(words[from]!.norm)) continue;
    if (words.slice(from, to).some((w) => opensClause(w.norm))) continue;
    for (let i = from; i < to; i++) inApposition.add(i);
  }
  if (!inApposition.size) return [];
  const inside = new Set<string>();
  const outside = new Set<string>();
  stems.forEach((s, i) => {
    if (s) (inApposition.has(i) ? inside : outside).add(s);
  });
  return [...inside].filter((s) => !outside.has(s));
}

/** What a claim term is: a content stem, a name's word or role, a figure, a date. */
export type ClaimTermKind = 'c' | 'e' | 'n' | 't';

/**
 * Each term of a sentence as the index files it ("c:child", "e:putin",
 * "n:8", "t:august"), in order, repeats included: the builder files
 * sentences under these, and retrieval looks a page sentence up by them.
 */
export function forEachClaimTerm(f: ClaimFeatures, visit: (kind: ClaimTermKind, term: string) => void): void {
  forEachClaimWord(f, (kind, word) => visit(kind, `${kind}:${word}`));
}

// `forEachClaimTerm`'s terms as their kind and word, "kind:word" not built.
function forEachClaimWord(f: ClaimFeatures, visit: (kind: ClaimTermKind, word: string) => void): void {
  for (const c of f.content) visit('c', c);
  for (const e of f.entities) {
    for (const t of e.tokens) visit('e', t);
    if (e.role) visit('e', e.role);
  }
  for (const n of f.numbers) visit('n', n.key);
  for (const d of f.dates) visit('t', d);
}

const TERM_PREFIX: Record<ClaimTermKind, string> = { c: 'c:', e: 'e:', n: 'n:', t: 't:' };

/** The hashed terms under which the index files a sentence, each once (the first time it comes). */
export function claimKeyTerms(f: ClaimFeatures): number[] {
  const keys: number[] = [];
  const seen: Record<ClaimTermKind, string[]> = { c: [], e: [], n: [], t: [] };
  forEachClaimWord(f, (kind, word) => {
    if (seen[kind].includes(word)) return;
    seen[kind].push(word);
    keys.push(fnv1aAfter(TERM_PREFIX[kind], word));
  });
  return keys;
}

/** The hash of a content term, to ask the index whether it knows a word. */
export function contentTermKey(stem: string): number {
  return fnv1a(`c:${stem}`);
}

/** The hash of a name term, to ask the index whether it knows a name. */
export function nameTermKey(word: string): number {
  return fnv1a(`e:${word}`);
}

/**
 * Reads what an article says about its names: which words it capitalises
 * mid-sentence, and which roles it binds to exactly one name.
 */
export function articleContext(paragraphs: readonly string[], lexicon: Lexicon = NO_LEXICON, words?: readonly (readonly ClaimWord[])[]): ArticleContext {
  // A word is a name where the article capitalises it mid-sentence more often than not:
  // "Children" in "Commissioner for Children's Rights" does not make "children" a name.
  const perParagraph = words ?? paragraphs.map((p) => claimWords(p));
  const tally = new Map<string, number>();
  for (const words of perParagraph) {
    for (const w of words) {
      if (w.cap && !w.initial) tally.set(w.norm, (tally.get(w.norm) ?? 0) + 1);
      else if (!w.cap) tally.set(w.norm, (tally.get(w.norm) ?? 0) - 1);
    }
  }
  const capitalized = new Set([...tally].filter(([, n]) => n > 0).map(([w]) => w));
  const seen = new Map<string, string[][]>();
  const ctx: ArticleContext = { capitalized, bindings: new Map(), lexicon };
  for (const words of perParagraph) {
    const norms = words.map((w) => w.norm);
    const kind = words.map(() => 'none' as const) as Array<'name' | 'role' | 'number' | 'date' | 'content' | 'none'>;
    for (let i = 0; i < words.length; i++) {
      const role = roleAt(norms, i);
      if (!role) continue;
      // A title binds the name it stands before ("First Lady Melania Trump"), not an
      // apposition after a comma ("Ukraine's first lady, Olena Zelenska").
      const next = words[i + role.length];
      if (!next || !/^\s+$/.test(paragraphs[perParagraph.indexOf(words)]!.slice(words[i + role.length - 1]!.end, next.start))) continue;
      const name = readName(words, i + role.length, ctx, kind);
      if (!name.tokens.length) continue;
      const list = seen.get(role.key) ?? [];
      list.push(name.tokens);
      seen.set(role.key, list);
    }
  }
  const bindings = new Map<string, string[]>();
  for (const [role, names] of seen) {
    // One person: every name given is part of the longest ("President Putin", "President Vladimir Putin").
    const longest = names.reduce((a, b) => (b.length > a.length ? b : a));
    if (names.every((n) => n.every((t) => longest.includes(t)))) bindings.set(role, longest);
  }
  return { capitalized, bindings, lexicon };
}

// Letters only (`/^\p{L}+$/u`): ASCII at once, the rest of Unicode by its category.
function isLetters(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c > 127) return /^\p{L}+$/u.test(norm);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return norm.length > 0;
}

function isContentWord(norm: string): boolean {
  return norm.length > 1 && hasLetter(norm) && !isStopword(norm) && !isFiller(norm) && !isNumberWord(norm);
}

// The words a role can start with: most words start none.
const ROLE_FIRST_WORDS = new Set(ROLES.map((r) => r.words[0]));

function roleAt(norms: readonly string[], i: number): { key: string; length: number } | null {
  if (!ROLE_FIRST_WORDS.has(norms[i])) return null;
  for (const r of ROLES) {
    if (r.words.every((w, k) => norms[i + k] === w)) {
      // "vice president" is another office.
      if (r.key === 'president' && norms[i - 1] === 'vice') return null;
      return { key: r.key, length: r.words.length };
    }
  }
  return null;
}

function isNameWord(words: readonly ClaimWord[], i: number, ctx: ArticleContext): boolean {
  const w = words[i];
  if (!w || !w.cap || !/\p{L}/u.test(w.norm) || isStopword(w.norm) || isNumberWord(w.norm) || isDateName(w.norm) || isTitle(w.norm)) return false;
  if (!w.initial || ctx.capitalized.has(w.norm) || isKnownName(w.norm) || ctx.lexicon.isName(w.norm)) return true;
  // A capitalised first word is a name when a name follows it as one name ("Maria Lvova-Belova said"),
  // with no punctuation between them, which would end the name (not "Accordingly, Russia has agreed").
  const next = words[i + 1];
  return !!next && next.cap && !next.initial && !next.afterPunctuation && !isTitle(next.norm) && !isStopword(next.norm);
}

// A run of name words from `at`, with connectors inside ("Verkhovna Rada of Ukraine"), canonicalised.
function readName(words: readonly ClaimWord[], at: number, ctx: ArticleContext, kind: string[]): { tokens: string[]; to: number } {
  let to = at;
  const raw: string[] = [];
  while (to < words.length) {
    if (isNameWord(words, to, ctx)) {
      // Hyphenated names are two names where either is a known one ("Russia-Ukraine", "U.S.-Mexico");
      // otherwise one ("Lvova-Belova").
      const w = words[to]!;
      if (raw.length && w.joined && (isKnownName(w.norm) || isKnownName(raw[raw.length - 1]!))) break;
      // Punctuation ends a name: "Maria Lvova-Belova, Russia's commissioner" names two.
      if (raw.length && w.afterPunctuation) break;
      raw.push(w.norm);
      kind[to] = 'name';
      to++;
      // A possessive ends a name: "Russia's Prosecutor General" is two.
      if (w.possessive) break;
      continue;
    }
    // Connectors only between two name words.
    let k = to;
    while (k < words.length && CONNECTORS.has(words[k]!.norm) && !words[k]!.cap) k++;
    if (k > to && raw.length && isNameWord(words, k, ctx)) {
      to = k;
      continue;
    }
    break;
  }
  if (!raw.length) return { tokens: [], to: at };
  // A name of several words keeps its words ("Moscow Times" is not Russia), but for a
  // leading demonym ("Russian Federation" has its own alias; "Ukrainian Red Cross" -> ukraine, red, cross).
  const alias = phraseAlias(raw);
  const tokens = alias
    ? [alias]
    : [...new Set(raw.length === 1 ? raw.map(canonicalName) : raw.map((t, k) => (k === 0 && isDemonym(t) ? canonicalName(t) : t)))];
  return { tokens, to };
}

// The noun a figure counts: the first content word after it, past names and
// determiners only ("eight Ukrainian children", "three of the children"), in
// the same clause. A verb or conjunction after it means the noun is left out
// ("three were separated", "turned 18 and remain"): no head.
function headOf(text: string, words: readonly ClaimWord[], from: number, stems: ReadonlyArray<string | null>, kind: readonly string[]): string | null {
  for (let i = from; i < Math.min(stems.length, from + HEAD_REACH); i++) {
    if (i > 0 && /[,;:.()\u2014\u2013]/.test(text.slice(words[i - 1]!.end, words[i]!.start))) return null;
    if (stems[i]) return pluralAfter(text, words, i, stems) ?? stems[i]!;
    if (kind[i] === 'name') continue;
    if (kind[i] === 'number' || !HEAD_SKIP.has(words[i]!.norm)) return null;
  }
  return null;
}

/** Currency signs written before a figure, as the word that follows a figure written out ("€42m", "42 million euros"); "%" after one is "percent". */
const CURRENCY_SIGNS = new Map([
  ['$', 'dollar'],
  ['\u20ac', 'euro'],
  ['\u00a3', 'pound'],
  ['\u00a5', 'yen'],
]);

// The head of a figure written with a sign: a currency before it ("€42m"), a per cent sign after it ("11%"), as their words' content stems.
function signOf(text: string, first: ClaimWord, last: ClaimWord): string | null {
  const currency = CURRENCY_SIGNS.get(text.charAt(first.start - 1));
  if (currency) return contentStem(currency);
  return text.charAt(last.end) === '%' ? contentStem('percent') : null;
}

// What a figure counts where a singular word qualifies a plural one ("19 league goals", "three
// fire engines"): the plural, the compound's head, where the two stand side by side.
function pluralAfter(text: string, words: readonly ClaimWord[], i: number, stems: ReadonlyArray<string | null>): string | null {
  const here = words[i]!.norm;
  const next = words[i + 1];
  if (!next || !stems[i + 1] || here.endsWith('s') || !/^[a-z]+[^s]s$/.test(next.norm) || text.slice(words[i]!.end, next.start) !== ' ') return null;
  return stems[i + 1]!;
}

// A negation up to three words before, in the same clause.
// A verb's negation ("did not accept the court's conclusions") reaches the first content word after
// it, the verb, not its object; a noun's ("no formal authority") the words of its phrase.
// Neither reaches past the end of its sentence or clause.
function isNegated(norms: readonly string[], i: number, stems: ReadonlyArray<string | null>, text: string, words: readonly ClaimWord[]): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (!NEGATIONS.has(norms[k]!)) continue;
    if (!ruleOn('negation-scope')) return true;
    for (let j = k + 1; j <= i; j++) if (CLAUSE_END.test(text.slice(words[j - 1]!.end, words[j]!.start))) return false;
    if (!VERB_NEGATIONS.has(norms[k]!)) return true;
    for (let j = k + 1; j < i; j++) if (stems[j]) return false;
    return true;
  }
  return false;
}
