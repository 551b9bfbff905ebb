import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createResultsDatabase, type IndexedDbApi } from '../../../lib/cache/database';
import { createMemoryStore, MEMORY_FANOUT, memoryPackDescription, type MemoryInput, type MemoryStore } from '../../../lib/memory/memory-store';
import { memoryArticleId } from '../../../lib/memory/memory-id';
import { memorySourceId } from '../../../lib/memory/memory-source-id';
import { segmentArticles } from '../../../lib/memory/segment-articles';
import { buildIndex } from '../../../lib/index/build';
import { writePack } from '../../../lib/index/pack';
import { contentHash } from '../../../lib/index/serialize';
import { composeIndex } from '../../../lib/index/segments';
import { openMemorySegment } from '../../../lib/memory/memory-segment';
import { matchPage } from '../../../lib/match/match-page';

const freshApi = (): IndexedDbApi => ({ indexedDB: new IDBFactory(), IDBKeyRange });
const READ_AT = Date.UTC(2026, 4, 2);
// Words unique to article i (letters only), so no two articles share a passage and each is matched on its own.
const word = (i: number, k: number) =>
  `${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i >> 5) % 26))}${'ferry harbour council island union'.split(' ')[k % 5]}`;
const paragraph = (i: number, p: number) => `${Array.from({ length: 30 }, (_, k) => word(i, k + p * 7)).join(' ')}.`;
const many = (n: number): MemoryInput[] =>
  Array.from({ length: n }, (_, i) => ({
    url: `https://site${i % 2}.example/story-${i}`,
    title: `Story ${i}`,
    outlet: `Outlet ${i % 2}`,
    published: i % 3 ? '2026-04-01' : null,
    paragraphs: [paragraph(i, 0), paragraph(i, 1), 'Café “quoted” words — and a line that every article repeats.'],
  }));
const FILLER = 'The weather on the mainland stayed dry all week, and the market square was busy with visitors from the coast.';

/** The pack the memory exported when each row kept its paragraphs: built from the articles as read. */
function packAsRead(inputs: readonly MemoryInput[]): Uint8Array {
  const rows = inputs.map((a) => ({ id: memoryArticleId(a.url), textHash: contentHash(a.paragraphs.join('\n')) }));
  const index = buildIndex(
    inputs.map((a) => ({
      id: memorySourceId(memoryArticleId(a.url), READ_AT),
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      url: a.url,
      paragraphs: a.paragraphs,
    })),
  );
  return writePack(index, memoryPackDescription(rows));
}

async function fill(store: MemoryStore, inputs: readonly MemoryInput[]): Promise<void> {
  for (const a of inputs) await store.add(a, READ_AT);
}

async function matchAgainstMemory(store: MemoryStore, paragraphs: string[]) {
  const segs = (await store.segments()).map((s) => ({ id: s.id, origin: 'memory' as const, index: openMemorySegment(s) }));
  return matchPage({ url: 'https://elsewhere.example/x', title: null, readerable: true, paragraphs }, composeIndex(segs));
}

/** Every article id whose text some segment holds. */
async function idsInSegments(store: MemoryStore): Promise<string[]> {
  return (await store.segments())
    .flatMap((s) => segmentArticles(s.bytes))
    .map((a) => a.id.split('@')[0]!)
    .sort();
}

