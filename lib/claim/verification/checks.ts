import type { ClaimNumber, EntityPhrase } from '../reading/terms';
import type { RuleId } from '../rule-ids';
import type { ClaimPair } from './pair';
import { nameIn, sameHead, TIME, writtenAsContent } from './parts';
import { CLAIM_VERIFY } from './thresholds';
import { isWeekday } from '../../text/aliases';

/** A rule of the verifier that turns a pair down. */
export interface Rejection {
  id: RuleId;
  /** One line: what it turns down, and why that is another fact. */
  why: string;
  rejects(p: ClaimPair): boolean;
}

/** A rule of the verifier that eases a pair's bar, or reads a part of it as given. */
export interface Easing {
  id: RuleId;
  why: string;
  eases(p: ClaimPair, part?: EntityPhrase | ClaimNumber | string): boolean;
}

/** The verifier's rejections, in the order it asks them (cheap ones first); the first that holds is reported. */
export const REJECTIONS: readonly Rejection[] = [
  {
    id: 'nameless-needs-phrase',
    why: "A sentence that names no one is the story's only by its context: it must share a phrase with the source.",
    rejects: (p) => p.namesFromContext && !p.phrase,
  },
  {
    id: 'count-conflict',
    why: 'The source counts the same thing with another figure: another fact.',
    rejects: (p) =>
      p.page.numbers.some(
        (n) =>
          !p.numbers.includes(n) &&
          !!n.head &&
          n.head !== TIME &&
          p.src.numbers.some((m) => m.head === n.head) &&
          !(p.eased('same-value-figure') && sameValueStated(p, n)),
      ),
  },
  {
    id: 'sentence-count-conflict',
    why: 'The sentence a clause is cut from counts the source\'s thing with another figure ("…, where 85 families had registered" / 300 families): another event. A part of a group ("three of the children") is not a count of it.',
    rejects: (p) =>
      p.sentenceNumbers.some(
        (n) =>
          !n.part &&
          !!n.head &&
          n.head !== TIME &&
          p.src.numbers.some((m) => m.head === n.head) &&
          !p.src.numbers.some((m) => m.key === n.key && sameHead(n, m)),
      ),
  },
  {
    id: 'age-conflict',
    why: 'The source gives another age and not the page\'s ("the 20-year-old" / "the 22-year-old"): another person, or the same one at another time.',
    rejects: (p) => {
      const ages = (f: { numbers: readonly ClaimNumber[] }) => f.numbers.filter((n) => n.key.startsWith('a')).map((n) => n.key);
      const page = ages(p.page);
      const src = ages(p.src);
      return page.length > 0 && src.length > 0 && !page.some((a) => src.includes(a));
    },
  },
  {
    id: 'event-mismatch',
    why: 'Both sentences date what they state by weekday, and not by the same one: the same people at another event.',
    rejects: (p) => eventMismatch(p),
  },
  {
    id: 'event-identity',
    why: "The pair shares no figure or date, and the page reports another event than the source article: its lede counts the same thing otherwise, or dates the event by a weekday the article's lede does not give.",
    rejects: (p) => eventIdentityConflict(p),
  },
  {
    id: 'follow-up-lede',
    why: 'The page\'s lede tells of a repetition ("rises again", "for the second time"): a pair with no figure or date in common is about the later event, not the source\'s.',
    rejects: (p) => !!p.pageLede?.repeats && !p.numbers.length && !p.dates.length,
  },
  {
    id: 'figure-missing',
    why: 'A figure the source does not state, where it states figures of its own or the page states nothing else (a clause).',
    rejects: (p) =>
      p.stated.length > 0 &&
      !p.numbers.length &&
      !(p.eased('same-value-figure') && p.stated.some((n) => sameValueStated(p, n))) &&
      (p.src.numbers.length > 0 || p.clause),
  },
  {
    id: 'route-reversed',
    why: 'The same two places the other way round is another movement.',
    rejects: (p) => p.reversedRoutes.length > 0,
  },
  {
    id: 'negation-mismatch',
    why: 'A shared word negated on one side only: the opposite fact.',
    rejects: (p) => p.shared.some((c) => p.page.negated.includes(c) !== p.src.negated.includes(c)),
  },
  {
    id: 'too-little-content',
    why: 'The same names with fewer than two content words or dates in common are another predicate.',
    rejects: (p) =>
      p.shared.length +
        p.dates.length +
        (p.eased('figures-as-content') ? p.numbers.length : 0) +
        (p.eased('whole-source-stated') && p.wholeSourceStated ? 1 : 0) <
      (p.namesFromContext ? CLAIM_VERIFY.broadContent : CLAIM_VERIFY.minContent),
  },
  {
    id: 'description-only',
    why: 'Only the description of someone in common (", a former model,"): who, not what happened.',
    rejects: (p) => !!p.page.appositive && p.shared.every((c) => p.page.appositive!.includes(c)),
  },
  {
    id: 'nothing-specific-shared',
    why: 'Without a name, a figure or a date in common, shared words are the topic, not a fact.',
    rejects: (p) => !p.numbers.length && !p.names.length && !p.dates.length,
  },
  {
    id: 'other-story',
    why: 'The source article does not mention enough of the names around the page sentence (all, for a clause): another story.',
    rejects: (p) => {
      const known = p.context.filter((e) => nameIn(e, p.source.articleNames)).length;
      return !known || known < (p.clause ? p.context.length : CLAIM_VERIFY.minKnownShare * p.context.length);
    },
  },
  {
    id: 'rare-name-missing',
    why: "A specific name the page gives and the source passage does not makes the source's fact another one.",
    rejects: (p) => !(p.eased('same-actor-fact') && sameActorFact(p)) && p.missingNames.some((e) => p.specific(e, CLAIM_VERIFY.rareName)),
  },
  {
    id: 'actor-swapped',
    why: "Each side's first name is specific and missing from the other: the same act by another person.",
    rejects: (p) => actorSwapped(p),
  },
  {
    id: 'speaker-swapped',
    why: "Each side attributes the sentence to a specific speaker, and not the same one: another person's statement.",
    rejects: (p) => speakerSwapped(p),
  },
  {
    id: 'example-not-party',
    why: 'Every name in common is given on the page as an example of a kind ("clubs like Harwell will keep selling"), and no figure or date is shared: a generality, not the named party\'s fact.',
    rejects: (p) => p.names.length > 0 && p.names.every((e) => e.example) && !p.numbers.length && !p.dates.length,
  },
  {
    id: 'question-not-claim',
    why: 'A question ("…, painful for whom?") asks; it states no fact for a source to carry.',
    rejects: (p) => p.question,
  },
  {
    id: 'figure-unanchored',
    why: "The page states a figure the source does not, and they share none: names in common do not anchor that figure's fact, the full share is needed.",
    rejects: (p) =>
      !p.numbers.length &&
      !(p.eased('same-value-figure') && p.stated.some((n) => sameValueStated(p, n))) &&
      p.stated.some((n) => n.head !== TIME) &&
      !p.broad &&
      p.score < CLAIM_VERIFY.minScore * p.relief,
  },
  {
    id: 'speaker-not-anchor',
    why: 'The only specific name in common is whom the page reports, and the source sentence itself states next to nothing of it ("…, Naomi Castell, said the ruling ought to…" / a neighbour of her quote): the name anchors who speaks, not what is said.',
    rejects: (p) => speakerOnlyAnchor(p),
  },
  {
    id: 'speculation-as-fact',
    why: 'The source sentence guesses ("will likely", "may", "suggests") what the page states as fact: not a report of it.',
    rejects: (p) => !p.page.hedged && !!(p.source.own ?? p.src).hedged,
  },
  {
    id: 'too-little-stated',
    why: "The source states too small a share, or too little weight, of the page sentence's information.",
    rejects: (p) =>
      !p.broad &&
      !(p.eased('whole-source-stated') && p.wholeSourceStated) &&
      (p.score < p.minScore || p.matched < CLAIM_VERIFY.minEvidence * p.relief * p.unseen),
  },
  {
    id: 'source-mostly-else',
    why: 'The page states almost none of a long source passage: a few words in common with something else.',
    rejects: (p) => !p.wholeArticle && p.sourceCoverage < CLAIM_VERIFY.minSourceShare,
  },
];

