import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import type { ArticleInput } from '../../../lib/index/model';
import { matchClaims, pageClaimContext } from '../../../lib/claim/claim';
import { explainClaims } from '../../../lib/claim/explanation/explain';
import { preparePageParagraph } from '../../../lib/match/page-paragraph';
import { matchPage } from '../../../lib/match/match-page';
import { article } from '../../helpers/article';

// A small world: one story told by one outlet, and other stories that share
// its people or its vocabulary, so that every term has a meaningful rarity.
const STORY = article('story', [
  'First Lady Melania Trump said on Friday that eight children had been reunited with their families in the past 24 hours after talks with Russia.',
  'She said Russian President Vladimir Putin had answered her letter in August and that the two have kept an open channel of communication.',
  'Three of the children had been separated from their parents by front-line fighting, the first lady said.',
  'The children were taken from Ukraine during the war, officials in Kyiv said.',
  'Russia has agreed to rejoin the individuals who have turned 18 within a short period of time, she said.',
  'The U.S. government confirmed the identities of the children using photographs supplied by Russian officials.',
]);
const OTHERS = [
  article('summit', [
    'President Donald Trump said he would meet Vladimir Putin in Budapest after a long phone call on Thursday.',
    'Hungarian officials said the summit could take place within two weeks.',
  ]),
  article('harvest', [
    'Farmers in Iowa said the harvest had been delayed by rain for the third week in a row.',
    'Prices for corn rose by two per cent on Monday as traders worried about supply.',
  ]),
  article('schools', [
    'The school board voted to extend the school day by thirty minutes from September.',
    'Teachers said the change would give children more time for reading.',
  ]),
];
const index = buildIndex([STORY, ...OTHERS]);
const storySource = index.sources.findIndex((s) => s.id === 'story');

/** The claim candidates of a one-paragraph page (with an optional lead paragraph for context). */
function claims(paragraph: string, lead: string[] = []) {
  const paragraphs = [...lead, paragraph];
  const ctx = pageClaimContext(paragraphs);
  return matchClaims(preparePageParagraph(paragraphs.length - 1, paragraph), index, undefined, ctx);
}

describe('matchClaims', () => {
  it.each([
    [
      'kids, relatives and "within a day" (the issue\'s example)',
      'Within a day, eight Ukrainian kids were back with their relatives, Melania Trump said.',
      [] as string[],
    ],
    ['figures in digits', 'Melania Trump said 8 children were reunited with their families over the past 24 hours.', []],
    ['another wording of the letter', 'Putin responded to the letter Melania Trump sent him in August, she said.', []],
    [
      'hyphenation and a role: "frontline", "the first lady"',
      'According to the first lady, frontline fighting had separated three of the children from their parents.',
      ['Melania Trump spoke at the White House.'],
    ],
    ['ages: "turned 18"', 'Melania Trump said Moscow had agreed to quickly rejoin those who turned 18.', []],
    [
      'an alias: "the United States" for "U.S."',
      'The United States government verified the identities of the children with photographs from Russia, Melania Trump said.',
      [],
    ],
  ])('finds the same fact in other words: %s', (_name, paragraph, lead) => {
    const found = claims(paragraph, lead).filter((c) => c.source === storySource);
    expect(found).toHaveLength(1);
  });

  it.each([
    ['the same people, another fact', 'Melania Trump hosted a roundtable on online safety at the White House on Friday.', []],
    ['another figure for the same thing', 'Melania Trump said eighteen children were reunited with their families in the past 24 hours.', []],
    ['the same fact in another war', 'In Sudan, eight children were reunited with their families in the past 24 hours, the Red Cross said.', []],
    ['a negated fact', 'Melania Trump said Russia has not agreed to rejoin the individuals who have turned 18.', []],
    [
      'the same vocabulary, no name or figure in common',
      'The union said an open channel of communication with the employers was kept after a letter in good faith.',
      [],
    ],
    ['a heading too short to state a fact', 'Letters to Putin', []],
    ['the same people in another story of the index', 'Donald Trump will meet Vladimir Putin in Budapest after their phone call.', []],
  ])('does not match %s', (_name, paragraph, lead) => {
    expect(claims(paragraph, lead).filter((c) => c.source === storySource)).toEqual([]);
  });

  it('reports the matched sentence of the page and the source sentence', () => {
    const paragraph = 'The weather was mild. Within a day, eight Ukrainian kids were back with their relatives, Melania Trump said.';
    const [c] = claims(paragraph);
    expect(c).toBeDefined();
    expect(c!.kind).toBe('claim');
    expect(c!.score).toBeGreaterThan(0);
    expect(c!.score).toBeLessThanOrEqual(1);
    expect(paragraph.slice(c!.span.start, c!.span.end)).toBe('Within a day, eight Ukrainian kids were back with their relatives, Melania Trump said.');
    expect(c!.sourceText).toBe(STORY.paragraphs[0]);
    expect(c!.sourceText.slice(c!.sourceSpan.start, c!.sourceSpan.end)).toBe(STORY.paragraphs[0]);
    expect(c!.coveredWords).toBe(0);
  });

  it('leaves out the excluded source', () => {
    const paragraph = 'Within a day, eight Ukrainian kids were back with their relatives, Melania Trump said.';
    const ctx = pageClaimContext([paragraph]);
    expect(matchClaims(preparePageParagraph(0, paragraph), index, storySource, ctx)).toEqual([]);
  });

  it("is reported by matchPage below the source's own words", () => {
    const report = matchPage(
      { title: null, readerable: true, paragraphs: ['Within a day, eight Ukrainian kids were back with their relatives, Melania Trump said.'] },
      index,
    );
    expect(report.paragraphs[0]!.matches.map((m) => [m.sourceId, m.kind])).toEqual([['story', 'claim']]);
  });
});

