import { describe, expect, it } from 'vitest';
import { articleContext, claimFeatures, NO_LEXICON } from '../../../../lib/claim/reading/terms';
import { verifyClaim } from '../../../../lib/claim/verification/verify';
import { isBroadAgreement } from '../../../../lib/claim/verification/pair';
import { nameIn, namesOf, sharesPhrase, type SourceClaim, type Weigh } from '../../../../lib/claim/verification/parts';
import { CLAIM_VERIFY } from '../../../../lib/claim/verification/thresholds';
import type { ClaimFeatures, ClaimNumber } from '../../../../lib/claim/reading/terms';

// One article for both sides: the names read the same way.
const ARTICLE = ['Melania Trump and Vladimir Putin spoke.', 'Olena Zelenska spoke.'];
const ctx = articleContext(ARTICLE, NO_LEXICON);

/** A source passage of one sentence, in an article that names the story's people. */
function source(sentence: string) {
  const features = claimFeatures(sentence, ctx);
  return { features, nearbyNames: namesOf([features]), articleNames: namesOf([...ARTICLE.map((p) => claimFeatures(p, ctx)), features]) };
}

// Every word weighs as one found nowhere, but the names: the story's main people are common,
// Zelenska less so (specific enough to tell another person's fact, not rare).
const WEIGHTS: Record<string, number> = { 'e:melania': 0.2, 'e:trump': 0.2, 'e:vladimir': 0.2, 'e:putin': 0.2, 'e:olena': 0.6, 'e:zelenska': 0.6 };
const weigh: Weigh = (key) => WEIGHTS[key] ?? 1;

/** A verdict on two sentences of the article, with these weights, the page sentence read against `contextOf` its names. */
const verdictWith =
  (weights: Weigh, contextOf: (f: ClaimFeatures) => ClaimFeatures['entities'] = (f) => f.entities) =>
  (page: string, src: string) => {
    const f = claimFeatures(page, ctx);
    return verifyClaim(f, contextOf(f), source(src), weights);
  };

const verdict = verdictWith(weigh);

describe('isBroadAgreement', () => {
  it.each([
    [CLAIM_VERIFY.broadContent, CLAIM_VERIFY.broadScore, CLAIM_VERIFY.broadEvidence, 0, true],
    [CLAIM_VERIFY.broadContent - 1, 1, 10, 0, false],
    [CLAIM_VERIFY.broadContent, CLAIM_VERIFY.broadScore - 0.01, 10, 0, false],
    [CLAIM_VERIFY.broadContent, 1, CLAIM_VERIFY.broadEvidence - 0.01, 0, false],
    [10, 1, 10, 1, false],
  ])('%d shared words, share %d, evidence %d, %d specific names or figures missing -> %s', (shared, score, evidence, missing, expected) => {
    expect(isBroadAgreement(shared, score, evidence, missing)).toBe(expected);
  });
});

describe('verifyClaim: a fact stated in passing', () => {
  // The source's fact (the letter, delivered in writing by the husband, answered by Putin) inside a
  // long sentence that says much else.
  const SOURCE = 'Melania Trump said Vladimir Putin answered the personal letter that her husband delivered.';

  it.each([
    [
      'four words of the source among many others',
      'Melania Trump, whose personal letter her husband delivered to Vladimir Putin, spoke of hope, compassion, patience, cooperation, gratitude, faith, courage and peace.',
    ],
    [
      'with a bare figure the source does not give (a year)',
      'Melania Trump, whose personal letter her husband delivered to Vladimir Putin in 2025, spoke of hope, compassion, patience, cooperation, gratitude, faith, courage and peace.',
    ],
  ])('agrees: %s', (_name, page) => {
    const v = verdict(page, SOURCE);
    expect(v.ok).toBe(true);
    // Below the share a sentence normally needs: the broad rule admitted it.
    expect(v.ok && v.score < CLAIM_VERIFY.minScore).toBe(true);
  });

  it.each([
    // The shared words in another order than the source's: no phrase in common anchors these (see `sharesPhrase`).
    [
      'three words of the source among many others',
      'Melania Trump, whose husband took her letter to Vladimir Putin once it was delivered, spoke of hope, compassion, patience, cooperation, gratitude, faith, courage and peace.',
    ],
    [
      'the same words, of a person the source does not name',
      'Olena Zelenska, whose personal letter her husband delivered to Vladimir Putin, spoke of hope, compassion, patience, cooperation, gratitude, faith, courage and peace.',
    ],
    [
      'the same words, with an age the source does not give',
      'Melania Trump, whose husband took her letter, personal and handwritten, to Vladimir Putin once it was delivered, spoke of hope, compassion, patience, cooperation, gratitude, faith, courage and peace to those who turned 18.',
    ],
  ])('does not agree: %s', (_name, page) => {
    expect(verdict(page, SOURCE).ok).toBe(false);
  });
});

