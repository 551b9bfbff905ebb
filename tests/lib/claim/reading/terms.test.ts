import { describe, expect, it } from 'vitest';
import { articleContext, claimFeatures, NO_LEXICON, type Lexicon } from '../../../../lib/claim/reading/terms';

const read = (sentence: string, article: string[] = [sentence], lexicon: Partial<Lexicon> = {}) => {
  const f = claimFeatures(sentence, articleContext(article, { ...NO_LEXICON, ...lexicon }));
  return {
    content: f.content,
    names: f.entities.map((e) => (e.role ? `${e.role}=` : '') + e.tokens.join(' ')),
    numbers: f.numbers.map((n) => `${n.key}/${n.head ?? '-'}`),
    dates: f.dates,
  };
};

describe('claimFeatures', () => {
  it('reads figures with what they count, names and content stems', () => {
    const sentence = 'Trump claimed that eight Ukrainian children have been reunited with their families in the past 24 hours.';
    expect(read(sentence, ['Donald Trump spoke.', sentence])).toEqual({
      content: ['child', 'reunit', 'famili'],
      names: ['trump', 'ukraine'],
      numbers: ['8/child', 'd24/_time'],
      dates: [],
    });
  });

  it.each([
    ['Vellmar land the striker in a record \u20ac42m move.', ['42000000/euro']],
    ['The fee was 42 million euros.', ['42000000/euro']],
    ['The firm must pay \u00a338m to 412 households.', ['38000000/pound', '412/famili']],
    ['Shares closed at $38.20 on Friday.', ['38.2/dollar']],
    ['Shares fell 11% to $38.20.', ['11/percent', '38.2/dollar']],
    ['Shares fell 11 percent.', ['11/percent']],
  ])('a currency sign before a figure, or a per cent sign after it, is what it counts: %s', (sentence, numbers) => {
    expect(read(sentence).numbers).toEqual(numbers);
  });

  it.each([
    ['Brannigan scored 19 league goals last season.', ['19/goal']],
    ['Brannigan scored 19 goals in 34 league games.', ['19/goal', '34/game']],
    ['The county sent three fire engines to the estate.', ['3/engin']],
    ['The plant cut 420 jobs, union leaders said.', ['420/job']],
  ])('a singular word before a plural one qualifies it: the plural is what a figure counts: %s', (sentence, numbers) => {
    expect(read(sentence).numbers).toEqual(numbers);
  });

  it.each([
    ['demonyms and capitals name their state', 'Moscow and the Kremlin answered Ukrainian officials.', ['russia', 'ukraine']],
    ['spellings of the United States agree (each name once)', 'The U.S. and the United States and America.', ['us']],
    ['a hyphen between two known names makes two names', 'The Russia-Ukraine war and the U.S.-Mexico border.', ['russia', 'ukraine', 'us', 'mexico']],
    ['a hyphenated surname stays one name', 'Maria Lvova-Belova spoke.', ['maria lvova belova']],
    ['a possessive ends a name', "Russia's Prosecutor General spoke.", ['russia', 'prosecutor']],
    ['a name of several words keeps its words', 'The Moscow Times reported it.', ['moscow times']],
    ['a capitalised first word is a name only where the article says so', 'Speaking on Friday, Putin said so.', ['putin']],
    ['a capitalised first word before a name is part of it', 'Maria Lvova-Belova said so.', ['maria lvova belova']],
    ['a capitalised first word before punctuation and a name is no name', 'Meanwhile, Acme Corp said it would cut 300 jobs.', ['acme corp']],
    ["a role in a common noun's organisation names no one", "The union's president said so.", []],
    [
      "a word that names a property of JavaScript's objects is a name like another",
      'Williams Constructor and Valueof Toys told Hasownproperty Ltd.',
      ['williams constructor', 'valueof toys', 'hasownproperty ltd'],
    ],
  ])('%s', (_name, sentence, names) => {
    expect(read(sentence).names).toEqual(names);
  });

  it('takes a first word for a name where the index knows it as one', () => {
    expect(read('Trump said so.').names).toEqual([]);
    expect(read('Trump said so.', undefined, { isName: (w) => w === 'trump' }).names).toEqual(['trump']);
  });

  it('resolves a role to the name the article binds it to', () => {
    const article = ['First Lady Melania Trump spoke on Friday.', 'The first lady said eight children were reunited.'];
    expect(read(article[1]!, article).names).toEqual(['firstlady=melania trump']);
  });

  it('does not bind a role to an apposition after a comma', () => {
    const article = ["Ukraine's first lady, Olena Zelenska, thanked her.", 'The first lady said so.'];
    expect(read(article[1]!, article).names).toEqual(['firstlady=']);
  });

  it('joins a compound that the index writes as one word', () => {
    const isTerm = (stem: string) => stem === 'roadmap';
    expect(read('They agreed a road map for the talks.', undefined, { isTerm }).content).toContain('roadmap');
    expect(read('They agreed a road map for the talks.').content).not.toContain('roadmap');
    // Common compounds are joined whatever the index holds.
    expect(read('Several back channel meetings were held.').content).toContain('backchannel');
  });

  it.each([
    // A verb's negation reaches the verb, not its object or complement (`negation-scope`).
    ['Russia has not agreed to rejoin them.', ['agre']],
    ["The company did not accept the court's conclusions.", ['accept']],
    ['Acme refused to pay the fine.', ['pai']],
    // A noun's reaches its phrase.
    ['She had no formal authority.', ['formal', 'offici']],
    ['Nobody has died.', ['di']],
    // Nor past the end of its sentence.
    ['Nobody has died. Police said a man was treated.', ['di']],
  ])('marks content that a negation governs: %s', (sentence, negated) => {
    expect(claimFeatures(sentence, articleContext([sentence])).negated).toEqual(negated);
  });
});

