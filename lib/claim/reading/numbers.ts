/**
 * Numbers as outlets write them: "8" and "eight", "twenty-four" and "24",
 * "6.8 million", "19th", "55-year-old", and spans of time ("24 hours", "a
 * day", "the past day", "three months"), so that two sentences stating the
 * same figure agree however they spell it. Input is folded words with hyphens
 * split ("55-year-old" -> 55 year old), as `claimWords` gives them.
 */

import { ruleOn } from '../rule-ids';

/** A number found in a run of words. */
export interface NumberMention {
  /**
   * Canonical key: the value ("8", "2022", "6800000"); "d" and a length of
   * time in hours ("d24" for 24 hours, a day, one day, the past day); or
   * "a" and an age ("a18" for turned 18, aged 18, 18-year-old); "~" and an
   * order of magnitude for a round amount ("~1000" for thousands).
   */
  key: string;
  /** Word range [from, to) of the mention. */
  from: number;
  to: number;
  /**
   * "one" and "two" as words are mostly not figures ("one of her remarks",
   * "the two sides"): they are kept but never required to agree.
   */
  weak: boolean;
}

const UNITS = new Map<string, number>(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);
const TENS = new Map<string, number>(Object.entries({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }));
const SCALES = new Map<string, number>(Object.entries({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));
const SUFFIX_SCALES = new Map<string, number>(Object.entries({ k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 }));
/** Round amounts without a figure ("thousands of children"): an order of magnitude. */
const VAGUE = new Map<string, number>(Object.entries({ dozens: 10, scores: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 }));

/** Hours in a unit of time; a month is a twelfth of a year (730 h), so "12 months" is "a year". */
const TIME_UNITS = new Map<string, number>(
  Object.entries({
    hour: 1,
    hours: 1,
    day: 24,
    days: 24,
    week: 168,
    weeks: 168,
    fortnight: 336,
    fortnights: 336,
    month: 730,
    months: 730,
    year: 8760,
    years: 8760,
    decade: 87600,
    decades: 87600,
  }),
);

/** Decades of a life: "in his seventies". */
const AGE_DECADES = new Map(Object.entries({ twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 }));

const NUMBER_TEXT = new RegExp(
  `\\d|\\b(?:${[...UNITS.keys(), ...TENS.keys(), ...SCALES.keys(), ...VAGUE.keys(), ...TIME_UNITS.keys(), ...AGE_DECADES.keys(), 'dozen', 'adulthood', 'majority'].join('|')})\\b`,
  'i',
);

/** Words that stand for "one" before a unit of time: "a day", "within a single week". */
const ONE_OF = new Set(['a', 'an', 'one', 'single']);
/** After a unit of time, these make it a point in time, not a span: "a day before", "two weeks later". */
const NOT_A_SPAN = new Set(['before', 'after', 'later', 'earlier', 'ago', 'prior']);
/** Before a figure, these make a length of time a span even where "after" follows: "in the past 24 hours after talks". */
const SPAN_BEFORE = new Set(['past', 'last', 'next', 'within', 'over', 'during', 'for']);
/** Words that hedge a figure ("at least 18 months", "for about a year"): looked past for the word that makes it a span. */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'just', 'only']);
const APPROXIMATOR_PAIRS = new Set(['at least', 'at most', 'more than', 'less than', 'fewer than', 'up to', 'close to']);

// How many words before `at` hedge the figure there: 0, 1 ("about") or 2 ("at least").
function approximatorBefore(words: readonly string[], at: number): number {
  if (at >= 2 && APPROXIMATOR_PAIRS.has(`${words[at - 2]} ${words[at - 1]}`)) return 2;
  return at >= 1 && APPROXIMATORS.has(words[at - 1]!) ? 1 : 0;
}

/** Before a figure, these make it an age: "turned 18", "aged 9", "the age of 18". */
const AGE_BEFORE = new Set(['aged', 'age', 'turned', 'turns', 'turning', 'turn', 'under']);