describe('verifyClaim: a date both name counts as content', () => {
  const SOURCE = 'Melania Trump said she sent a letter to Vladimir Putin in August.';

  it('agrees on the letter and the month, in other verbs', () => {
    expect(verdict('Melania Trump relayed her letter to Vladimir Putin in August.', SOURCE).ok).toBe(true);
  });

  it.each([
    ['without the month', 'Melania Trump relayed her letter to Vladimir Putin.'],
    ['in another month', 'Melania Trump relayed her letter to Vladimir Putin in July.'],
  ])('does not agree %s', (_name, page) => {
    const v = verdict(page, SOURCE);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.rule).toBe('too-little-content');
  });
});

describe('verifyClaim: a description in common is not a fact in common', () => {
  const SOURCE = 'The Slovenian-born former model said Melania Trump met Vladimir Putin.';

  it('does not agree where only an apposition of the page is shared', () => {
    const v = verdict('The film follows Melania Trump, a Slovenian-born former model, through the weeks before the inauguration.', SOURCE);
    expect(!v.ok && v.rule).toBe('description-only');
  });

  it('agrees where the shared words stand in the sentence itself', () => {
    expect(verdict('Melania Trump, a Slovenian-born former model, met Vladimir Putin.', SOURCE).ok).toBe(true);
  });
});

describe('verifyClaim: the share needed depends on what anchors the pair', () => {
  // Russia is everywhere in this story; Alaska is named by few of its sentences.
  const W: Record<string, number> = { 'e:russia': 0.1, 'e:alaska': 0.9 };
  const weighAnchor: Weigh = (key) => W[key] ?? 1;
  const check = verdictWith(weighAnchor);

  it.each([
    [
      'a specific name in common: the lower share will do',
      'Russian officials handed over photographs, letters, maps, files, drawings and school reports of the children in Alaska.',
      'Russian officials provided photographs of the children in Alaska.',
      true,
    ],
    [
      "only the story's common name in common: the higher share is needed",
      'Russian officials handed over photographs, letters, maps, files, drawings and school reports of the children.',
      'Russian officials provided photographs of the children.',
      false,
    ],
  ])('%s', (_name, page, src, ok) => {
    const v = check(page, src);
    expect(v.ok).toBe(ok);
    if (!v.ok && v.rule === 'too-little-stated') expect(v.score).toBeGreaterThanOrEqual(CLAIM_VERIFY.anchoredScore);
    if (v.ok) expect(v.score).toBeLessThan(CLAIM_VERIFY.minScore);
  });
});

describe('verifyClaim: a phrase in common anchors the pair', () => {
  // Only the story's common names in common, and a share between the anchored and the usual bar.
  const check = verdictWith((key) => WEIGHTS[key] ?? (key.startsWith('e:') ? 0.1 : 1));
  const SOURCE = 'Melania Trump said her aides held backchannel meetings with officials in good faith.';

  it.each([
    ['the same words in the same order', 'The back-channel meetings described by Melania Trump suggest discretion, pragmatism and restraint.', true],
    ['the same words apart', 'The meetings described by Melania Trump suggest a back-channel of discretion, pragmatism and restraint.', false],
    // A specific name the source does not give: perhaps another person's fact, which a phrase does not anchor.
    [
      'the same words in the same order, with a person the source does not name',
      'The back-channel meetings Melania Trump described to Olena Zelenska suggest discretion, pragmatism and restraint.',
      false,
    ],
  ])('%s', (_name, page, ok) => {
    const v = check(page, SOURCE);
    expect(v.ok).toBe(ok);
    const score = v.ok || v.rule === 'too-little-stated' ? v.score : NaN;
    expect(score).toBeGreaterThanOrEqual(CLAIM_VERIFY.anchoredScore);
    expect(score).toBeLessThan(CLAIM_VERIFY.minScore);
  });
});

