import { describe, expect, it } from 'vitest';
import { applyCase, fillSentence, isContentWord, sentenceTemplate, syntheticArticles, templatePool, wordCase } from '../../bench/lib/synthetic-corpus';
import { createPrng } from '../../bench/lib/prng';
import { fingerprints } from '../../lib/match/fingerprint';
import { words } from '../../lib/text/tokenize';

const REAL = [
  [
    'The minister said on Tuesday that the talks in Geneva would resume next week. Officials declined to comment.',
    '"We are not going to negotiate under pressure," the spokesman told reporters at the ministry.',
    'Prices rose by 4.5 percent in October, according to the national statistics office.',
  ],
  [
    'Rescue teams reached the flooded villages after a night of heavy rain. Dozens of families were moved to schools.',
    'The regional governor promised compensation for farmers whose crops were destroyed.',
  ],
];

describe('the synthetic corpus', () => {
  it('cuts a sentence at its content words and keeps everything else', () => {
    const t = sentenceTemplate('"We are BOLD going," the Spokesman said.');
    expect(t.slots).toEqual(['upper', 'lower', 'capital']);
    expect(t.fixed).toEqual(['"We are ', ' ', '," the ', ' said.']);
  });

  it('knows function words from content words, and cases', () => {
    expect(['the', 'said', 'of', 'an'].map(isContentWord)).toEqual([false, false, false, false]);
    expect(['minister', 'Geneva', 'talks'].every(isContentWord)).toBe(true);
    expect([wordCase('word'), wordCase('Word'), wordCase('WORD'), wordCase('A')]).toEqual(['lower', 'capital', 'upper', 'capital']);
    expect([applyCase('paris', 'lower'), applyCase('paris', 'capital'), applyCase('paris', 'upper')]).toEqual(['paris', 'Paris', 'PARIS']);
  });

  it('fills a template with pool words, keeping function words, punctuation and numbers', () => {
    const pool = templatePool(REAL);
    const out = fillSentence(sentenceTemplate('Prices rose by 4.5 percent in October.'), pool, createPrng(3));
    expect(out).toMatch(/^[A-Z]\S* \S+ by 4\.5 \S+ in [A-Z]\S*\.$/);
    for (const w of out
      .replace(/[^\p{L} ]/gu, '')
      .split(' ')
      .filter(isContentWord))
      expect(pool.contentWords).toContain(w.toLowerCase());
  });

  it('is deterministic: the same pool, options and seed give the same articles', () => {
    const pool = templatePool(REAL);
    const a = syntheticArticles(pool, { articles: 50, seed: 9 });
    expect(syntheticArticles(templatePool(REAL), { articles: 50, seed: 9 })).toEqual(a);
    expect(syntheticArticles(pool, { articles: 50, seed: 10 })).not.toEqual(a);
  });

  it('makes articles of real lengths, with metadata, ids in order and skewed outlets', () => {
    const articles = syntheticArticles(templatePool(REAL), { articles: 400, seed: 1, articlesPerOutlet: 20 });
    expect(articles.map((a) => a.id).slice(0, 3)).toEqual(['syn-000000', 'syn-000001', 'syn-000002']);
    for (const a of articles) {
      expect([2, 3]).toContain(a.paragraphs.length);
      expect(a.published).toMatch(/^202[45]-\d\d-\d\d$/);
      expect(a.url).toContain(a.id);
      expect(a.title?.length).toBeGreaterThan(0);
    }
    const perOutlet = new Map<string | null, number>();
    for (const a of articles) perOutlet.set(a.outlet, (perOutlet.get(a.outlet) ?? 0) + 1);
    const sizes = [...perOutlet.values()].sort((x, y) => y - x);
    expect(sizes[0]!).toBeGreaterThan(2 * sizes[sizes.length - 1]!);
  });

  it('writes new passages, with some syndication: most fingerprints are not shared', () => {
    const articles = syntheticArticles(templatePool(REAL), { articles: 300, seed: 5 });
    const seen = new Map<number, number>();
    for (const a of articles) for (const p of a.paragraphs) for (const fp of fingerprints(words(p))) seen.set(fp, (seen.get(fp) ?? 0) + 1);
    const shared = [...seen.values()].filter((n) => n > 1).length;
    expect(shared / seen.size).toBeLessThan(0.35);
    // And no real paragraph comes back verbatim.
    const real = new Set(REAL.flat());
    expect(articles.flatMap((a) => a.paragraphs).filter((p) => real.has(p))).toEqual([]);
  });

  it('refuses an empty pool', () => {
    expect(() => syntheticArticles(templatePool([]), { articles: 1, seed: 1 })).toThrow(/empty/);
  });
});
