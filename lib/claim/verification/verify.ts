import { ROUTE_MARK, type ClaimFeatures, type ClaimNumber, type EntityPhrase } from '../reading/terms';
import { contentStem } from '../../text/stems';

/**
 * Thresholds of the claim verifier. Each was chosen with `npm run
 * bench:accuracy` on the development set (tests/fixtures/accuracy, 35 pages,
 * 643 labelled pairs) and the 129 unrelated pages of the Readability corpus,
 * moving it alone with the others at their values then; the figures quoted
 * are overall precision / recall there when the threshold was set (the
 * first seven at 0.994 / 0.790; at all these values now: 0.983 / 0.900, no
 * false match in the same-people and unrelated categories, none in the
 * corpus).
 * Where two values did as well, the stricter was kept: the held-out set is
 * other pages of the same kinds.
 */
export const CLAIM_VERIFY = {
  /**
   * Content words (not names, not figures) both sides must share: the same
   * names and figures with another predicate are another fact ("Melania
   * Trump hosted a roundtable at the White House" is not "Melania Trump said
   * at the White House that eight children..."). 3 loses a quarter of the
   * paraphrases (recall 0.684) for one false match fewer. A month or weekday
   * both name counts as one ("relayed a letter ... in August" and "sent a
   * letter last August" share the letter and the month): recall 0.835 ->
   * 0.838, no false match more.
   */
  minContent: 2,
  /**
   * Share of the page sentence's information that the source states: its
   * content words, figures and dates, each weighed by its specificity (its
   * inverse document frequency among the index's sentences), against those
   * plus the names the source does not give. 0.40: 0.998 / 0.759; 0.30:
   * 0.983 / 0.813 but a false match in the same-people category (a
   * documentary "follows the first lady, a Slovenian-born former model").
   * Now the share needed where the pair shares only the story's common
   * names (see `anchoredScore`).
   */
  minScore: 0.35,
  /**
   * The share needed where the pair is anchored: it shares a figure, a date,
   * a name at least `anchorName` specific or a phrase (`anchorPhrase`), and not only the story's
   * ubiquitous names ("Russia", "Ukraine"), which any sentence of the story
   * shares with any other ("Officials in Kyiv asked that returns be
   * verified" is not "Russian officials verifying the identities"). Measured
   * with the apposition rule (`appositive` stems) in place: 0.25: precision
   * 0.991, recall 0.840 -> 0.862, no false match more; 0.22: a false match
   * in the same-people category; 0.3: recall 0.849. Without the anchor
   * (one threshold for all) 0.25 costs precision 0.977.
   */
  anchoredScore: 0.25,
  /**
   * Content words that, following each other in both sentences, anchor a
   * pair as a specific name does: a phrase in common ("back-channel meetings
   * and calls" against "backchannel meetings and calls") is the same thing
   * said, where the same words scattered ("provide accurate, unbiased
   * reporting" against "provided documentation ... accurate") are chance.
   * Only where no specific name of the page is missing from the source (as
   * for a broad agreement, `broadName`): the same phrase with another person
   * may be that person's fact. A duration the source does not give is not
   * held against it ("over three months"): holding it costs one pair.
   * Measured with the place rule (`region`) in place: 2: recall 0.904 ->
   * 0.911, no false match more; 3: 0.910. Anchoring by the weight shared
   * instead (1.2 words found nowhere) gained as much but let a newsletter
   * appeal of a seed page match ("provide accurate, unbiased reporting").
   */
  anchorPhrase: 2,
  /** The least weight of a shared name that anchors a pair (as `rareName`). 0.25: the same; 0.2: precision 0.984; 0.4: recall 0.860. */
  anchorName: 0.3,
  /**
   * Where a figure agrees (the same count of the same thing), the share and
   * the evidence needed are this fraction of `minScore` and `minEvidence`: a
   * shared figure is strong evidence, and a sentence that states it usually
   * says more around it (or, in a headline, little else). 0.7: recall 0.771;
   * 0.4: 0.792 with no gain in precision. "The same thing" is checked: both
   * sides name what the figure counts and it is the same word, or the figure
   * carries its unit (an age, a span of time, a round amount). A bare figure
   * counting nothing named ("Ring 8 Exports 2011") is no such evidence: in a
   * 10,000-article index, such sentences matched "eight children" by chance
   * (development set: one pair fewer, recall 0.802 -> 0.801).
   */
  numberRelief: 0.5,
  /**
   * Least information the two must share, as a multiple of the weight of a
   * word found nowhere in the index: two common words in common ("children",
   * "families") are not a fact in common. 1.0: recall 0.773; 0.6: precision
   * 0.990, two more false matches.
   */
  minEvidence: 0.8,
  /**
   * A name at least this specific (its weight as a share of that of a word
   * found nowhere) that the page sentence gives and the source passage does
   * not makes the source's fact another one ("Lvova-Belova thanked her" is
   * not "Zelenska thanked her"). Common names of the story (its main people
   * and countries) fall below it. Off: two false matches in the negatives;
   * 0.7: recall 0.778.
   */
  rareName: 0.8,
  /**
   * Least share of the source passage's own information that the page
   * sentence states: two words in common with a long passage about
   * something else are chance (a clause on "one young girl reunited" against
   * a passage on young adults being reunited). Off: precision 0.985; 0.1:
   * recall 0.742.
   */
  minSourceShare: 0.05,
  /**
   * Share of the names around the page sentence (its own, else its
   * paragraph's, else the previous paragraph's) that the source article
   * mentions at all: the same sentence about another war, another country's
   * border or another organisation names what the source never does. The
   * unrelated category's Sudan and US-border pages are what it turns down;
   * 0.67 costs recall (0.778) on the development set.
   */
  minKnownShare: 0.5,
  /**
   * A long sentence may state the source's fact in passing, among others
   * ("Olena Zelenska, the wife of..., thanked Melania Trump after the letter
   * was delivered in August"): it then shares only a small part of its
   * information with the source, but many of its words. Where this many
   * content words agree, a share of `broadScore` and evidence of
   * `broadEvidence` suffice (`isBroadAgreement`). 3: recall 0.854 but
   * precision 0.970 and three false matches in the same-people category;
   * 5: recall 0.812 (4: 0.835, precision 0.989). All but one of them must be
   * the source sentence's own words, not its neighbours': with retrieval
   * proposing every window that may pass (not only the best-ranked), a
   * summit on children's mental health otherwise agreed with a paragraph on
   * deported children, word by word across three sentences (a same-people
   * false match; requiring all of them: recall 0.841).
   */
  broadContent: 4,
  /** The least share for a broad agreement. 0.1: precision 0.985 for one pair more; 0.2: recall 0.821. */
  broadScore: 0.15,
  /** The least evidence for a broad agreement (as `minEvidence`). 0.8: the same as 1.0; 1.2: recall 0.832, one false match fewer. */
  broadEvidence: 1.0,
  /**
   * No name of the page sentence at least this specific (as `rareName`)
   * may be missing from the source for a broad agreement: a sentence that
   * says much of what the source says, of another person, is that person's
   * fact ("Lvova-Belova publicly thanked Melania Trump for her efforts" is
   * not "Zelenska publicly thanked Melania Trump for bringing attention").
   * 0 (every name): recall 0.816; 0.6: the same as 0.5; off: precision
   * 0.985. Likewise a count, an age or a length of time the source does not
   * state ("those who have since turned 18" against a passage with no
   * figure): one false match fewer (precision 0.989 -> 0.991), no pair lost.
   */
  broadName: 0.5,
  /**
   * Content words in common that, with the same first name (the actor, as
   * `actorSwapped` reads it), let a pair stand though the page names someone
   * rare the source does not (`rareName`): the same act of the same actor,
   * with one more party ("arrest warrants for Vladimir Putin and for Maria
   * Lvova-Belova"). 4, 5 and 6 each gain one pair and no false match; 6 is
   * that pair's own count, 4 the bar of a broad agreement; 5 kept.
   */
  sameActorContent: 5,
  /**
   * How specific (as `rareName`) a name must be to count as the actor of a
   * fact, for `actorSwapped`: where the page names one such actor the source
   * does not, and the source one the page does not, the pair is another
   * person's fact. 0.6 and 0.7: one false match fewer (precision 0.981 ->
   * 0.983), no pair lost; 0.5 and below also lose one true pair; 0.8 changes
   * nothing.
   */
  swappedName: 0.6,
};