describe('sharesPhrase', () => {
  it.each([
    [['backchannel', 'meet', 'call'], ['hold', 'backchannel', 'meet', 'good'], true],
    [['provid', 'accur', 'report'], ['provid', 'document', 'accur', 'report'], true],
    [['provid', 'accur', 'unbias'], ['provid', 'document', 'accur', 'report'], false],
    [['meet', 'backchannel'], ['backchannel', 'meet'], false],
    [['meet'], ['meet'], false],
  ])('%j in %j -> %s', (page, src, expected) => {
    expect(sharesPhrase(page, src)).toBe(expected);
  });
});

describe('verifyClaim: a place whose wider place the source gives', () => {
  // Anchorage is rare: a rare name the source does not give turns a pair down (`rareName`).
  const W: Record<string, number> = { 'e:anchorage': 1, 'e:alaska': 0.9 };
  const check = verdictWith((key) => W[key] ?? (key.startsWith('e:') ? 0.1 : 1));
  it.each([
    [
      'the wider place given',
      'Melania Trump relayed a letter to Vladimir Putin in Anchorage, Alaska.',
      'Melania Trump delivered a letter to Vladimir Putin at the summit in Alaska.',
      true,
    ],
    [
      'neither place given',
      'Melania Trump relayed a letter to Vladimir Putin in Anchorage, Alaska.',
      'Melania Trump delivered a letter to Vladimir Putin at the summit.',
      false,
    ],
    [
      'the place without its wider place',
      'Melania Trump relayed a letter to Vladimir Putin in Anchorage.',
      'Melania Trump delivered a letter to Vladimir Putin at the summit in Alaska.',
      false,
    ],
  ])('%s', (_name, page, src, ok) => {
    const v = check(page, src);
    expect(v.ok).toBe(ok);
    if (!v.ok) expect(v.rule).toBe('rare-name-missing');
  });
});

describe('verifyClaim: a rare name the source does not give', () => {
  // Lvova-Belova is rare: a page sentence naming her is, as a rule, her fact, not the source's.
  const W: Record<string, number> = { 'e:maria': 1, 'e:lvova': 1, 'e:belova': 1 };
  const check = verdictWith((key) => W[key] ?? (key.startsWith('e:') ? 0.2 : 1));
  const SOURCE = 'Vladimir Putin faces an arrest warrant issued over the unlawful deportation of children.';

  it.each([
    [
      `the same act of the same actor, with as many words in common as a broad agreement (${CLAIM_VERIFY.broadContent})`,
      'Vladimir Putin and Maria Lvova-Belova face arrest warrants issued over the unlawful deportation of children.',
      true,
    ],
    ['fewer words in common', 'Vladimir Putin and Maria Lvova-Belova face warrants over children.', false],
    ['another first name', 'Maria Lvova-Belova and Vladimir Putin face arrest warrants issued over the unlawful deportation of children.', false],
  ])('%s', (_name, page, ok) => {
    const v = check(page, SOURCE);
    expect(v.ok).toBe(ok);
    if (!v.ok) expect(v.rule).toBe('rare-name-missing');
  });
});

describe('verifyClaim: a name the source writes in lower case', () => {
  // "Children" and "Rights" are names on the page (capitalised mid-sentence), words in the source.
  // Read against the names of the story around it (here: Melania Trump), as a sentence of a page is.
  const check = verdictWith(
    (key) => (key.startsWith('e:melania') || key.startsWith('e:trump') ? 0.2 : 1),
    (f) => f.entities.slice(0, 1),
  );
  const SOURCE = 'Melania Trump said the report was prepared by the commissioner for children and rights.';

  it.each([
    ['the same words, capitalised on the page', 'Melania Trump said the report was prepared by the Commissioner for Children and Rights.', true],
    ['a name the source has in no form', 'Melania Trump said the report was prepared by the Commissioner for Children and Rights of Moldova.', false],
  ])('%s', (_name, page, ok) => {
    expect(check(page, SOURCE).ok).toBe(ok);
  });
});

