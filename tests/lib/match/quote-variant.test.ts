import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { matchPage } from '../../../lib/match/match-page';
import { isSignificantDiff } from '../../../lib/match/quote-variant';
import type { DiffPart } from '../../../lib/types';
import { article } from '../../helpers/article';

// The source article goes on after its quote, so that a page quoting it is not taken for the article itself.
const source = (paragraph: string) =>
  article(
    'src',
    [
      'Melania Trump spoke to reporters at the White House.',
      paragraph,
      'The rest of the report covers other matters at some length, in words that no page in these tests repeats at all.',
    ],
    { outlet: 'Src' },
  );

// The page names the speaker too: a short quote counts only on a page about the source's story.
const LEAD = 'Melania Trump spoke on Friday.';

/** The variant reported when `page` quotes the quote of `sourceParagraph`, or null; throws where the quote is not matched. */
function variantOf(sourceParagraph: string, page: string) {
  const index = buildIndex([source(sourceParagraph)]);
  const report = matchPage({ title: null, readerable: true, paragraphs: [LEAD, page] }, index, { tiers: ['quote'] });
  const m = report.paragraphs[1]!.matches[0];
  if (!m) throw new Error('quote not matched');
  return m.variant ?? null;
}

/** A diff in the compact form [-removed-] {+added+}. */
const compact = (diff: readonly DiffPart[]) => diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'removed' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ');

const COOPERATE = '"We have agreed to cooperate with each other for the benefit of all people involved in this war," she said.';
const CHILDREN = '"In fact, eight children have been rejoined with their families during the past 24 hours," she said.';
const GOOD_FAITH = 'Both sides held "several backchannel meetings and calls, all in good faith," she said.';
const WRITING = 'She said: "He responded in writing, signaling a willingness to engage with me directly and outlining details regarding the children."';

describe('quote variants', () => {
  it.each([
    [
      'a substituted last word',
      COOPERATE,
      'She said: “We have agreed to cooperate with each other for the benefit of all people involved in this work.”',
      '[-war-] {+work+}',
      false,
    ],
    [
      'a substituted word inside',
      COOPERATE,
      'She said: “We have agreed to work with each other for the benefit of all people involved in this war.”',
      '[-cooperate-] {+work+}',
      false,
    ],
    [
      'a dropped clause',
      CHILDREN,
      'She said: “In fact, eight children have been rejoined during the past 24 hours,” and left.',
      '[-with their families-]',
      false,
    ],
    [
      'a changed number',
      CHILDREN,
      'She said: “In fact, eighteen children have been rejoined with their families during the past 24 hours.”',
      '[-eight-] {+eighteen+}',
      true,
    ],
    ['an added negation', GOOD_FAITH, 'A transcript has “several backchannel meetings and calls, not all in good faith.”', '{+not+}', true],
    [
      'a truncation presented as a whole sentence',
      WRITING,
      'He said: “He responded in writing, signaling a willingness to engage with me directly.” That was all.',
      '[-and outlining details regarding the children-]',
      false,
    ],
  ])('reports %s', (_name, src, page, expected, significant) => {
    const v = variantOf(src, page);
    expect(v).not.toBeNull();
    expect(compact(v!.diff.filter((d) => d.op !== 'equal'))).toBe(expected);
    expect(v!.significant).toBe(significant);
    expect(page).toContain(v!.pageQuote);
    expect(src).toContain(v!.sourceQuote);
  });

  it.each([
    ['the same words', GOOD_FAITH, 'They met, she said, in "several backchannel meetings and calls, all in good faith."'],
    ['another spelling of a compound', GOOD_FAITH, 'They met, she said, in "several back channel meetings and calls, all in good faith."'],
    ['a hyphenated spelling', GOOD_FAITH, 'They met, she said, in “several back-channel meetings and calls, all in good faith.”'],
    [
      'a shorter piece of the quote, not presented as a whole sentence',
      WRITING,
      'She said “he responded in writing, signaling a willingness to engage” and so on.',
    ],
    ['the first part of a quote, ending on a comma', CHILDREN, 'She said: “In fact, eight children have been rejoined with their families,” and left.'],
  ])('reports no variant for %s', (_name, src, page) => {
    expect(variantOf(src, page)).toBeNull();
  });
});

describe('isSignificantDiff', () => {
  const diff = (...parts: Array<[DiffPart['op'], string]>): DiffPart[] => parts.map(([op, text]) => ({ op, text }));
  it.each([
    ['a number substituted', diff(['removed', 'eight'], ['added', 'eighteen']), true],
    ['a figure added', diff(['equal', 'an open channel'], ['added', 'for the past three months']), true],
    ['digits changed', diff(['removed', '24'], ['added', '48']), true],
    ['a negation added', diff(['added', 'not']), true],
    ['a negation removed', diff(['removed', "didn't"]), true],
    ['a figure cut with a clause', diff(['equal', 'she said'], ['removed', 'for the past three months']), false],
    ['a word substituted', diff(['removed', 'war'], ['added', 'work']), false],
  ])('%s', (_name, d, expected) => {
    expect(isSignificantDiff(d)).toBe(expected);
  });
});
