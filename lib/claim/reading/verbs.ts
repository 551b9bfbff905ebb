import { IRREGULAR_VERBS } from '../../text/synonyms';

/** Auxiliary and modal verbs, and the verbs of saying news prose uses most: a clause's verb without a tagger. */
const AUXILIARIES = new Set(
  'is are was were be been being has have had will would can could shall should may might must do does did says said told'.split(' '),
);

/** Relative pronouns: they open a clause, so a piece holding one is no apposition. */
const RELATIVES = new Set(['who', 'which', 'that']);

/** An auxiliary, a verb of saying, an irregular verb form or a past form in -ed (folded words). */
export function isVerbForm(norm: string): boolean {
  return AUXILIARIES.has(norm) || IRREGULAR_VERBS.has(norm) || isPastForm(norm);
}

/** An auxiliary, a verb of saying, a relative pronoun or a past form in -ed: a piece holding one states something. */
export function opensClause(norm: string): boolean {
  return AUXILIARIES.has(norm) || RELATIVES.has(norm) || isPastForm(norm);
}

/** Words that make a sentence say what may be rather than what is: a writer's guess, not a report. */
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'likely',
  'unlikely',
  'perhaps',
  'possibly',
  'probably',
  'presumably',
  'suggests',
  'suggest',
  'appears',
  'seems',
]);

/** A word of speculation ("likely", "may", "suggests"), folded and written in lower case. */
export function isHedge(norm: string): boolean {
  return HEDGES.has(norm);
}

const isPastForm = (norm: string) => norm.length > 4 && norm.endsWith('ed');