// A page sentence that shares two of its ten content words and its figure with
// the source: enough only where the figure counts the same thing on both sides
// (the number relief halves the share needed), not where it is a bare figure.
const melaniaName = { tokens: ['melania', 'trump'], role: null };
const pageWith = (n: ClaimNumber): ClaimFeatures => ({
  content: ['reunit', 'famili', 'weather', 'mild', 'morn', 'crowd', 'gather', 'street', 'music', 'play'],
  negated: [],
  entities: [melaniaName],
  numbers: [n],
  dates: [],
});
const sourceWith = (n: ClaimNumber): SourceClaim => ({
  // "reunit" and "famili" apart: no phrase in common (`anchorPhrase`) to anchor the pair.
  features: { content: ['reunit', 'border', 'famili'], negated: [], entities: [melaniaName], numbers: [n], dates: [] },
  nearbyNames: new Set(['melania', 'trump']),
  articleNames: new Set(['melania', 'trump']),
});

describe('verifyClaim: a shared figure as evidence', () => {
  it.each([
    ['the same count of the same thing', { key: '8', head: 'child' }, { key: '8', head: 'child' }, true],
    ['a bare figure in the source, counting nothing named', { key: '8', head: 'child' }, { key: '8', head: null }, false],
    ['a bare figure on both sides', { key: '8', head: null }, { key: '8', head: null }, false],
    ['a span of time, which carries its unit', { key: 'd24', head: '_time' }, { key: 'd24', head: '_time' }, true],
    ['an age, which carries its unit', { key: 'a18', head: null }, { key: 'a18', head: null }, true],
  ] as Array<[string, ClaimNumber, ClaimNumber, boolean]>)('%s', (_name, p, s, ok) => {
    // The story's main names are common in its index: they anchor nothing (see `anchorName`).
    const storyWeights: Weigh = (key) => (key.startsWith('e:') ? 0.2 : 1);
    expect(verifyClaim(pageWith(p), [melaniaName], sourceWith(s), storyWeights).ok).toBe(ok);
  });
});

describe('verifyClaim: a route between two places', () => {
  const SOURCE = 'Melania Trump said one child displaced by the fighting was returning from Ukraine to Russia.';
  it.each([
    ['the same route, in other words', 'Melania Trump said a young girl displaced by the fighting was reunited from Ukraine to Russia.', true],
    ['the other way', 'Melania Trump said one child displaced by the fighting was returning from Russia to Ukraine.', false],
  ])('%s', (_name, page, ok) => {
    const v = verdict(page, SOURCE);
    expect(v.ok).toBe(ok);
    if (!v.ok) expect(v.rule).toBe('route-reversed');
  });
});

describe('verifyClaim: a total a part is taken from', () => {
  const SOURCE =
    'Melania Trump said one young girl displaced by the fighting was going back from Ukraine to Russia, and five others had been separated across borders.';
  it.each([
    [
      'the total is not asked of the source',
      'Melania Trump said one of the eight children, displaced by the fighting, was going back from Ukraine to Russia.',
      true,
    ],
    ['a count the source does not state is', 'Melania Trump said eight children displaced by the fighting were going back from Ukraine to Russia.', false],
  ])('%s', (_name, page, ok) => {
    expect(verdict(page, SOURCE).ok).toBe(ok);
  });
});

describe('verifyClaim: a date anchors a pair or makes up its content, not both', () => {
  // Ukraine is everywhere in this story; the other words are specific.
  const W: Record<string, number> = { 'e:ukraine': 0.1 };
  const check = verdictWith((key) => W[key] ?? 1);

  it("does not agree on the children and the war's start date alone", () => {
    // The pair shares one content word and "February 2022": the date makes up the two
    // content words the verifier asks for, and may not also lower the share needed.
    const v = check(
      'Kyiv says more than 19,000 children have been deported or forcibly transferred to occupied territory since February 2022.',
      'The war that began in February 2022 has driven millions of Ukrainians and their children from their homes.',
    );
    expect(v.ok).toBe(false);
    expect(!v.ok && v.rule).toBe('too-little-stated');
    if (!v.ok && v.rule === 'too-little-stated') expect(v.score).toBeGreaterThanOrEqual(CLAIM_VERIFY.anchoredScore);
  });

  it('anchors a pair that shares two content words besides the month', () => {
    const v = check(
      'In Kyiv in August officials handed over photographs, letters, maps, files, drawings, diaries, medical records, toys, clothes and school reports of the children.',
      'Ukrainian officials handed over photographs of the children in August.',
    );
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.score).toBeLessThan(CLAIM_VERIFY.minScore);
  });
});