describe('why the claim tier turns a sentence down', () => {
  it.each([
    ['Melania Trump said eighteen children were reunited with their families in the past 24 hours.', 'count-conflict'],
    ['In Sudan, eight children were reunited with their families in the past 24 hours, the Red Cross said.', 'other-story'],
    ['Melania Trump said Russia has not agreed to rejoin the individuals who have turned 18.', 'negation-mismatch'],
  ])('%s -> %s', (paragraph, why) => {
    const ctx = pageClaimContext([paragraph]);
    const [unit] = explainClaims(preparePageParagraph(0, paragraph), index, storySource, ctx);
    const verdicts = unit!.candidates.map((c) => (c.verdict.ok ? 'ok' : c.verdict.rule));
    // The story's sentence that states the fact is found, and turned down for this reason.
    expect(verdicts).toContain(why);
    expect(verdicts).not.toContain('ok');
  });
});

/** A one-paragraph page's claim candidates from `story` alone, in an index of it and the other stories. */
function claimsFrom(story: ArticleInput) {
  const small = buildIndex([story, ...OTHERS]);
  const source = small.sources.findIndex((s) => s.id === story.id);
  return (paragraph: string) => {
    const ctx = pageClaimContext([paragraph], small);
    return matchClaims(preparePageParagraph(0, paragraph), small, undefined, ctx).filter((c) => c.source === source);
  };
}

describe('a source sentence that names no one', () => {
  // "The two" of the third sentence are the people its paragraph names, two sentences before it.
  const story = article('channel', [
    'Melania Trump said on Friday that she had written to Vladimir Putin in the summer. He answered in writing. The two have kept an open channel of communication about the welfare of the children since then.',
    'Olena Zelenska thanked the first lady for her attention to the children.',
    'Farmers in Iowa said the harvest had been delayed by rain.',
  ]);
  const found = claimsFrom(story);

  it.each([
    ['Melania Trump says she has an open channel of communication with Putin about the welfare of the children.'],
    ["Putin and Melania Trump have kept an open channel of communication on the children's welfare."],
  ])("is read with its paragraph's names: %s", (paragraph) => {
    expect(found(paragraph)).toHaveLength(1);
  });

  it.each([
    // Zelenska is named in the article, but not in the paragraph where "the two" stand.
    ['Olena Zelenska says she has kept an open channel of communication about the welfare of the children.'],
    ['Harvest farmers have kept an open channel of communication about the welfare of the children.'],
  ])('is not read with names from elsewhere: %s', (paragraph) => {
    expect(found(paragraph)).toEqual([]);
  });
});

describe('wire copy: one sentence a paragraph', () => {
  // Each sentence a paragraph, as wire copy sets it: a window centred on the spotlight sentence
  // holds the letter's sentence too (windowHolds), and may be the one that passes.
  const wire = article('wire', [
    'Melania Trump said on Friday that eight children had been reunited with their families.',
    'The first lady has largely stayed out of the spotlight this year.',
    'She relayed a letter to Vladimir Putin after her husband met him in Alaska in August.',
    'Farmers in Iowa said the harvest had been delayed by rain.',
  ]);
  const found = claimsFrom(wire);

  it('shows the sentence of the window that states the fact, not its neighbour', () => {
    const [c] = found('In August, Melania Trump handed a letter for Vladimir Putin to her husband, who carried it to their summit in Alaska.');
    expect(c).toBeDefined();
    expect(c!.sourceText).toBe('She relayed a letter to Vladimir Putin after her husband met him in Alaska in August.');
    expect(c!.sourceText.slice(c!.sourceSpan.start, c!.sourceSpan.end)).toBe(c!.sourceText);
  });
});