/** The weekdays the page sentence and the source sentence itself give, where both give one and they share none. */
export function eventMismatch(p: ClaimPair): boolean {
  const page = p.page.dates.filter(isWeekday);
  const src = (p.source.own ?? p.src).dates.filter(isWeekday);
  return page.length > 0 && src.length > 0 && !page.some((d) => src.includes(d));
}

const YEAR = /^(19|20)\d\d$/;

/**
 * Which event: where the sentence alone cannot tell (no figure or date in common), the page's lede
 * must not count what the source article counts with other figures only, and the weekdays of the
 * sentence and lede must include one the article's lede gives; a lede figure the article states is the same event.
 */
export function eventIdentityConflict(p: ClaimPair): boolean {
  const lede = p.pageLede;
  if (!lede || p.numbers.length || p.dates.length || !p.source.article) return false;
  const article = p.source.article();
  const days = (p.source.lede?.() ?? article).dates.filter(isWeekday);
  const own = [...p.page.dates.filter(isWeekday), ...lede.weekdays];
  if (own.length && days.length && !own.some((d) => days.includes(d))) return true;
  const counted = (n: ClaimNumber) => !!n.head && n.head !== TIME && !n.part && !n.partitive;
  const stated = (n: ClaimNumber) => article.numbers.some((m) => m.key === n.key && sameHead(n, m));
  if (lede.numbers.some((n) => n.head !== TIME && !YEAR.test(n.key) && stated(n))) return false;
  return lede.numbers.some((n) => counted(n) && article.numbers.some((m) => counted(m) && m.head === n.head));
}