/** The names a page sentence is read against: at least this many are gathered from around it. */
export const CONTEXT_NAMES = 2;

/** A set of name tokens, as far as the verifier asks it. */
export interface NameSet {
  has(name: string): boolean;
}

/** A source sentence as the verifier sees it. */
export interface SourceClaim {
  /** The sentence and its neighbours (`windowHolds`), read together: a fact may take two sentences. */
  features: ClaimFeatures;
  /** The sentence alone, without its neighbours (where known). */
  own?: ClaimFeatures;
  /** Name tokens (and role keys) of the same sentences: who "she" is. */
  nearbyNames: ReadonlySet<string>;
  /** Name tokens (and role keys) anywhere in the source article: only asked whether it has one. */
  articleNames: NameSet;
}

/** Why a pair was rejected, or how well it agrees. */
export type Verdict =
  | { ok: true; score: number; sourceCoverage: number; shared: number; numbers: number; names: number; evidence: number }
  | { ok: false; why: 'number conflict' | 'route conflict' | 'number missing' | 'negation conflict' | 'too little content' | 'description only' | 'no shared name or figure' | 'unknown names' }
  | { ok: false; why: 'low score'; score: number; sourceCoverage: number; evidence: number; shared: number; numbers: number };

/** What the page sentence is, where it is more than a sentence read whole. */
export interface VerifyAs {
  /** Cut from a longer sentence: every name of its sentence must be the source's. */
  clause?: boolean;
  /** The source is a whole article (a headline's check): how much of it the page states is not asked. */
  wholeArticle?: boolean;
  /**
   * The sentence names no one ("She added that the effort is ongoing, with more reunifications
   * planned"): its names are its context's, and it must share a phrase with the source and as many
   * content words as a broad agreement (`broadContent`), without that agreement's lower bar.
   * Measured (`npm run bench:accuracy`): 591/10 -> 594/10. With the broad agreement's bar: one
   * false match more (a seed's mission quote against another seed's "ongoing effort"); with two
   * words in common: a corpus page's "these videos come in many different formats" matched a
   * synthetic article of the 10,000-article bench index; with a phrase of three: no pair gained.
   */
  namesFromContext?: boolean;
}