/** Finds the numbers in a run of folded words, left to right, without overlaps. */
export function findNumbers(words: readonly string[]): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < words.length) {
    const read = readNumber(words, i);
    if (read) {
      const unit = readUnit(words, read.to, read.value, SPAN_BEFORE.has(words[i - 1 - approximatorBefore(words, i)] ?? ''));
      const before = words[i - 1] === 'of' && words[i - 2] === 'age' ? 'age' : words[i - 1];
      if (unit) {
        out.push({ key: unit.key, from: i, to: unit.to, weak: false });
        i = unit.to;
      } else if (before && AGE_BEFORE.has(before)) {
        out.push({ key: `a${keyOf(read.value)}`, from: i, to: read.to, weak: false });
        i = read.to;
      } else {
        out.push({ key: keyOf(read.value), from: i, to: read.to, weak: read.weak });
        i = read.to;
      }
      continue;
    }
    const vague = readVague(words, i);
    if (vague) {
      out.push({ key: `~${vague.magnitude}`, from: i, to: vague.to, weak: false });
      i = vague.to;
      continue;
    }
    const decade = readAgeDecade(words, i);
    if (decade) {
      out.push({ key: decade, from: i, to: i + 1, weak: false });
      i++;
      continue;
    }
    const adult = ruleOn('adulthood-age') ? readAdulthood(words, i) : null;
    if (adult) {
      out.push({ key: 'a18', from: i, to: adult, weak: false });
      i = adult;
      continue;
    }
    const span = readImplicitOne(words, i);
    if (span) {
      out.push({ key: `d${span.hours}`, from: i, to: span.to, weak: false });
      i = span.to;
      continue;
    }
    i++;
  }
  return out;
}

/**
 * Whether `findNumbers` may find a number in a text: a digit, or a word it
 * reads numbers from (a number word, a round amount, a unit of time read as
 * "one" of it, "adulthood", "majority"), in any case. Errs only towards yes:
 * a gate asks it before the text is read into words.
 */
export function mayHoldNumber(text: string): boolean {
  return NUMBER_TEXT.test(text);
}

/** True for a word that is, or begins, a number ("eight", "24", "19th", "6.8m"). */
export function isNumberWord(word: string): boolean {
  return UNITS.has(word) || TENS.has(word) || word === 'dozen' || /^\d/.test(word);
}