/**
 * The pair passes only by the anchored bar, every specific name anchoring it is the page sentence's
 * speaker, and the source sentence itself shares fewer than two content words (the rest are its neighbours').
 */
export function speakerOnlyAnchor(p: ClaimPair): boolean {
  const speaker = p.page.speaker;
  if (!speaker || p.broad || p.countAgrees || p.dates.length || p.score >= CLAIM_VERIFY.minScore * p.relief) return false;
  if (p.sharedOwn >= CLAIM_VERIFY.minContent) return false;
  if (p.eased('phrase-anchor') && p.anchoredByPhrase) return false;
  const key = (e: EntityPhrase) => `${e.role ?? ''}:${e.tokens.join(' ')}`;
  const anchors = p.names.filter((e) => p.specific(e, CLAIM_VERIFY.anchorName));
  return anchors.length > 0 && anchors.every((e) => key(e) === key(speaker));
}

/** The same actor, with as many words in common as a broad agreement (`broadContent`): a missing rare name is one more party. */
export function sameActorFact(p: ClaimPair): boolean {
  const actor = p.actor;
  return p.shared.length >= CLAIM_VERIFY.broadContent && !!actor && p.names.includes(actor);
}

/** A place given with its wider place ("in Anchorage, Alaska") is not missing from a source that names the wider place. */
export function widerPlaceGiven(p: ClaimPair, e: EntityPhrase): boolean {
  return !!e.region && e.region.every((t) => p.source.nearbyNames.has(t));
}

/** A name whose words the source writes in lower case ("the Russian presidential commissioner") is the same name. */
export function writtenLowerCase(p: ClaimPair, e: EntityPhrase): boolean {
  return writtenAsContent(e, p.sourceContent);
}

/** A total a part is taken from ("one of the eight children") is not asked of the source. */
export function partitiveTotal(p: ClaimPair, n: ClaimNumber): boolean {
  return !!n.partitive && !p.numbers.includes(n);
}

/**
 * Another actor: the page's first name is specific and missing from the
 * source passage, and the source's first name is specific and missing from
 * the page and its context. Names given by a role are left out.
 */
export function actorSwapped(p: ClaimPair): boolean {
  const pageActor = p.actor;
  if (!p.specific(pageActor, CLAIM_VERIFY.swappedName) || !p.missingNames.includes(pageActor)) return false;
  const sourceActor = p.sourceActor;
  if (!p.specific(sourceActor, CLAIM_VERIFY.swappedName)) return false;
  return !nameIn(sourceActor, p.pageNames);
}

/** Both sentences name whom they report ("..., X said"), both specific, and they share no word. */
export function speakerSwapped(p: ClaimPair): boolean {
  const a = p.page.speaker;
  const b = (p.source.own ?? p.src).speaker;
  if (!p.specific(a, CLAIM_VERIFY.swappedName) || !p.specific(b, CLAIM_VERIFY.swappedName)) return false;
  return !a.tokens.some((t) => b.tokens.includes(t));
}

/**
 * Whether the source states a page figure's value, counted by another noun: only for a value of 100
 * or more that is not a power of ten ("1,800", "412"), which two figures of one story rarely share
 * by chance. It lifts `figure-missing` only: the same count of the same thing (`figure-relief`) still
 * needs the same noun.
 */
export function sameValueStated(p: ClaimPair, n: ClaimNumber): boolean {
  return DISTINCT_VALUE.test(n.key) && p.src.numbers.some((m) => m.key === n.key);
}