describe('a clause that dates something, naming no one', () => {
  // The sentence names Olena Zelenska, whom the story never names: read whole, it is another
  // story's. Its opening phrase dates the letter, and its "her" is the first lady of the
  // sentence before.
  const paragraph =
    "The first lady's efforts have drawn praise abroad. Following the answer to her letter in August, Olena Zelenska thanked the first lady in public.";

  it('is read as a fact, against the names of the sentence before it', () => {
    const found = claims(paragraph).filter((c) => c.source === storySource);
    expect(found).toHaveLength(1);
    expect(paragraph.slice(found[0]!.span.start, found[0]!.span.end)).toBe('Following the answer to her letter in August');
  });

  it('is not read where the text before it names someone the story does not', () => {
    const other = paragraph.replace("The first lady's efforts have drawn praise abroad.", 'Olena Zelenska has drawn praise abroad.');
    expect(claims(other).filter((c) => c.source === storySource)).toEqual([]);
  });
});

describe('a subordinate clause', () => {
  // The sentence is about Olena Zelenska, whom the story never names; its second clause, cut
  // before "after", has a subject of its own: the letter, which the story dates.
  const lead = ['Melania Trump spoke to reporters on Friday.', 'Her remarks were brief.'];
  const paragraph = 'Olena Zelenska thanked her in public after the letter was answered in August.';

  it('is cut from its sentence and read against the last names the page gave before it', () => {
    const found = claims(paragraph, lead).filter((c) => c.source === storySource);
    expect(found).toHaveLength(1);
    expect(paragraph.slice(found[0]!.span.start, found[0]!.span.end)).toMatch(/^after the letter was answered in August/);
  });

  it("is not read where those names are not the story's", () => {
    expect(claims(paragraph, ['Olena Zelenska spoke in Kyiv on Friday.', 'Her remarks were brief.']).filter((c) => c.source === storySource)).toEqual([]);
  });
});

describe('a sentence too short to be a fact', () => {
  // "It began with a letter." names no one and says little; the sentence after it names the
  // people but not the letter. Read together they state the story's fact.
  const units = (paragraph: string) =>
    explainClaims(preparePageParagraph(0, paragraph), index, storySource, pageClaimContext([paragraph])).map((u) => u.sentence);

  it('is read with the sentence after it, which is also read alone', () => {
    const paragraph = 'It began with a letter. Melania Trump said Vladimir Putin answered her in August, and the two kept an open channel.';
    expect(units(paragraph)).toEqual(expect.arrayContaining([paragraph, paragraph.slice('It began with a letter. '.length)]));
    expect(claims(paragraph).filter((c) => c.source === storySource)).toHaveLength(1);
  });

  it('is not joined to another short sentence', () => {
    const paragraph = 'Melania Trump said Vladimir Putin answered her in August, and the two kept an open channel. It began with a letter. Putin answered.';
    expect(units(paragraph).filter((u) => u.includes('It began'))).toEqual([]);
  });
});

describe('a sentence that names no one', () => {
  const lead = ['Melania Trump spoke about Vladimir Putin on Friday.'];
  const found = (paragraph: string, before: string[] = lead) => claims(paragraph, before).filter((c) => c.source === storySource);

  it("is read with the names before it, where it says much in the source's words", () => {
    expect(found('She said he had answered her letter, and that the two have kept an open channel of communication.')).toHaveLength(1);
  });

  it.each([
    // Three words in common, a phrase among them: enough for a sentence that names someone, not for one that names no one.
    ['fewer words in common', 'She described the open channel of communication as quiet.', lead],
    [
      "the names before it are not the story's",
      'She said he had answered her letter, and that the two have kept an open channel of communication.',
      ['Olena Zelenska spoke about Viktor Orban on Friday.'],
    ],
    // A weekday is the day the story broke, which all its articles give: it dates nothing here.
    ['a weekday and two words in common', 'On Friday she spoke warmly of the talks and the families.', lead],
  ])('is not matched: %s', (_name, paragraph, before) => {
    expect(found(paragraph, before)).toEqual([]);
  });
});
