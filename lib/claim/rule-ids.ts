/**
 * The ids of the claim tier's named rules (the registry with what each does
 * and why is `claimRules()` in rules.ts; measured worth in docs/claim-rules.md).
 * This module imports nothing, so every stage can ask whether a rule is on.
 */
export const RULE_IDS = [
  // reading
  'route-term',
  'adulthood-age',
  'negation-scope',
  // units
  'clause-reading',
  'subordinate-clause',
  'short-sentence-joined',
  'nameless-from-context',
  'nearest-names',
  'weekday-not-date',
  'relative-clause-only',
  'wire-window',
  'headline-story',
  // verification: turn a pair down
  'nameless-needs-phrase',
  'count-conflict',
  'sentence-count-conflict',
  'age-conflict',
  'event-mismatch',
  'event-identity',
  'follow-up-lede',
  'figure-missing',
  'route-reversed',
  'negation-mismatch',
  'too-little-content',
  'description-only',
  'nothing-specific-shared',
  'other-story',
  'common-word-name-part',
  'rare-name-missing',
  'actor-swapped',
  'speaker-swapped',
  'example-not-party',
  'question-not-claim',
  'figure-unanchored',
  'speaker-not-anchor',
  'speculation-as-fact',
  'source-mostly-else',
  'too-little-stated',
  // verification: ease a pair's bar
  'partitive-total',
  'same-value-figure',
  'people-count',
  'wider-place',
  'lowercase-name',
  'same-actor-fact',
  'neighbour-negation',
  'figures-as-content',
  'whole-source-stated',
  'figure-relief',
  'anchored-bar',
  'phrase-anchor',
  'broad-agreement',
] as const;

/** A named rule of the claim tier. */
export type RuleId = (typeof RULE_IDS)[number];

let switchedOff: ReadonlySet<RuleId> = new Set();

/** Whether a rule is in force: always, but while a measurement has switched it off (`measureWithout`). */
export function ruleOn(id: RuleId): boolean {
  return !switchedOff.has(id);
}

/**
 * Switches rules off for a measurement (`npm run bench:accuracy -- --without <id>`);
 * an empty list switches all back on. Not for matching: per-index memos keep what was read meanwhile.
 */
export function measureWithout(ids: readonly RuleId[]): void {
  switchedOff = new Set(ids);
}

/** Whether a string is a rule id. */
export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}
