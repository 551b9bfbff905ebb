import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createResultsDatabase, DATABASE_NAME, type CachedResult } from '../../../lib/cache/database';
import { createPackStore } from '../../../lib/packs/pack-store';
import { FERRY_PAPER, FERRY_WIRE, packOf } from '../../helpers/pack-fixtures';
import { buildIndex } from '../../../lib/index/build';
import { contentHash, serializeIndexBytes } from '../../../lib/index/serialize';
import { createMemoryStore } from '../../../lib/memory/memory-store';
import { memoryArticleId } from '../../../lib/memory/memory-id';
import { memorySourceId } from '../../../lib/memory/memory-source-id';

const entry: CachedResult = {
  key: 'v1index+build:abc:https://news.example/story',
  url: 'https://news.example/story',
  textHash: 'abc',
  indexVersion: 'v1index+build',
  report: {
    title: null,
    url: 'https://news.example/story',
    indexVersion: 'v1index',
    paragraphCount: 3,
    matched: [],
    outlets: [],
  } as unknown as CachedResult['report'],
  storedAt: 1,
  lastUsed: 2,
};

describe('the database schema', () => {
  it('upgrades a version-1 database (the released cache) to the current version (4), keeping every cached result', async () => {
    const api = { indexedDB: new IDBFactory(), IDBKeyRange };
    // The schema as the released extension declared it: one table.
    const v1 = new Dexie(DATABASE_NAME, api);
    v1.version(1).stores({ results: 'key, lastUsed, indexVersion' });
    await v1.table('results').put(entry);
    v1.close();

    const db = createResultsDatabase(api);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.results.toArray()).toEqual([entry]);
    // The indexes eviction and pruning walk still answer.
    expect(await db.results.where('indexVersion').equals('v1index+build').count()).toBe(1);
    expect(await db.results.orderBy('lastUsed').primaryKeys()).toEqual([entry.key]);
    // And the new tables are there to use.
    const store = createPackStore(db);
    expect(await store.list()).toEqual([]);
    expect((await store.importPack(packOf())).ok).toBe(true);
    expect(await store.list()).toHaveLength(1);
    expect(await db.results.get(entry.key)).toEqual(entry);
    db.close();
  });

  it('upgrades a version-2 database to the current version: the cache and the settings stay, the memory tables are added, empty', async () => {
    const api = { indexedDB: new IDBFactory(), IDBKeyRange };
    // The schema as issue 12's release declared it, with a cached result and a pack's row.
    const v2 = new Dexie(DATABASE_NAME, api);
    v2.version(1).stores({ results: 'key, lastUsed, indexVersion' });
    v2.version(2).stores({ packs: 'id, importedAt', packData: 'id', settings: 'key' });
    await v2.table('results').put(entry);
    await v2.table('settings').put({ key: 'bundledEnabled', value: false });
    v2.close();
    const db = createResultsDatabase(api);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.results.get(entry.key)).toEqual(entry);
    expect(await db.settings.get('bundledEnabled')).toEqual({ key: 'bundledEnabled', value: false });
    expect(await db.memory.count()).toBe(0);
    expect(await db.memorySegments.count()).toBe(0);
    db.close();
  });

  it('upgrades a version-3 database to version 4: each memory row drops its paragraphs, which its segment still gives back', async () => {
    const api = { indexedDB: new IDBFactory(), IDBKeyRange };
    // Two articles as issue 13's first release stored them: rows with their paragraphs, one segment indexing both.
    const v3 = new Dexie(DATABASE_NAME, api);
    v3.version(1).stores({ results: 'key, lastUsed, indexVersion' });
    v3.version(2).stores({ packs: 'id, importedAt', packData: 'id', settings: 'key' });
    v3.version(3).stores({ memory: 'id, textHash, site, readAt, segment', memorySegments: 'id, level' });
    const rows = [FERRY_WIRE, FERRY_PAPER].map((a, i) => ({
      id: memoryArticleId(a.url!),
      url: a.url!,
      textHash: contentHash(a.paragraphs.join('\n')),
      site: new URL(a.url!).hostname,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      readAt: Date.UTC(2026, 3, 20 + i),
      paragraphs: a.paragraphs,
      segment: 'memory:v3-0',
    }));
    const bytes = serializeIndexBytes(buildIndex(rows.map((r) => ({ ...r, id: memorySourceId(r.id, r.readAt) }))));
    await v3.table('memorySegments').put({ id: 'memory:v3-0', level: 1, articleIds: rows.map((r) => r.id), bytes: bytes.slice().buffer });
    await v3.table('memory').bulkPut(rows);
    await v3.table('results').put(entry);
    v3.close();

    const db = createResultsDatabase(api);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.results.get(entry.key)).toEqual(entry);
    const upgraded = await db.memory.orderBy('readAt').toArray();
    expect(upgraded).toEqual(rows.map(({ paragraphs: _, ...meta }) => meta));
    const store = createMemoryStore(db);
    expect(await store.text(rows[0]!.id)).toEqual(FERRY_WIRE.paragraphs);
    expect(await store.text(rows[1]!.id)).toEqual(FERRY_PAPER.paragraphs);
    // The indexes still answer, and forgetting rebuilds the segment from its own text.
    expect(await store.forgetSite('island-gazette.example')).toBe(1);
    expect(await store.text(rows[0]!.id)).toEqual(FERRY_WIRE.paragraphs);
    expect((await store.segments()).flatMap((s) => s.articleIds)).toEqual([rows[0]!.id]);
    db.close();
  });

  it('keeps a stored pack across a reopening (an update of the extension restarts the background)', async () => {
    const api = { indexedDB: new IDBFactory(), IDBKeyRange };
    const before = createResultsDatabase(api);
    const imported = await createPackStore(before).importPack(packOf());
    before.close();
    const after = createPackStore(createResultsDatabase(api));
    expect(await after.list()).toEqual([imported.ok && imported.value]);
    expect(await after.packBytes((await after.list())[0]!.id)).toEqual(packOf());
  });
});