describe('claimFeatures: words that are names of Object.prototype', () => {
  // Aliases are looked up in Maps: "constructor" is not Object's own function, nor a known name.
  it('reads them as the words they are', () => {
    expect(read('The constructor told Constructor and toString about valueOf.')).toEqual({
      content: ['constructor', 'tostr', 'valueof'],
      names: ['constructor'],
      numbers: [],
      dates: [],
    });
  });
});

describe('claimFeatures: a route between two places', () => {
  it.each([
    [
      'from one place to another, in its place among the words',
      'One young girl was reunited from Ukraine to Russia.',
      ['young', 'girl', 'reunit', 'ukraine>russia'],
    ],
    ['each direction its own term', 'Some went from Ukraine to Russia, others from Russia to Ukraine.', ['go', 'ukraine>russia', 'russia>ukraine']],
    [
      'not where words stand between the places',
      'Children were taken from occupied Ukrainian territories to Russia.',
      ['child', 'take', 'occupi', 'territori'],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(read(sentence).content).toEqual(expected);
  });
});

describe('claimFeatures: a total a part is taken from', () => {
  const partitive = (sentence: string) =>
    claimFeatures(sentence, articleContext([sentence], NO_LEXICON))
      .numbers.filter((n) => n.partitive)
      .map((n) => n.key);

  it.each([
    ['after a figure and "of the"', 'One of the eight children was going back to Russia.', ['8']],
    ['after a word of quantity', 'Most of the 19,500 children have not come home.', ['19500']],
    ['a figure stated, not referred to', 'Eight children were reunited with their families.', []],
    ['"of" after a noun', 'A list of 300 children was handed over.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(partitive(sentence)).toEqual(expected);
  });
});

describe('claimFeatures: a place with its wider place', () => {
  const regions = (sentence: string) =>
    claimFeatures(sentence, articleContext([sentence], NO_LEXICON))
      .entities.filter((e) => e.region)
      .map((e) => `${e.tokens.join(' ')} in ${e.region!.join(' ')}`);

  it.each([
    ['a city and its state after "in"', 'Donald Trump met Vladimir Putin in Anchorage, Alaska, in August.', ['anchorage in alaska']],
    ['after "at" and "from"', 'She spoke at Palm Beach, Florida, and wrote from Geneva, Switzerland.', ['palm beach in florida', 'geneva in switzerland']],
    ['two names after a comma with no preposition are two names', "Olena Zelenska, Ukraine's first lady, thanked her.", []],
    ['a name and a speaker are two names', 'The letter reached Putin, Trump said.', []],
    ['a place without a comma', 'She spoke in Anchorage on Friday.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(regions(sentence)).toEqual(expected);
  });
});

describe('claimFeatures: appositions', () => {
  const appositive = (sentence: string) => claimFeatures(sentence, articleContext([sentence], NO_LEXICON)).appositive ?? [];

  it.each([
    [
      'a description set off by commas',
      'The film follows the first lady, a Slovenian-born former model, through the weeks before the inauguration.',
      ['born', 'former', 'model'],
    ],
    ['an apposition with "the"', 'Olena Zelenska, the wife of the president, thanked Melania Trump.', ['wife']],
    ['a word also used outside the apposition is not only descriptive', 'The model, a former model, spoke.', ['former']],
    ['a clause between commas is not an apposition (it has a verb)', 'The letter, which she delivered in August, was answered.', []],
    ['a piece that does not open with an article', 'Melania Trump, speaking on Friday, said so.', []],
    ['no commas', 'The Slovenian-born former model said both sides met.', []],
  ])('%s', (_name, sentence, expected) => {
    expect(appositive(sentence)).toEqual(expected);
  });
});
