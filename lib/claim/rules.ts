import { RULE_IDS, type RuleId } from './rule-ids';
import { EASINGS, REJECTIONS } from './verification/checks';

/** Where a rule acts: the stages of lib/claim (README.md there). */
export type RuleStage = 'reading' | 'units' | 'verification';

/** A named rule of the claim tier. */
export interface ClaimRule {
  id: RuleId;
  stage: RuleStage;
  /** Turns pairs down (`reject`), or lets more through (`ease`): reads more units, eases a bar. */
  effect: 'reject' | 'ease';
  /** One line: what it does, and why. */
  why: string;
  /** The function that applies it: a verifier check, or the module and function of a reading or unit rule. */
  at: string | ((...args: never[]) => boolean);
}

const READING_AND_UNITS: readonly ClaimRule[] = [
  {
    id: 'route-term',
    stage: 'reading',
    effect: 'ease',
    why: 'A movement between two named places ("from X to Y") is one term, with its direction.',
    at: 'reading/terms.ts routesOf',
  },
  {
    id: 'adulthood-age',
    stage: 'reading',
    effect: 'ease',
    why: '"Reached adulthood" and "the age of majority" state an age, read as 18.',
    at: 'reading/numbers.ts readAdulthood',
  },
  {
    id: 'negation-scope',
    stage: 'reading',
    effect: 'ease',
    why: 'A verb\'s negation ("did not accept the court\'s conclusions") governs the verb, not its object: the object is no opposite fact.',
    at: 'reading/terms.ts isNegated',
  },
  {
    id: 'clause-reading',
    stage: 'units',
    effect: 'ease',
    why: 'A long sentence often joins two facts that sources state apart: each clause is read alone too.',
    at: 'claim.ts clauseSpans',
  },
  {
    id: 'subordinate-clause',
    stage: 'units',
    effect: 'ease',
    why: 'A clause opened by "after", "because"... has its own subject: cut there, read against its own names.',
    at: 'claim.ts clauseSpans',
  },
  {
    id: 'short-sentence-joined',
    stage: 'units',
    effect: 'ease',
    why: 'A sentence too short to be a fact ("It started with a letter.") is read with the long one after it.',
    at: 'claim.ts readingSpans',
  },
  {
    id: 'nameless-from-context',
    stage: 'units',
    effect: 'ease',
    why: 'A sentence that names no one is read with the names of its context, more strictly.',
    at: 'claim.ts claimUnits',
  },
  {
    id: 'nearest-names',
    stage: 'units',
    effect: 'ease',
    why: 'A sentence that names no one but states a figure or a date, after paragraphs that name no one, is read with the last names the page gave (in such a paragraph, no other sentence is read).',
    at: 'page-context.ts contextNames',
  },
  {
    id: 'weekday-not-date',
    stage: 'units',
    effect: 'reject',
    why: 'A weekday dates nothing across outlets (each gives the day of its own report): such a sentence is read as naming no one.',
    at: 'claim.ts claimUnits',
  },
  {
    id: 'relative-clause-only',
    stage: 'units',
    effect: 'reject',
    why: 'A clause whose only verb follows "who" or "which" ("Naomi Castell, the lawyer who led the case") describes someone: it is not read alone.',
    at: 'units/page-units.ts statesSomething',
  },
  {
    id: 'wire-window',
    stage: 'units',
    effect: 'ease',
    why: 'A source window crosses a paragraph break where both sentences stand alone, as wire copy sets them.',
    at: 'units/source-window.ts windowCrosses',
  },
  {
    id: 'headline-story',
    stage: 'units',
    effect: 'ease',
    why: 'A headline is checked against the whole article of each source whose story the page tells.',
    at: 'units/headline.ts matchHeadline',
  },
  {
    id: 'common-word-name-part',
    stage: 'verification',
    effect: 'reject',
    why: 'Part of a name is the same name only where a word in common is not also an ordinary word of the index ("Oval Office" is no "Post Office").',
    at: 'verification/parts.ts nameIn',
  },
];

/** Every rule of the claim tier, in the order of RULE_IDS; throws where an id has no entry. */
export function claimRules(): ClaimRule[] {
  return RULE_IDS.map((id) => {
    const rule =
      READING_AND_UNITS.find((r) => r.id === id) ??
      REJECTIONS.filter((r) => r.id === id).map((r): ClaimRule => ({ id, stage: 'verification', effect: 'reject', why: r.why, at: r.rejects }))[0] ??
      EASINGS.filter((r) => r.id === id).map((r): ClaimRule => ({ id, stage: 'verification', effect: 'ease', why: r.why, at: r.eases }))[0];
    if (!rule) throw new Error(`rule ${id} has no entry`);
    return rule;
  });
}