/**
 * The weight of a part by its index key ("c:child", "e:putin", "n:8",
 * "t:august"): how much information stating it carries. Without an index,
 * every part weighs the same.
 */
export type Weigh = (key: string) => number;

/**
 * Decides whether a source passage states the page sentence's fact. The
 * page's figures must not contradict the source's (another count of the
 * same thing is another fact), negations must agree, enough content words
 * and at least one name or figure must be shared, the names around the page
 * sentence must belong to the source's story, and the source must state
 * enough of the page sentence's information.
 */
export function verifyClaim(
  page: ClaimFeatures,
  context: readonly EntityPhrase[],
  source: SourceClaim,
  weigh: Weigh = () => 1,
  { clause = false, wholeArticle = false, namesFromContext = false }: VerifyAs = {},
): Verdict {
  const src = source.features;
  // A sentence that names no one is the story's only by its context: it must say much in the
  // source's own words, a phrase in common among as many words as a broad agreement shares.
  if (namesFromContext && !sharesPhrase(page.content, src.content)) return { ok: false, why: 'no shared name or figure' };
  // A figure agrees where the source states it of the same thing (or of nothing named):
  // "eighteen children" does not agree with "turned 18".
  const numbers = page.numbers.filter((n) => src.numbers.some((m) => m.key === n.key && sameHead(n, m)));
  for (const n of page.numbers) {
    if (numbers.includes(n) || !n.head || n.head === TIME) continue;
    // The source counts the same thing with another figure: another fact.
    if (src.numbers.some((m) => m.head === n.head)) return { ok: false, why: 'number conflict' };
  }
  // A figure the source does not state, where the source states figures of its own, or where
  // the page states nothing else (a clause): another fact.
  // A total a part is taken from ("one of the eight children") is not the sentence's own figure.
  const stated = page.numbers.filter((n) => !n.partitive || numbers.includes(n));
  if (stated.length && !numbers.length && (src.numbers.length || clause)) return { ok: false, why: 'number missing' };
  const sourceContent = new Set(src.content);
  // The same places the other way ("from Russia to Ukraine" against "from Ukraine to Russia"): another movement.
  for (const c of page.content) if (c.includes(ROUTE_MARK) && !sourceContent.has(c) && sourceContent.has(reversed(c))) return { ok: false, why: 'route conflict' };
  const shared = page.content.filter((c) => sourceContent.has(c));
  for (const c of shared) if (page.negated.includes(c) !== src.negated.includes(c)) return { ok: false, why: 'negation conflict' };
  const dates = page.dates.filter((d) => src.dates.includes(d));
  if (shared.length + dates.length < (namesFromContext ? CLAIM_VERIFY.broadContent : CLAIM_VERIFY.minContent)) return { ok: false, why: 'too little content' };
  // Only the description of someone in common (", a Slovenian-born former model,"): who, not what.
  const appositive = page.appositive;
  if (appositive && shared.every((c) => appositive.includes(c))) return { ok: false, why: 'description only' };
  const names = page.entities.filter((e) => nameIn(e, source.nearbyNames));
  if (!numbers.length && !names.length && !dates.length) return { ok: false, why: 'no shared name or figure' };
  // A clause cut from its sentence has lost its subject: every name of the sentence must be the source's.
  const known = context.filter((e) => nameIn(e, source.articleNames)).length;
  const needed = clause ? context.length : CLAIM_VERIFY.minKnownShare * context.length;
  if (!known || known < needed) return { ok: false, why: 'unknown names' };

  // Names in common are no evidence (within a story every sentence names the same people), but a
  // name the source does not give around the fact counts against it ("Lvova-Belova thanked her" is
  // not "Zelenska thanked her"), the more so the rarer the name.
  // A place whose wider place the source gives ("in Anchorage, Alaska" against "in Alaska") is not missing.
  // Nor is a name whose words the source writes in lower case ("the Russian Presidential Commissioner
  // for Children's Rights" against "the Russian presidential commissioner for children's rights").
  const missingNames = page.entities.filter((e) => !names.includes(e) && !(e.region && e.region.every((t) => source.nearbyNames.has(t))) && !writtenAsContent(e, sourceContent));
  // A rare name (a person or place few sentences mention) that the source does not give around
  // the fact makes it another fact: "Lvova-Belova thanked her" is not "Zelenska thanked her".
  // Unless the source states much of it of the same actor: "The ICC issued arrest warrants for Putin
  // and for Lvova-Belova ... over the unlawful deportation of children" against "The ICC issued an arrest
  // warrant for Putin over the alleged unlawful deportation of children" (see `sameActorContent`).
  const actor = firstActor(page);
  const sameActorFact = shared.length >= CLAIM_VERIFY.sameActorContent && !!actor && names.includes(actor);
  if (!sameActorFact && missingNames.some((e) => nameWeight(e, weigh) >= CLAIM_VERIFY.rareName * weigh(UNSEEN))) return { ok: false, why: 'unknown names' };
  if (actorSwapped(page, context, source, missingNames, weigh)) return { ok: false, why: 'unknown names' };
  const matched = weightOf({ content: shared, numbers: numbers.map((n) => n.key), entities: [], dates }, weigh);
  const score = share(matched, weightOf({ content: page.content, numbers: stated.map((n) => n.key), entities: missingNames, dates: page.dates }, weigh));
  const sourceCoverage = coverageOfSource(page, context, src, weigh);
  // Relief only for the same count of the same thing (see `numberRelief`).
  const sameCount = (n: ClaimNumber) => /^[ad~]/.test(n.key) || (!!n.head && src.numbers.some((m) => m.key === n.key && m.head === n.head));
  const relief = numbers.some(sameCount) ? CLAIM_VERIFY.numberRelief : 1;
  const specificMissing = missingNames.filter((e) => nameWeight(e, weigh) >= CLAIM_VERIFY.broadName * weigh(UNSEEN)).length;
  // A count, an age or a length of time in the page sentence that the source does not state is
  // the most specific part of a fact the source does not give ("those who have since turned 18"):
  // no broad agreement then. A bare figure (a year, a dateline's digits) is not held against it.
  const unmatchedFigures = stated.filter((n) => !numbers.includes(n) && (n.head !== null || /^[ad]/.test(n.key))).length;
  // A fact in passing is stated by the source sentence itself: its words, not words gathered from the sentences around it.
  const ownContent = source.own ? new Set(source.own.content) : sourceContent;
  // No broad agreement for a sentence that names no one: a fact in passing needs its own names.
  const broad = !namesFromContext && shared.filter((c) => ownContent.has(c)).length >= CLAIM_VERIFY.broadContent - 1 && isBroadAgreement(shared.length, score, matched / weigh(UNSEEN), specificMissing + unmatchedFigures);
  // A date both name anchors the pair, or makes up its content words, not both at once: "children"
  // and "since February 2022" in common are the war's background, not a fact in common (a same-people
  // page on Qatar's returns matched so once retrieval counted dates as the verifier does).
  // A phrase in common anchors as a specific name does, where no specific name is missing (see `anchorPhrase`);
  // a sentence read with its context's names was let through only with one (tested above, not again).
  const anchored =
    numbers.some(sameCount) ||
    (dates.length > 0 && shared.length >= CLAIM_VERIFY.minContent) ||
    names.some((e) => nameWeight(e, weigh) >= CLAIM_VERIFY.anchorName * weigh(UNSEEN)) ||
    (specificMissing === 0 && (namesFromContext || sharesPhrase(page.content, src.content)));
  // An anchor and an agreeing figure are the same kind of evidence: the lower bar of the two, not both reliefs at once.
  const minScore = anchored ? Math.min(CLAIM_VERIFY.anchoredScore, CLAIM_VERIFY.minScore * relief) : CLAIM_VERIFY.minScore * relief;
  if ((!broad && (score < minScore || matched < CLAIM_VERIFY.minEvidence * relief * weigh(UNSEEN))) || (!wholeArticle && sourceCoverage < CLAIM_VERIFY.minSourceShare)) {
    return { ok: false, why: 'low score', score, sourceCoverage, evidence: matched / weigh(UNSEEN), shared: shared.length, numbers: numbers.length };
  }
  return { ok: true, score, sourceCoverage, shared: shared.length, numbers: numbers.length, names: names.length, evidence: matched / weigh(UNSEEN) };
}

