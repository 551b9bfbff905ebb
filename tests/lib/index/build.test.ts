import { describe, expect, it } from 'vitest';
import { article as articleOf } from '../../helpers/article';
import { buildIndex, MAX_ARTICLES_PER_OUTLET_FINGERPRINT } from '../../../lib/index/build';
import { serializeIndex, deserializeIndex } from '../../../lib/index/serialize';
import { lookup } from '../../../lib/index/posting-table';
import { fingerprints } from '../../../lib/match/fingerprint';
import { words } from '../../../lib/text/tokenize';
import type { ArticleInput } from '../../../lib/index/model';
import { readSeeds } from '../../helpers/seeds';

const article = (id: string, outlet: string | null, paragraphs: string[]): ArticleInput => articleOf(id, paragraphs, { outlet });

describe('the index builder', () => {
  it('is deterministic: the same input gives the same bytes and version', async () => {
    const articles = (await readSeeds()).map((r) => r.article);
    const a = serializeIndex(buildIndex(articles));
    const b = serializeIndex(buildIndex([...articles].reverse()));
    expect(b).toBe(a);
    expect(JSON.parse(a).version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes version when any article changes', async () => {
    const articles = (await readSeeds()).map((r) => r.article);
    const a = buildIndex(articles);
    serializeIndex(a);
    const edited = articles.map((x, i) => (i === 2 ? { ...x, paragraphs: [...x.paragraphs, 'One more paragraph.'] } : x));
    const b = buildIndex(edited);
    serializeIndex(b);
    expect(b.version).not.toBe(a.version);
  });

  it('round-trips through its file format', async () => {
    const index = buildIndex((await readSeeds()).map((r) => r.article));
    const text = serializeIndex(index);
    const back = deserializeIndex(text);
    expect(back.version).toBe(index.version);
    expect(back.paragraphs).toEqual(index.paragraphs);
    expect(Array.from(back.passages.keys)).toEqual(Array.from(index.passages.keys));
    expect(Array.from(back.quotes)).toEqual(Array.from(index.quotes));
  });

  it('indexes the seeds with their outlets and dates, and without furniture', async () => {
    const index = buildIndex((await readSeeds()).map((r) => r.article));
    expect(index.sources.map((s) => [s.id, s.outlet, s.published])).toEqual([
      ['000_fd73950ea80bdd9f', 'MENAFN', '2025-10-11'],
      ['001_a430edec51f01de0', null, '2025-10-10'],
      ['002_064f4c01c2051cd1', 'The Moscow Times', null],
      ['003_edfc562e8b1b3ac3', null, null],
      ['004_b0320bcc57655700', "Lord's Press", '2025-10-11'],
    ]);
    const all = index.paragraphs.join('\n');
    for (const furniture of ['Legal Disclaimer', 'Most popular', 'newsletter', 'cookies', 'Staff Writers', 'Humidity']) {
      expect(all).not.toContain(furniture);
    }
  });

  it('caps a fingerprint that recurs across many articles of one outlet, but not across outlets', () => {
    const boiler = 'Every article of this outlet ends with this same long standing sentence about its editorial standards and corrections policy.';
    const n = MAX_ARTICLES_PER_OUTLET_FINGERPRINT;
    const sameOutlet = Array.from({ length: n }, (_, i) => article(`a${i}`, 'Outlet A', [`Story number ${i} is about something else entirely.`, boiler]));
    const crossOutlet = Array.from({ length: n }, (_, i) => article(`b${i}`, `Outlet ${i}`, [boiler]));
    const fp = fingerprints(words(boiler))[0]!;
    expect(lookup(buildIndex(sameOutlet).passages, fp).length).toBe(0);
    expect(lookup(buildIndex(crossOutlet).passages, fp).length).toBe(n);
  });

  it('rejects an index file of another format with a clear error', () => {
    expect(() => deserializeIndex('{"format": 99}')).toThrow(/format 99 .*npm run build:index/);
  });
});