describe('the reading memory stores each article’s text once', () => {
  it('keeps only metadata in the rows, and reads each article’s paragraphs back from its segment, before and after compaction', async () => {
    const db = createResultsDatabase(freshApi());
    const store = createMemoryStore(db);
    const inputs = many(MEMORY_FANOUT * 2 + 1);
    await fill(store, inputs);
    const rows = await db.memory.toArray();
    expect(rows.length).toBe(inputs.length);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['id', 'outlet', 'published', 'readAt', 'segment', 'site', 'textHash', 'title', 'url']);
      expect(JSON.stringify(row)).not.toContain('harbour');
    }
    for (const a of inputs) expect(await store.text(memoryArticleId(a.url))).toEqual(a.paragraphs);
    expect(await store.compact()).toBe(2);
    for (const a of inputs) expect(await store.text(memoryArticleId(a.url))).toEqual(a.paragraphs);
    expect(await store.text(memoryArticleId('https://never.example/read'))).toBeNull();
  });

  it('stores per article its segment share and a row of metadata whose size does not grow with the text', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    const short = many(MEMORY_FANOUT);
    const long = short.map((a, i) => ({ ...a, url: `${a.url}-long`, paragraphs: Array.from({ length: 24 }, (_, p) => paragraph(i + 40, p)) }));
    await fill(store, short);
    await store.compact();
    const segmentBytes = async () => (await store.segments()).reduce((n, s) => n + s.bytes.byteLength, 0);
    const rowsShort = (await store.stats()).bytes - (await segmentBytes());
    await store.clear();
    await fill(store, long);
    await store.compact();
    const rowsLong = (await store.stats()).bytes - (await segmentBytes());
    // The rows' bytes are the same for two to twenty-four paragraphs an article (the addresses are five characters longer).
    expect(rowsLong).toBeLessThanOrEqual(rowsShort + 5 * MEMORY_FANOUT);
    expect(rowsLong / MEMORY_FANOUT).toBeLessThan(300);
    // And all stored bytes together are fewer than the articles' text as UTF-8: it is not stored twice.
    const text = long.reduce((n, a) => n + new TextEncoder().encode(a.paragraphs.join('')).length, 0);
    expect((await store.stats()).bytes).toBeLessThan(text);
  });

  it('forgets an article from matching and from storage, keeping the text of the others its segment held', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    const inputs = many(MEMORY_FANOUT + 1);
    await fill(store, inputs);
    await store.compact();
    const target = inputs[3]!;
    expect((await matchAgainstMemory(store, [target.paragraphs[0]!, FILLER])).outlets.map((o) => o.url)).toEqual([target.url]);
    expect(await store.forget(memoryArticleId(target.url))).toBe(true);
    expect((await matchAgainstMemory(store, [target.paragraphs[0]!, FILLER])).outlets).toEqual([]);
    expect(await store.text(memoryArticleId(target.url))).toBeNull();
    const rest = inputs.filter((a) => a !== target);
    expect(await idsInSegments(store)).toEqual(rest.map((a) => memoryArticleId(a.url)).sort());
    for (const a of rest) expect(await store.text(memoryArticleId(a.url))).toEqual(a.paragraphs);
    expect((await matchAgainstMemory(store, [inputs[4]!.paragraphs[0]!, FILLER])).outlets.map((o) => o.url)).toEqual([inputs[4]!.url]);
    expect(await store.forgetSite('site0.example')).toBe(rest.filter((a) => a.url.includes('site0')).length);
    expect(await idsInSegments(store)).toEqual(
      rest
        .filter((a) => a.url.includes('site1'))
        .map((a) => memoryArticleId(a.url))
        .sort(),
    );
  });

  it('exports the same pack file as one built from the articles as read, whatever the segments and after a forget', async () => {
    const store = createMemoryStore(createResultsDatabase(freshApi()));
    const inputs = many(MEMORY_FANOUT + 3);
    await fill(store, inputs);
    expect(await store.exportPack()).toEqual(packAsRead(inputs));
    await store.compact();
    expect(await store.exportPack()).toEqual(packAsRead(inputs));
    await store.forget(memoryArticleId(inputs[0]!.url));
    expect(await store.exportPack()).toEqual(packAsRead(inputs.slice(1)));
  });

  it('loses no article’s text when a compaction is interrupted after writing the merged segment', async () => {
    let crash = true;
    const store = createMemoryStore(createResultsDatabase(freshApi()), {
      duringCompaction: () => {
        if (crash) throw new Error('worker stopped');
      },
    });
    const inputs = many(MEMORY_FANOUT);
    await fill(store, inputs);
    await expect(store.compact()).rejects.toThrow('worker stopped');
    expect((await store.segments()).length).toBe(MEMORY_FANOUT);
    for (const a of inputs) expect(await store.text(memoryArticleId(a.url))).toEqual(a.paragraphs);
    crash = false;
    expect(await store.compact()).toBe(1);
    expect(await idsInSegments(store)).toEqual(inputs.map((a) => memoryArticleId(a.url)).sort());
    for (const a of inputs) expect(await store.text(memoryArticleId(a.url))).toEqual(a.paragraphs);
  });
});