// The first name of a sentence given by its own words, not by a role: its subject, as a rule.
function firstActor(f: ClaimFeatures): EntityPhrase | undefined {
  return f.entities.find((e) => !e.role && e.tokens.length > 0);
}

// Every word of the name is among the source's content stems.
function writtenAsContent(e: EntityPhrase, content: ReadonlySet<string>): boolean {
  return e.tokens.length > 0 && e.tokens.every((t) => content.has(contentStem(t)));
}

/**
 * Another actor: the first name of the page sentence (its subject, as a
 * rule) is specific and missing from the source passage, and the first name
 * of the source sentence (or of its window, where it names no one but by a
 * role) is specific and missing from the page ("Lvova-Belova
 * ... thanked the American first lady publicly" against "Following the
 * delivery of her letter in August, Olena Zelenska ... publicly thanked
 * Melania Trump"): the same act, done by another person, is another fact.
 * Only the first names: a place named later ("she said at the White House",
 * "in Anchorage, Alaska") is where, not who. Names given by a role are left
 * out (a role is read against whom the article binds it to).
 */
function actorSwapped(page: ClaimFeatures, context: readonly EntityPhrase[], source: SourceClaim, missing: readonly EntityPhrase[], weigh: Weigh): boolean {
  const specific = (e: EntityPhrase | undefined): e is EntityPhrase => !!e && nameWeight(e, weigh) >= CLAIM_VERIFY.swappedName * weigh(UNSEEN);
  const pageActor = firstActor(page);
  if (!specific(pageActor) || !missing.includes(pageActor)) return false;
  // The source sentence's own first name; where it names no one but by a role, its window's.
  const sourceActor = (source.own && firstActor(source.own)) ?? firstActor(source.features);
  if (!specific(sourceActor)) return false;
  const pageNames = namesOf([page]);
  for (const e of context) for (const t of e.tokens) pageNames.add(t);
  return !nameIn(sourceActor, pageNames);
}