function keyOf(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

// A number written in figures or words, with its scale: "6.8 million", "one hundred and twenty".
function readNumber(words: readonly string[], at: number): { value: number; to: number; weak: boolean } | null {
  const w = words[at]!;
  const figure = /^(\d+(?:\.\d+)?)(st|nd|rd|th|k|m|mn|bn|b|tn)?$/.exec(w);
  if (figure) {
    let value = Number(figure[1]);
    const suffix = figure[2];
    if (suffix && SUFFIX_SCALES.has(suffix)) value *= SUFFIX_SCALES.get(suffix)!;
    let to = at + 1;
    const scale = words[to];
    if (!suffix && scale && SCALES.has(scale)) {
      value *= SCALES.get(scale)!;
      to++;
    }
    return { value, to, weak: false };
  }
  if (w === 'dozen' || (w === 'a' && words[at + 1] === 'dozen')) {
    return { value: 12, to: w === 'a' ? at + 2 : at + 1, weak: false };
  }
  if (!UNITS.has(w) && !TENS.has(w)) return null;
  let total = 0;
  let current = 0;
  let to = at;
  let wordsRead = 0;
  // What the last word was: a unit follows only a tens word or a scale ("twenty-four", "hundred
  // and five"), a tens word only a scale. "Of the eight, three had..." is two numbers, not 11.
  let last: 'start' | 'unit' | 'tens' | 'scale' = 'start';
  while (to < words.length) {
    const x = words[to]!;
    if (UNITS.has(x) && (last === 'start' || last === 'tens' || last === 'scale')) {
      current += UNITS.get(x)!;
      last = 'unit';
    } else if (TENS.has(x) && (last === 'start' || last === 'scale')) {
      current += TENS.get(x)!;
      last = 'tens';
    } else if (SCALES.has(x) && wordsRead > 0) {
      last = 'scale';
      const scale = SCALES.get(x)!;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (x === 'and' && wordsRead > 0 && SCALES.has(words[to - 1]!) && isNumberWord(words[to + 1] ?? '')) {
      // "one hundred and twenty": the "and" belongs to the number.
    } else break;
    to++;
    wordsRead++;
  }
  const value = total + current;
  return { value, to, weak: wordsRead === 1 && value <= 2 };
}

// A unit of time after a number: "24 hours", "three months"; "55 years old" is an age, a plain number.
// `span`: the words before make it a span whatever follows ("the past 24 hours after talks").
function readUnit(words: readonly string[], at: number, value: number, span: boolean): { key: string; to: number } | null {
  const unit = words[at];
  if (!unit || !TIME_UNITS.has(unit)) return null;
  if (words[at + 1] === 'old') return { key: `a${keyOf(value)}`, to: at + 2 };
  if (!span && NOT_A_SPAN.has(words[at + 1] ?? '')) return { key: keyOf(value), to: at + 1 };
  return { key: `d${Math.round(value * TIME_UNITS.get(unit)!)}`, to: at + 1 };
}

// One unit of time without a figure: "a day", "within a single week", "(in) the past day".
function readImplicitOne(words: readonly string[], at: number): { hours: number; to: number } | null {
  const w = words[at]!;
  const next = words[at + 1];
  if (ONE_OF.has(w) && next && TIME_UNITS.has(next) && !next.endsWith('s')) {
    if (words[at + 2] === 'old' || NOT_A_SPAN.has(words[at + 2] ?? '')) return null;
    return { hours: TIME_UNITS.get(next)!, to: at + 2 };
  }
  // "the past day", "the last week": a span; "last year" without "the" is a date, not a span.
  if (w === 'the' && (next === 'past' || next === 'last')) {
    const unit = words[at + 2];
    if (unit && TIME_UNITS.has(unit) && !unit.endsWith('s')) return { hours: TIME_UNITS.get(unit)!, to: at + 3 };
  }
  return null;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'your', 'our']);
const DECADE_PART = new Set(['early', 'mid', 'late']);

// "A man in his seventies", "in her early thirties": an age of that decade (a70s); "in the seventies" is a time, not read.
function readAgeDecade(words: readonly string[], at: number): string | null {
  const decade = AGE_DECADES.get(words[at]!);
  if (decade === undefined) return null;
  const before = DECADE_PART.has(words[at - 1] ?? '') ? at - 2 : at - 1;
  return POSSESSIVES.has(words[before] ?? '') && words[before - 1] === 'in' ? `a${decade}s` : null;
}

/** Verbs that bring someone to an age: "reached adulthood", "came of age". */
const REACH = new Set(['reach', 'reached', 'reaches', 'reaching', 'turned', 'turn', 'turns', 'turning', 'into']);

// "Reached adulthood", "the age of majority": the age of 18, as the children's stories of this kind
// write it either way ("those who were minors when displaced but have since turned 18").
function readAdulthood(words: readonly string[], at: number): number | null {
  if (words[at] === 'adulthood' && REACH.has(words[at - 1] ?? '')) return at + 1;
  if (words[at] === 'age' && words[at + 1] === 'of' && words[at + 2] === 'majority') return at + 3;
  return null;
}

// "thousands", "tens of thousands", "hundreds of thousands": the order of magnitude.
function readVague(words: readonly string[], at: number): { magnitude: number; to: number } | null {
  const w = words[at]!;
  if ((w === 'tens' || w === 'hundreds') && words[at + 1] === 'of' && VAGUE.has(words[at + 2]!) && words[at + 2] !== 'dozens') {
    return { magnitude: VAGUE.get(words[at + 2]!)! * (w === 'tens' ? 10 : 100), to: at + 3 };
  }
  if (VAGUE.has(w)) return { magnitude: VAGUE.get(w)!, to: at + 1 };
  return null;
}
