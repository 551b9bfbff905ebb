import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createResultsDatabase, type IndexedDbApi } from '../../../lib/cache/database';
import { createMemoryStore, MEMORY_FANOUT, overCap, type MemoryInput } from '../../../lib/memory/memory-store';
import { memoryArticleId } from '../../../lib/memory/memory-id';
import { memoryReadDate } from '../../../lib/memory/memory-source-id';
import { readPack } from '../../../lib/index/pack';
import { composeIndex } from '../../../lib/index/segments';
import { openMemorySegment } from '../../../lib/memory/memory-segment';
import { matchPage } from '../../../lib/match/match-page';
import { FERRY_PAPER, FERRY_WIRE, LIBRARY_NEWS } from '../../helpers/pack-fixtures';
import type { ArticleInput } from '../../../lib/index/model';
import { failWritesFrom } from '../../helpers/full-disk';

const freshApi = (): IndexedDbApi => ({ indexedDB: new IDBFactory(), IDBKeyRange });
const input = (a: ArticleInput): MemoryInput => ({ url: a.url!, title: a.title, outlet: a.outlet, published: a.published, paragraphs: a.paragraphs });
// Words unique to article i, 28 to a paragraph (a verbatim run of 20 words or more counts on its own) (letters only: the tokenizer may fold numbers), so no two articles share a passage.
const tag = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
const WORDS = [
  'harbour',
  'council',
  'voted',
  'against',
  'timetable',
  'summer',
  'season',
  'ferry',
  'crossing',
  'island',
  'commuters',
  'union',
  'sailing',
  'captain',
];
// A paragraph of the page's own (a page wholly made of one source's text is that source itself).
const FILLER = 'The weather on the mainland stayed dry all week, and the market square was busy with visitors from the coast.';
// n distinct small articles of two paragraphs (a page carrying one is not the article itself), on two sites.
const many = (n: number): MemoryInput[] =>
  Array.from({ length: n }, (_, i) => ({
    url: `https://site${i % 2}.example/story-${i}`,
    title: `Story ${i}`,
    outlet: `Outlet ${i % 2}`,
    published: null,
    paragraphs: [
      `${[...WORDS, ...WORDS].map((w, k) => `${w}${tag(i + k)}`).join(' ')}.`,
      `${[...WORDS, ...WORDS]
        .reverse()
        .map((w, k) => `${tag(i + k)}${w}`)
        .join(' ')}.`,
    ],
  }));

/** Every article id the segments hold, as the background would compose them. */
async function segmentArticles(store: ReturnType<typeof createMemoryStore>): Promise<string[]> {
  return (await store.segments()).flatMap((s) => s.articleIds).sort();
}

/** The page matched against the memory's segments composed. */
async function matchAgainstMemory(store: ReturnType<typeof createMemoryStore>, page: { url: string; title: string | null; paragraphs: string[] }) {
  const segs = (await store.segments()).map((s) => ({ id: s.id, origin: 'memory' as const, index: openMemorySegment(s) }));
  return matchPage({ ...page, readerable: true }, composeIndex(segs));
}