/**
 * Whether a content word the page shares with a source window only through a neighbour of the
 * source sentence is negated on one side only, and the neighbours share fewer than `minContent`
 * other words with the page ("a level not seen since 2020" beside "the demand we actually see"):
 * the neighbour's word is another statement. A neighbour that shares more states the page's fact
 * the other way round, and `negation-mismatch` turns the pair down.
 */
export function neighbourNegation(p: ClaimPair, stem: string): boolean {
  const own = p.source.own;
  if (!own || own.content.includes(stem) || p.page.negated.includes(stem) === p.src.negated.includes(stem)) return false;
  const neighbours = p.page.content.filter((c) => c !== stem && p.sourceContent.has(c) && !own.content.includes(c)).length;
  return neighbours < CLAIM_VERIFY.minContent;
}

/**
 * The source sentence is short and the page states all of it: each of its content words (one at
 * the least), its figures and its names ("Pellman said it would appeal." in "Pellman has said it
 * will appeal, which could delay payments…").
 */
export function wholeSourceStated(p: ClaimPair): boolean {
  const own = p.source.own ?? p.src;
  if (!own.content.length || !own.entities.length) return false;
  const page = new Set(p.page.content);
  return (
    own.content.every((c) => page.has(c)) &&
    own.numbers.every((m) => p.page.numbers.some((n) => n.key === m.key)) &&
    own.entities.every((e) => p.names.some((x) => x.tokens.join(' ') === e.tokens.join(' ')))
  );
}

/** A plain count of 100 or more that is not 100, 1,000, 10,000…: its key is its digits. */
const DISTINCT_VALUE = /^(?!10*$)[1-9]\d{2,}$/;

/** The verifier's easings: what the pair reads as given, and the lower bars it may meet. */
export const EASINGS: readonly Easing[] = [
  {
    id: 'partitive-total',
    why: 'A total a part is taken from ("one of the eight") is not the sentence\'s own figure.',
    eases: (p, n) => partitiveTotal(p, n as ClaimNumber),
  },
  {
    id: 'wider-place',
    why: 'A place given with its wider place is not missing where the source names the wider place.',
    eases: (p, e) => widerPlaceGiven(p, e as EntityPhrase),
  },
  { id: 'lowercase-name', why: 'A name the source writes in lower case words is the same name.', eases: (p, e) => writtenLowerCase(p, e as EntityPhrase) },
  {
    id: 'same-actor-fact',
    why: 'The same first actor and many words in common outweigh a missing rare name (one more party).',
    eases: (p) => sameActorFact(p),
  },
  {
    id: 'same-value-figure',
    why: 'A count of 100 or more, not a round power of ten, is the same figure in the source whatever noun counts it ("1,800 staff", "1,800 jobs"): neither missing nor in conflict.',
    eases: (p, n) => sameValueStated(p, n as ClaimNumber),
  },
  {
    id: 'whole-source-stated',
    why: 'The page states all of a short source sentence (its content words, figures and names: "Acme Corp said it would appeal."): one word in common is its whole fact, and the share of the longer page sentence it states does not matter.',
    eases: (p) => p.wholeSourceStated,
  },
  {
    id: 'people-count',
    why: 'A count of people is a count of the kind of person the other side names ("14 people" / "14 residents"): WordNet\'s nouns under person, not every noun.',
    eases: (p, n) => p.src.numbers.some((m) => m.key === (n as ClaimNumber).key && sameHead(n as ClaimNumber, m)),
  },
  {
    id: 'neighbour-negation',
    why: "A word shared only with a neighbour of the source sentence, negated on one side only, is the neighbour's other statement: not shared, rather than the opposite fact.",
    eases: (p, stem) => neighbourNegation(p, stem as string),
  },
  {
    id: 'figures-as-content',
    why: 'A figure both state, of the same thing, counts as a content word in common ("sent the stock down 11%, to $38.20" / "shares fell 11% to $38.20"); retrieval and the content gate count it too.',
    eases: (p) => p.numbers.length > 0,
  },
  { id: 'figure-relief', why: 'The same count of the same thing is strong evidence: the share and evidence needed are halved.', eases: (p) => p.countAgrees },
  { id: 'anchored-bar', why: 'A shared figure, date or specific name anchors the pair: a lower share will do.', eases: (p) => p.anchoredByTerm },
  { id: 'phrase-anchor', why: 'Two content words in the same order in both anchor the pair as a specific name does.', eases: (p) => p.anchoredByPhrase },
  { id: 'broad-agreement', why: "A long sentence stating the source's fact in passing: many words in common, a low share.", eases: (p) => p.broadAgreement },
];
