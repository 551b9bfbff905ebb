import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { createResultsDatabase, DATABASE_NAME, type IndexedDbApi } from '../../../lib/cache/database';
import { createResultCache, RECENT_ENTRIES, type ResultCacheOptions } from '../../../lib/cache/result-cache';
import { cacheKey, type CacheKey } from '../../../lib/cache/cache-key';
import { matchPage } from '../../../lib/match/match-page';
import type { PageReport } from '../../../lib/types';
import type { PageSubmission } from '../../../lib/messages';
import { seedTestIndex } from '../../helpers/seeds';
import { fixtureSubmission } from '../../helpers/fixture-page';

let page: PageSubmission;
let report: PageReport;
let version: string;

beforeAll(async () => {
  const index = await seedTestIndex();
  version = index.version;
  page = fixtureSubmission('seed-wire-story.html');
  report = matchPage({ ...page, url: 'http://127.0.0.1/a' }, index);
});

// Each test its own IndexedDB, so none sees another's entries.
const freshApi = (): IndexedDbApi => ({ indexedDB: new IDBFactory(), IDBKeyRange });
const keyFor = (url: string, v = version): Promise<CacheKey> => cacheKey({ url, title: page.title, paragraphs: page.paragraphs, indexVersion: v });

function cacheWith(options: Partial<ResultCacheOptions> & { api?: IndexedDbApi } = {}) {
  const api = options.api ?? freshApi();
  const log = vi.fn();
  const cache = createResultCache({ database: () => createResultsDatabase(api), indexVersion: () => version, log, ...options });
  return { cache, log, api };
}

describe('the result cache', () => {
  it('answers the entries it last read or wrote from memory, and older ones from IndexedDB', async () => {
    const database = vi.fn((api: IndexedDbApi) => createResultsDatabase(api));
    const api = freshApi();
    const reads = { n: 0 };
    const { cache } = cacheWith({
      api,
      database: () => {
        const db = database(api);
        const get = db.results.get.bind(db.results);
        db.results.get = ((k: string) => {
          reads.n++;
          return get(k);
        }) as typeof db.results.get;
        return db;
      },
    });
    const first = await keyFor('http://127.0.0.1/first');
    await cache.put(first, report);
    expect(await cache.get(first, page.title, page.paragraphs)).toEqual(report);
    expect(reads.n).toBe(0);
    for (let i = 0; i < RECENT_ENTRIES; i++) await cache.put(await keyFor(`http://127.0.0.1/other-${i}`), report);
    // Pushed out of memory by newer entries: read from IndexedDB, and the same report.
    expect(await cache.get(first, page.title, page.paragraphs)).toEqual(report);
    expect(reads.n).toBe(1);
  });

  it('stores a report in the "provenance-lens" database and gives it back for the same key', async () => {
    const { cache, api } = cacheWith();
    const key = await keyFor('http://127.0.0.1/a');
    expect(await cache.get(key, page.title, page.paragraphs)).toBeNull();
    await cache.put(key, report);
    expect(await cache.get(key, page.title, page.paragraphs)).toEqual(report);

    const db = createResultsDatabase(api);
    await db.open();
    expect(db.name).toBe(DATABASE_NAME);
    const entry = await db.results.get(key.key);
    expect(entry).toMatchObject({ url: 'http://127.0.0.1/a', indexVersion: version, textHash: key.textHash });
    db.close();
  });

  it('misses for another address, another text, another index', async () => {
    const { cache } = cacheWith();
    await cache.put(await keyFor('http://127.0.0.1/a'), report);
    expect(await cache.get(await keyFor('http://127.0.0.1/b'), page.title, page.paragraphs)).toBeNull();
    expect(await cache.get(await keyFor('http://127.0.0.1/a', 'another-index'), page.title, page.paragraphs)).toBeNull();
    const changed = await cacheKey({ url: 'http://127.0.0.1/a', title: page.title, paragraphs: [...page.paragraphs, 'More.'], indexVersion: version });
    expect(await cache.get(changed, page.title, [...page.paragraphs, 'More.'])).toBeNull();
  });

  it('evicts the least recently used entries beyond its bound', async () => {
    let t = 0;
    const { cache, api } = cacheWith({ maxEntries: 3, now: () => ++t });
    const keys = await Promise.all(['p0', 'p1', 'p2'].map((p) => keyFor(`http://127.0.0.1/${p}`)));
    for (const k of keys) await cache.put(k, report);
    // Touch p0 so that p1 is now the least recently used.
    expect(await cache.get(keys[0]!, page.title, page.paragraphs)).not.toBeNull();
    await cache.put(await keyFor('http://127.0.0.1/p3'), report);
    const db = createResultsDatabase(api);
    await db.open();
    expect((await db.results.toArray()).map((e) => e.url).sort()).toEqual(['http://127.0.0.1/p0', 'http://127.0.0.1/p2', 'http://127.0.0.1/p3']);
    db.close();
  });

  it('prunes entries of another index when it opens', async () => {
    const api = freshApi();
    const old = cacheWith({ api, indexVersion: () => 'old-index' }).cache;
    await old.put(await keyFor('http://127.0.0.1/a', 'old-index'), report);
    const { cache } = cacheWith({ api });
    await cache.get(await keyFor('http://127.0.0.1/a'), page.title, page.paragraphs);
    const db = createResultsDatabase(api);
    await db.open();
    expect(await db.results.count()).toBe(0);
    db.close();
  });
});