/**
 * The least a pair must share to pass the verifier, as a weight of
 * information in units of `unseen` (a word found nowhere in the index), for
 * a page sentence of `pageWeight`: with or without a figure that agrees, and
 * with `sharedContent` content words in common (a broad agreement needs
 * `broadContent`). Retrieval bounds its candidates by it
 * (`retrieveClaimCandidates`), so the two move together.
 */
export function lowestBar(pageWeight: number, unseen: number, figureAgrees: boolean, sharedContent: number): number {
  const relief = figureAgrees ? CLAIM_VERIFY.numberRelief : 1;
  const plain = Math.max(Math.min(CLAIM_VERIFY.minScore * relief, CLAIM_VERIFY.anchoredScore) * pageWeight, CLAIM_VERIFY.minEvidence * relief * unseen);
  if (sharedContent < CLAIM_VERIFY.broadContent) return plain;
  return Math.min(plain, Math.max(CLAIM_VERIFY.broadScore * pageWeight, CLAIM_VERIFY.broadEvidence * unseen));
}

/**
 * A long sentence that states the source's fact among others ("a fact
 * stated in passing") shares only a small part of its information with the
 * source, yet many of its words: where `broadContent` content words agree,
 * with `broadEvidence` of information (in words found nowhere), and no
 * specific name or counted figure of the sentence is missing from the
 * source (`specificMissing`), a share of `broadScore` is enough.
 */
