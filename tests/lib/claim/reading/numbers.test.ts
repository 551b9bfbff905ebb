import { describe, expect, it } from 'vitest';
import { findNumbers, mayHoldNumber } from '../../../../lib/claim/reading/numbers';
import { claimWords } from '../../../../lib/claim/reading/words';

/** The number keys of a text, strong ones only, as the claim tier reads them. */
const keys = (text: string) =>
  findNumbers(claimWords(text).map((w) => w.norm))
    .filter((n) => !n.weak)
    .map((n) => n.key);

describe('findNumbers', () => {
  it.each([
    ['eight children', ['8']],
    ['8 children', ['8']],
    ['twenty-four children', ['24']],
    ['one hundred and twenty people', ['120']],
    ['two hundred thirty-five people', ['235']],
    ['twenty four thousand', ['24000']],
    ['of the eight, three had been split', ['8', '3']],
    ['the remaining five, seven of them girls', ['5', '7']],
    ['6.8 million dollars', ['6800000']],
    ['77,000 dollars', ['77000']],
    ['$6.8M presale', ['6800000']],
    ['the 19th package', ['19']],
    ['a dozen eggs', ['12']],
    ['in the past 24 hours', ['d24']],
    ['over the past 24 hours after negotiations', ['d24']],
    ['within 48 hours after the summit', ['d48']],
    ['three days after the vote', ['3']],
    ['within a day', ['d24']],
    ['for at least 18 months before it told the authority', ['d13140']],
    ['for about three days before the vote', ['d72']],
    ['at least 18 months before it told the authority', ['18']],
    ['in the last day', ['d24']],
    ['in a single day', ['d24']],
    ['over three months', ['d2190']],
    ['for twelve months', ['d8760']],
    ['within a year', ['d8760']],
    ['the 55-year-old', ['a55']],
    ['who have turned 18', ['a18']],
    ['at the age of 18', ['a18']],
    ['who have since reached adulthood', ['a18']],
    ['below the age of majority', ['a18']],
    ['thousands of children', ['~1000']],
    ['a man in his seventies', ['a70s']],
    ['a woman in her early thirties', ['a30s']],
    ['tens of thousands of names', ['~10000']],
  ])('%s -> %j', (text, expected) => {
    expect(keys(text)).toEqual(expected);
    // The gate asked before a text is read: yes wherever a number is found, weak ones too.
    expect(mayHoldNumber(text)).toBe(true);
    expect(mayHoldNumber(text.toUpperCase())).toBe(true);
  });

  it.each([
    ['one of her remarks'],
    ['the two sides'],
    ['the first lady'],
    ['a day before the summit'],
    ['last year'],
    ['a week later'],
    ['in adulthood'],
    ['music of the seventies'],
  ])('%s has no figure', (text) => {
    expect(keys(text)).toEqual([]);
  });
});

describe('mayHoldNumber', () => {
  it.each([['The race was run in heavy rain.'], ['Firefighters used boats on the estate.'], ['Someone said a word.']])('%s: no number can be found', (text) => {
    expect(mayHoldNumber(text)).toBe(false);
    expect(findNumbers(claimWords(text).map((w) => w.norm))).toEqual([]);
  });
});