describe('the reading memory store', () => {
  it('is off on a fresh install, and remembers the switch', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    expect(await store.enabled()).toBe(false);
    await store.setEnabled(true);
    expect(await store.enabled()).toBe(true);
  });

  it('adds an article with its own segment, which a later page matches with the read date in its source id', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    expect(await store.add(input(FERRY_WIRE), Date.UTC(2026, 3, 20))).toBe('added');
    const [row] = await store.list();
    expect(row).toMatchObject({ url: FERRY_WIRE.url, outlet: 'Harbour Wire', site: 'harbour-wire.example' });
    expect(await store.text(row!.id)).toEqual(FERRY_WIRE.paragraphs);
    expect(await segmentArticles(store)).toEqual([row!.id]);
    const report = await matchAgainstMemory(store, {
      url: 'https://other.example/copy',
      title: 'Copy',
      paragraphs: [FERRY_WIRE.paragraphs[0]!, 'Something else entirely was said about the weather on the island that day.'],
    });
    expect(report.outlets.map((o) => o.outlet)).toEqual(['Harbour Wire']);
    expect(memoryReadDate(report.outlets[0]!.sourceId)).toBe('2026-04-20');
    expect(report.outlets[0]!.url).toBe(FERRY_WIRE.url);
  });

  it('never matches a page with its own entry: the same address, or the same text under another address', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    await store.add(input(FERRY_WIRE));
    const again = await matchAgainstMemory(store, { url: FERRY_WIRE.url!, title: FERRY_WIRE.title, paragraphs: FERRY_WIRE.paragraphs });
    expect(again.outlets).toEqual([]);
    const amp = await matchAgainstMemory(store, {
      url: 'https://harbour-wire.example/amp/ferry-strike',
      title: FERRY_WIRE.title,
      paragraphs: FERRY_WIRE.paragraphs,
    });
    expect(amp.outlets).toEqual([]);
    // Stored once: the AMP copy's text is already kept.
    expect(await store.add({ ...input(FERRY_WIRE), url: 'https://harbour-wire.example/amp/ferry-strike' })).toBe('unchanged');
    expect((await store.list()).length).toBe(1);
  });

  it('replaces the entry of a page read again after it changed', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    await store.add(input(FERRY_WIRE), 1000);
    const changed = {
      ...input(FERRY_WIRE),
      paragraphs: [...FERRY_WIRE.paragraphs, 'Update: the union agreed to return to talks on Thursday morning at the harbour office.'],
    };
    expect(await store.add(changed, 2000)).toBe('replaced');
    const rows = await store.list();
    expect(rows.length).toBe(1);
    expect(await store.text(rows[0]!.id)).toEqual(changed.paragraphs);
    expect(await segmentArticles(store)).toEqual([memoryArticleId(FERRY_WIRE.url!)]);
  });

  it('compacts many small segments into larger ones without losing an article, and matching still finds each', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    const articles = many(MEMORY_FANOUT * MEMORY_FANOUT + 3);
    for (const a of articles) await store.add(a);
    expect((await store.segments()).length).toBe(articles.length);
    expect(await store.compact()).toBe(MEMORY_FANOUT + 1);
    const segs = await store.segments();
    expect(segs.length).toBe(4); // one of level 2, three of level 0
    expect(segs.map((s) => s.level).sort()).toEqual([0, 0, 0, 2]);
    expect(await segmentArticles(store)).toEqual(articles.map((a) => memoryArticleId(a.url)).sort());
    const report = await matchAgainstMemory(store, { url: 'https://elsewhere.example/x', title: null, paragraphs: [articles[5]!.paragraphs[0]!, FILLER] });
    expect(report.outlets.map((o) => o.url)).toEqual([articles[5]!.url]);
  });

  it('loses no article when a compaction is interrupted', async () => {
    const api = freshApi();
    let crash = true;
    const store = createMemoryStore(createResultsDatabase(api), {
      duringCompaction: () => {
        if (crash) throw new Error('worker stopped');
      },
    });
    const articles = many(MEMORY_FANOUT);
    for (const a of articles) await store.add(a);
    const before = await store.segments();
    await expect(store.compact()).rejects.toThrow('worker stopped');
    expect((await store.segments()).map((s) => s.id)).toEqual(before.map((s) => s.id));
    expect(await segmentArticles(store)).toEqual(articles.map((a) => memoryArticleId(a.url)).sort());
    crash = false;
    expect(await store.compact()).toBe(1);
    expect(await segmentArticles(store)).toEqual(articles.map((a) => memoryArticleId(a.url)).sort());
  });

  it('builds a merge in steps outside any transaction, and plans it again where a forget changed its segments meanwhile', async () => {
    let store: ReturnType<typeof createMemoryStore> | null = null;
    const articles = many(MEMORY_FANOUT * 16);
    let pauses = 0;
    let forgotten: string | null = null;
    store = createMemoryStore(createResultsDatabase(freshApi()), {
      stepArticles: 16,
      // On the first pause of a level-1 merge (64 articles, built 16 at a time), the reader forgets one of them.
      pause: async () => {
        pauses++;
        if (forgotten || (await store!.segments()).filter((s) => s.level === 0).length) return;
        forgotten = articles[3]!.url;
        expect(await store!.forget(memoryArticleId(forgotten))).toBe(true);
      },
    });
    for (const a of articles) await store.add(a);
    // 16 merges of level 0, then 2 of level 1, the first of them planned again after the forget.
    expect(await store.compact()).toBe(MEMORY_FANOUT * 2 + 2);
    expect(forgotten).toBe(articles[3]!.url);
    expect(pauses).toBeGreaterThan(0);
    const kept = articles.filter((a) => a.url !== forgotten).map((a) => memoryArticleId(a.url));
    expect(await segmentArticles(store)).toEqual(kept.sort());
    // The rebuilt level-1 segment (7 articles) was merged with its level in the merge planned again.
    expect((await store.segments()).map((s) => s.level)).toEqual([2, 2]);
    // Every article a segment holds is still matched from it; the forgotten one from none.
    const report = await matchAgainstMemory(store, { url: 'https://elsewhere.example/x', title: null, paragraphs: [articles[5]!.paragraphs[0]!, FILLER] });
    expect(report.outlets.map((o) => o.url)).toEqual([articles[5]!.url]);
    const gone = await matchAgainstMemory(store, { url: 'https://elsewhere.example/y', title: null, paragraphs: [articles[3]!.paragraphs[0]!, FILLER] });
    expect(gone.outlets).toEqual([]);
  });

  it('forgets one article, a site, or everything, rebuilding the segments that held them', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    const articles = many(MEMORY_FANOUT + 2);
    for (const a of articles) await store.add(a);
    await store.compact();
    const page = { url: 'https://elsewhere.example/x', title: null, paragraphs: [articles[0]!.paragraphs[0]!, FILLER] };
    expect((await matchAgainstMemory(store, page)).outlets.map((o) => o.url)).toEqual([articles[0]!.url]);
    expect(await store.forget(memoryArticleId(articles[0]!.url))).toBe(true);
    expect(await store.forget(memoryArticleId(articles[0]!.url))).toBe(false);
    expect((await matchAgainstMemory(store, page)).outlets).toEqual([]);
    expect(await store.forgetSite('site1.example')).toBe(5);
    expect((await store.list()).every((r) => r.site === 'site0.example')).toBe(true);
    expect(await segmentArticles(store)).toEqual((await store.list()).map((r) => r.id).sort());
    await store.clear();
    expect(await store.list()).toEqual([]);
    expect(await store.segments()).toEqual([]);
    expect(await store.stats()).toEqual({ articles: 0, bytes: 0 });
  });

  it('drops the oldest read first past its cap', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()), { cap: 3 });
    const articles = many(5);
    for (const [i, a] of articles.entries()) await store.add(a, 1000 + i);
    expect((await store.list()).map((r) => r.url)).toEqual(
      articles
        .slice(2)
        .reverse()
        .map((a) => a.url),
    );
    expect(await segmentArticles(store)).toEqual((await store.list()).map((r) => r.id).sort());
  });

  it('past its cap, drops the oldest down to the cap less its headroom at once, not one an add', () => {
    expect(overCap(20_000, 20_000)).toBe(0);
    // Down to 19,000: the next 1,000 adds drop nothing, so the oldest segment is rebuilt once per 1,000 adds.
    expect(overCap(20_001, 20_000)).toBe(1_001);
    expect(overCap(4, 3)).toBe(1);
  });

  it('exports the memory as a pack that matches like the memory did', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    expect(await store.exportPack()).toBeNull();
    for (const a of [FERRY_WIRE, FERRY_PAPER, LIBRARY_NEWS]) await store.add(input(a));
    const { meta, index } = readPack((await store.exportPack())!);
    expect(meta.articles).toBe(3);
    const report = matchPage({ url: 'https://x.example/y', title: null, readerable: true, paragraphs: [FERRY_WIRE.paragraphs[0]!] }, index);
    expect(report.outlets.map((o) => o.url)).toContain(FERRY_WIRE.url);
  });

  it('keeps everything already stored when an add hits a full disk', async () => {
    const api = freshApi();
    const store = createMemoryStore(createResultsDatabase(api));
    await store.add(input(FERRY_WIRE));
    await store.compact();
    const before = { rows: await store.list(), segs: await store.segments() };
    const db = createResultsDatabase(api);
    failWritesFrom(db, 2);
    const full = createMemoryStore(db);
    await expect(full.add(input(FERRY_PAPER))).rejects.toThrow();
    expect(await store.list()).toEqual(before.rows);
    expect((await store.segments()).map((s) => s.id)).toEqual(before.segs.map((s) => s.id));
  });
});
