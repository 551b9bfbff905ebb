import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../lib/index/build';
import { NameGate, nameGate } from '../../../../lib/claim/retrieval/name-gate';
import { NameKnowledge } from '../../../../lib/claim/retrieval/name-knowledge';
import { article } from '../../../helpers/article';

const index = buildIndex([
  article('a', ['Melania Trump said the U.S. government had confirmed the identities of eight children, in talks with Maria Lvova-Belova.']),
  article('b', ['Farmers in Iowa said the harvest had been delayed by rain for a third week.']),
]);
const source = (id: string) => index.sources.findIndex((s) => s.id === id);

describe('NameGate', () => {
  const gate = new NameGate(index);
  it.each([
    ['a name the index knows', 'Trump spoke on Friday.'],
    ['a possessive', "Trump's letter was answered."],
    ['an initialism', 'Officials in the U.S. declined to comment.'],
    ['a phrase with an alias', 'The United States declined to comment.'],
    ['a hyphenated name, either half', 'Belova, the commissioner, did not reply.'],
    ['a role, which the page may bind to a name', 'The first lady did not reply.'],
    ['a name inside a longer capitalised run', 'A spokesman for Iowa State University said so.'],
  ])('lets through a paragraph with %s', (_name, text) => {
    expect(gate.mayName(text)).toBe(true);
  });

  it.each([
    ['no capitals past the first word', 'officials declined to comment on the harvest.'],
    ['capitals the index never names', 'Sudanese families were reunited in Khartoum on Tuesday.'],
    ["the index's content words, capitalised", 'Children were reunited with their families.'],
  ])('stops a paragraph with %s', (_name, text) => {
    expect(gate.mayName(text)).toBe(false);
  });

  it('is made once per index, and answers a word the same on every page, as written or as read before', () => {
    const shared = nameGate(index);
    expect(nameGate(index)).toBe(shared);
    for (const text of ['Trump spoke.', "Trump's letter.", 'Sudanese families.', 'Trump spoke.', 'Sudanese families.'])
      expect(shared.mayName(text)).toBe(gate.mayName(text));
    expect(nameGate(buildIndex([article('c', ['Nobody here.'])])).mayName('Trump spoke.')).toBe(false);
  });
});

describe('NameKnowledge', () => {
  const knowledge = new NameKnowledge(index);
  const name = (...tokens: string[]) => ({ tokens, role: null });
  it('knows which sources mention a name', () => {
    expect(knowledge.mayKnow([name('melania', 'trump')], source('a'), false)).toBe(true);
    expect(knowledge.mayKnow([name('melania', 'trump')], source('b'), false)).toBe(false);
    expect(knowledge.mayKnow([name('iowa')], source('b'), false)).toBe(true);
  });

  it('asks half the names of a sentence, and all of a clause', () => {
    const context = [name('melania', 'trump'), name('putin')];
    expect(knowledge.mayKnow(context, source('a'), false)).toBe(true);
    expect(knowledge.mayKnow(context, source('a'), true)).toBe(false);
    expect(knowledge.mayKnow([name('putin'), name('zelensky'), name('trump')], source('a'), false)).toBe(false);
  });

  it('knows nothing of a sentence read against no names', () => {
    expect(knowledge.mayKnow([], source('a'), false)).toBe(false);
  });
});