export function isBroadAgreement(shared: number, score: number, evidence: number, specificMissing: number): boolean {
  return shared >= CLAIM_VERIFY.broadContent && score >= CLAIM_VERIFY.broadScore && evidence >= CLAIM_VERIFY.broadEvidence && specificMissing === 0;
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

const reversed = (route: string) => route.split(ROUTE_MARK).reverse().join(ROUTE_MARK);

const TIME = '_time';
/** A key no index holds: weighs as a word found nowhere, the most specific there is. */
export const UNSEEN = '\u0000';

function sameHead(a: ClaimNumber, b: ClaimNumber): boolean {
  return !a.head || !b.head || a.head === b.head;
}

// How much of the source passage the page sentence (with its names around it) states.
function coverageOfSource(page: ClaimFeatures, context: readonly EntityPhrase[], src: ClaimFeatures, weigh: Weigh): number {
  const pageNames = namesOf([page]);
  for (const e of context) for (const t of [...e.tokens, ...(e.role ? [e.role] : [])]) pageNames.add(t);
  const content = new Set(page.content);
  return share(
    weightOf(
      {
        content: src.content.filter((c) => content.has(c)),
        numbers: src.numbers.filter((n) => page.numbers.some((m) => m.key === n.key && sameHead(n, m))).map((n) => n.key),
        entities: [],
        dates: src.dates.filter((d) => page.dates.includes(d)),
      },
      weigh,
    ),
    weightOf({ content: src.content, numbers: src.numbers.map((n) => n.key), entities: [], dates: src.dates }, weigh),
  );
}

interface Parts {
  content: readonly string[];
  numbers: readonly string[];
  entities: readonly EntityPhrase[];
  dates: readonly string[];
}

function weightOf(p: Parts, weigh: Weigh): number {
  let w = 0;
  for (const c of p.content) w += weigh(`c:${c}`);
  for (const n of p.numbers) w += weigh(`n:${n}`);
  for (const e of p.entities) w += nameWeight(e, weigh);
  for (const d of p.dates) w += weigh(`t:${d}`);
  return w;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

// A name weighs as its most specific word ("Melania Trump": melania).
function nameWeight(e: EntityPhrase, weigh: Weigh): number {
  const keys = [...e.tokens, ...(e.role ? [e.role] : [])];
  return keys.length ? Math.max(...keys.map((t) => weigh(`e:${t}`))) : 0;
}

/**
 * A name is among a set of name tokens when at least half of its words are,
 * or when its role is and the name has no words of its own or shares one:
 * "the first lady" is among names that give the role, but "Ukraine's first
 * lady Olena Zelenska" is not among Melania Trump's, though both are first
 * ladies (a same-people page on Zelenska's summit otherwise shared a name
 * with every seed).
 */
export function nameIn(e: EntityPhrase, names: NameSet): boolean {
  if (e.role && names.has(e.role) && (!e.tokens.length || e.tokens.some((t) => names.has(t)))) return true;
  if (!e.tokens.length) return false;
  const hits = e.tokens.filter((t) => names.has(t)).length;
  return hits * 2 >= e.tokens.length;
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