describe('cache faults degrade to "no cache", logged once', () => {
  it('IndexedDB unavailable', async () => {
    const broken = {
      open: () => {
        throw new DOMException('IndexedDB is not available here', 'InvalidStateError');
      },
    };
    const { cache, log } = cacheWith({ api: { indexedDB: broken as unknown as IDBFactory, IDBKeyRange } });
    const key = await keyFor('http://127.0.0.1/a');
    await cache.put(key, report);
    expect(await cache.get(key, page.title, page.paragraphs)).toBeNull();
    await cache.put(key, report);
    expect(cache.disabled).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/result cache unavailable/);
  });

  it('opening blocked (it never completes)', async () => {
    const request = { onsuccess: null, onerror: null, onblocked: null, onupgradeneeded: null } as unknown as IDBOpenDBRequest;
    const stuck = { open: () => request, deleteDatabase: () => request, cmp: new IDBFactory().cmp };
    const { cache, log } = cacheWith({ api: { indexedDB: stuck as unknown as IDBFactory, IDBKeyRange }, openTimeoutMs: 50 });
    const key = await keyFor('http://127.0.0.1/a');
    expect(await cache.get(key, page.title, page.paragraphs)).toBeNull();
    await cache.put(key, report);
    expect(cache.disabled).toBe(true);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/TimeoutError/);
  });

  it('over quota: writes stop, reads go on, nothing throws', async () => {
    const api = freshApi();
    const { cache: good } = cacheWith({ api });
    const stored = await keyFor('http://127.0.0.1/stored');
    await good.put(stored, report);

    const log = vi.fn();
    const cache = createResultCache({
      indexVersion: () => version,
      log,
      database: () => {
        const db = createResultsDatabase(api);
        db.use({
          stack: 'dbcore',
          name: 'full-disk',
          create: (down: DBCore): DBCore => ({
            ...down,
            table(name: string): DBCoreTable {
              const table = down.table(name);
              return {
                ...table,
                mutate: (req: DBCoreMutateRequest) =>
                  req.type === 'put' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
              };
            },
          }),
        });
        return db;
      },
    });
    await cache.put(await keyFor('http://127.0.0.1/new'), report);
    await cache.put(await keyFor('http://127.0.0.1/newer'), report);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/QuotaExceededError/);
    expect(cache.disabled).toBe(false);
    expect(await cache.get(stored, page.title, page.paragraphs)).toEqual(report);
  });
});