describe('nameIn', () => {
  const names = new Set(['firstlady', 'melania', 'trump', 'putin']);
  it.each([
    ['the role alone, where the names give it', { tokens: [], role: 'firstlady' }, true],
    ['the role with a name the names give', { tokens: ['melania', 'trump'], role: 'firstlady' }, true],
    ['another holder of the role', { tokens: ['olena', 'zelenska'], role: 'firstlady' }, false],
    ['half of a name', { tokens: ['vladimir', 'putin'], role: null }, true],
    ['a name not given', { tokens: ['lvova', 'belova'], role: null }, false],
  ])('%s -> %s', (_name, e, expected) => {
    expect(nameIn(e, names)).toBe(expected);
  });

  // Names whose index also files "office" and "court" as ordinary words, not "dahl" (`common-word-name-part`).
  const filed = new Set(['oval', 'office', 'high', 'court', 'dahl']);
  const index = { has: (t: string) => filed.has(t), ordinary: (t: string) => ['office', 'court', 'high'].includes(t) };
  it.each([
    ['another name sharing an ordinary word', ['post', 'office'], false],
    ['another court', ['supreme', 'court'], false],
    ['half of a name, the half no ordinary word', ['lena', 'dahl'], true],
    ['a whole name of ordinary words', ['high', 'court'], true],
  ])('%s -> %s', (_name, tokens, expected) => {
    expect(nameIn({ tokens, role: null }, index)).toBe(expected);
  });
});

describe('verifyClaim: the same act by another person', () => {
  // Both actors are specific enough to tell one person's act from another's, not so rare that a
  // missing name alone turns the pair down (`rareName`).
  const W: Record<string, number> = {
    'e:melania': 0.2,
    'e:trump': 0.2,
    'e:olena': 0.7,
    'e:zelenska': 0.7,
    'e:maria': 0.7,
    'e:lvova': 0.7,
    'e:belova': 0.7,
    'e:kyiv': 0.7,
    'e:ukraine': 0.7,
    'e:anchorage': 0.7,
  };
  const check = verdictWith((key) => W[key] ?? 1);
  const SOURCE = 'Olena Zelenska publicly thanked Melania Trump for her work on behalf of the children in Anchorage.';

  it.each([
    ['another actor', 'Maria Lvova-Belova publicly thanked Melania Trump for her work on behalf of the children.', false],
    ['the same actor', 'Olena Zelenska publicly thanked Melania Trump for her work for the children.', true],
    // Places named after the subject are where, not who: "Kyiv" and "Anchorage" do not make another actor.
    ['the same actor, with a place each', 'Olena Zelenska publicly thanked Melania Trump in Kyiv for her work for the children.', true],
  ])('%s', (_name, page, ok) => {
    expect(CLAIM_VERIFY.swappedName).toBeLessThan(0.7);
    const v = check(page, SOURCE);
    expect(v.ok).toBe(ok);
    if (!v.ok) expect(v.rule).toBe('actor-swapped');
  });
});

describe('verifyClaim: a name that shares only an ordinary word with the passage', () => {
  // "Post Office" and "Oval Office" share "office", which the index also files as an ordinary word
  // (`common-word-name-part`): the page's name is not given by the passage, and it is rare.
  const page = 'The Post Office promised 2,000 new jobs in rural towns on Tuesday.';
  const src = 'Lena Dahl said in the Oval Office on Tuesday that 2,000 new jobs were promised in rural towns.';
  const read = articleContext([page, src], NO_LEXICON);
  const f = claimFeatures(page, read);
  const s = claimFeatures(src, read);
  const names = namesOf([s]);
  const rare: Weigh = () => 1;
  const verdictOf = (ordinary?: (t: string) => boolean) => {
    const v = verifyClaim(f, f.entities, { features: s, nearbyNames: { has: (t) => names.has(t), ordinary }, articleNames: names }, rare);
    return v.ok ? 'ok' : v.rule;
  };

  it('turns the pair down where the index files the shared word as ordinary', () => {
    expect(verdictOf((t) => t === 'office')).toBe('rare-name-missing');
  });

  it('keeps it where the index does not say (a source read on its own)', () => {
    expect(verdictOf()).toBe('ok');
  });
});
