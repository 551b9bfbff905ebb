import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createResultsDatabase, type IndexedDbApi } from '../../../lib/cache/database';
import { createResultCache } from '../../../lib/cache/result-cache';
import { resultsVersion } from '../../../lib/cache/results-version';
import { createTabStore } from '../../../lib/background/tab-store';
import { createAnalysisService, NO_SOURCES_MESSAGE } from '../../../lib/background/analysis-service';
import { createSegmentSource } from '../../../lib/background/segment-source';
import { BUNDLED_SET_ID, createPackStore, type PackStore } from '../../../lib/packs/pack-store';
import { matchPage } from '../../../lib/match/match-page';
import { createMemoryStore } from '../../../lib/memory/memory-store';
import type { ProvenanceIndex } from '../../../lib/index/model';
import type { PageSubmission } from '../../../lib/messages';
import { seedTestIndex } from '../../helpers/seeds';
import { FERRY_WIRE, LIBRARY_NEWS, packOf } from '../../helpers/pack-fixtures';

let bundled: ProvenanceIndex;
beforeAll(async () => {
  bundled = await seedTestIndex();
});
beforeEach(() => fakeBrowser.reset());

const URL = 'https://regional.example/ferry-strike-copy';
// A page that copies two paragraphs of the pack's wire story, and says something of its own.
const page: PageSubmission = {
  title: 'Ferry strike strands islanders',
  readerable: true,
  paragraphs: [
    'Our reporter spent the morning at the terminal, where a handful of passengers waited in hope of a crossing.',
    FERRY_WIRE.paragraphs[0]!,
    FERRY_WIRE.paragraphs[2]!,
    'The dispute is expected to go to arbitration next month.',
  ],
};

/**
 * The background as entrypoints/background.ts wires it, over one IndexedDB: the segment source, the
 * result cache keyed by its version, the service. `restart()` gives a new one over the same database,
 * as a stopped service worker's successor.
 */
function background(api: IndexedDbApi = { indexedDB: new IDBFactory(), IDBKeyRange }) {
  const segments = createSegmentSource({ bundled: () => bundled, packs: () => createPackStore(createResultsDatabase(api)), log: () => undefined });
  const match = vi.fn(matchPage);
  const service = createAnalysisService({
    index: () => segments.load(),
    cache: createResultCache({ database: () => createResultsDatabase(api), indexVersion: () => resultsVersion(segments.version()), log: () => undefined }),
    tabs: createTabStore(fakeBrowser.storage.session),
    setBadge: async () => undefined,
    askResubmit: async () => true,
    match,
  });
  // What the options page does: change the store, then tell the background.
  const options: PackStore = createPackStore(createResultsDatabase(api));
  return { service, segments, match, options, api, restart: () => background(api) };
}

const packOrigins = (r: { report: { outlets: Array<{ origin: string }> } } | null) => r!.report.outlets.filter((o) => o.origin === 'pack');

describe('the segment source', () => {
  it('composes the bundled index alone until a pack is imported; its version names the enabled set', async () => {
    const { segments, options } = background();
    const alone = await segments.load();
    expect(alone!.sources.map((s) => s.id)).toEqual(bundled.sources.map((s) => s.id));
    expect(segments.version()).toBe(alone!.version);
    const imported = await options.importPack(packOf([FERRY_WIRE, LIBRARY_NEWS]));
    expect(imported.ok).toBe(true);
    const both = await segments.load();
    expect(both!.sources.map((s) => s.id)).toEqual([...bundled.sources.map((s) => s.id), FERRY_WIRE.id, LIBRARY_NEWS.id]);
    expect(both!.version).not.toBe(alone!.version);
    await options.setEnabled(BUNDLED_SET_ID, false);
    const packOnly = await segments.load();
    expect(packOnly!.sources.map((s) => s.id)).toEqual([FERRY_WIRE.id, LIBRARY_NEWS.id]);
    expect(new Set([alone!.version, both!.version, packOnly!.version]).size).toBe(3);
  });

  it('decodes a pack once per service-worker life, however often the sets change', async () => {
    const { options, api } = background();
    const imported = await options.importPack(packOf([FERRY_WIRE]));
    const id = imported.ok ? imported.value.id : '';
    const reads = vi.fn();
    const store = createPackStore(createResultsDatabase(api));
    const packBytes = store.packBytes.bind(store);
    store.packBytes = (id) => (reads(id), packBytes(id));
    const counted = createSegmentSource({ bundled: () => bundled, packs: () => store });
    await counted.load();
    await options.setEnabled(id, false);
    await counted.load();
    await options.setEnabled(id, true);
    expect((await counted.load())!.sources.map((s) => s.id)).toContain(FERRY_WIRE.id);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('opens one database connection for the worker’s life, however often it loads', async () => {
    const { api } = background();
    const created = vi.fn(() => createPackStore(createResultsDatabase(api)));
    const segments = createSegmentSource({ bundled: () => bundled, packs: created });
    for (let i = 0; i < 3; i++) await segments.load();
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('falls back to the bundled index where IndexedDB fails, and says so once', async () => {
    const log = vi.fn();
    const broken = {
      indexedDB: {
        open: () => {
          throw new Error('no IndexedDB here');
        },
      } as unknown as IDBFactory,
      IDBKeyRange,
    };
    const segments = createSegmentSource({ bundled: () => bundled, packs: () => createPackStore(createResultsDatabase(broken)), log });
    const index = await segments.load();
    expect(index!.sources.map((s) => s.id)).toEqual(bundled.sources.map((s) => s.id));
    expect((await segments.load())!.version).toBe(index!.version);
    expect(log).toHaveBeenCalledTimes(1);
  });
});

describe('cached results and the source sets', () => {
  it('a pack imported after a page was cached: the page is matched again, and the pack’s outlet is in its report', async () => {
    const { service, options, match } = background();
    const before = await service.analyse(1, URL, page);
    expect(before!.fromCache).toBe(false);
    expect(packOrigins(before)).toEqual([]);
    expect((await service.analyse(1, URL, page))!.fromCache).toBe(true);

    expect((await options.importPack(packOf([FERRY_WIRE, LIBRARY_NEWS]))).ok).toBe(true);
    await service.sourcesChanged();
    const after = await service.analyse(1, URL, page);
    expect(after!.fromCache).toBe(false);
    expect(match).toHaveBeenCalledTimes(2);
    expect(packOrigins(after)).toEqual([
      expect.objectContaining({ sourceId: FERRY_WIRE.id, outlet: 'Harbour Wire', origin: 'pack', url: FERRY_WIRE.url, paragraphs: 2 }),
    ]);
    const carried = after!.report.paragraphs.filter((p) => p.matches.some((m) => m.sourceId === FERRY_WIRE.id));
    expect(carried.map((p) => p.index)).toEqual([1, 2]);
    expect(carried[0]!.matches.find((m) => m.sourceId === FERRY_WIRE.id)).toMatchObject({ origin: 'pack', url: FERRY_WIRE.url });
  });

  it('a pack turned off, then on, then removed: each change is a report of the sets then enabled, never the one cached before', async () => {
    const { service, options } = background();
    const imported = await options.importPack(packOf([FERRY_WIRE, LIBRARY_NEWS]));
    const id = imported.ok ? imported.value.id : '';
    const withPack = await service.analyse(1, URL, page);
    expect(packOrigins(withPack)).toHaveLength(1);
    const expectedWithout = matchPage({ ...page, url: URL }, (await createSegmentSource({ bundled: () => bundled, packs: () => null }).load())!);

    await options.setEnabled(id, false);
    await service.sourcesChanged();
    const off = await service.analyse(1, URL, page);
    expect(packOrigins(off)).toEqual([]);
    expect(off!.report.outlets).toEqual(expectedWithout.outlets);
    expect(off!.report.indexVersion).not.toBe(withPack!.report.indexVersion);

    await options.setEnabled(id, true);
    await service.sourcesChanged();
    const on = await service.analyse(1, URL, page);
    expect(packOrigins(on)).toHaveLength(1);
    expect(on!.report.indexVersion).toBe(withPack!.report.indexVersion);

    await options.remove(id);
    await service.sourcesChanged();
    const removed = await service.analyse(1, URL, page);
    expect(packOrigins(removed)).toEqual([]);
    expect(removed!.report.outlets).toEqual(expectedWithout.outlets);
  });

  it('the bundled index turned off: its outlets are gone from the next report, not served from the cache', async () => {
    const { service, options } = background();
    await options.importPack(packOf([FERRY_WIRE]));
    const story = { ...page, paragraphs: [...page.paragraphs, ...bundled.paragraphs.slice(0, 3)] };
    const both = await service.analyse(1, URL, story);
    expect(both!.report.outlets.some((o) => o.origin === 'bundled')).toBe(true);
    await options.setEnabled(BUNDLED_SET_ID, false);
    await service.sourcesChanged();
    const packOnly = await service.analyse(1, URL, story);
    expect(packOnly!.fromCache).toBe(false);
    expect(packOnly!.report.outlets.map((o) => o.origin)).toEqual(['pack']);
  });

  it('loads the new sets when told they changed, before the next page arrives', async () => {
    const { service, options, match, segments } = background();
    await service.analyse(1, URL, page);
    await options.importPack(packOf([FERRY_WIRE]));
    const load = vi.spyOn(segments, 'load');
    await service.sourcesChanged();
    expect(load).toHaveBeenCalledTimes(1);
    expect(packOrigins(await service.analyse(2, URL, page))).toHaveLength(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(match).toHaveBeenCalledTimes(2);
  });

  it('a stopped service worker’s successor reads the enabled packs from the database (no message needed)', async () => {
    const first = background();
    await first.options.importPack(packOf([FERRY_WIRE]));
    const next = first.restart();
    expect(packOrigins(await next.service.analyse(1, URL, page))).toHaveLength(1);
  });

  it('every set turned off: the tab says so, and nothing is matched', async () => {
    const { service, options, match } = background();
    await options.setEnabled(BUNDLED_SET_ID, false);
    expect(await service.analyse(1, URL, page)).toBeNull();
    expect(await service.tabReport(1)).toEqual({ state: 'error', reason: 'no-sources', message: NO_SOURCES_MESSAGE });
    expect(match).not.toHaveBeenCalled();
  });
});

describe('the segment source with the reading memory', () => {
  it('composes the memory’s segments (origin memory) while it is on, leaves them out while it is off, and matches a later page with them', async () => {
    const api = { indexedDB: new IDBFactory(), IDBKeyRange };
    const memory = createMemoryStore(createResultsDatabase(api));
    await memory.setEnabled(true);
    await memory.add({
      url: FERRY_WIRE.url!,
      title: FERRY_WIRE.title,
      outlet: FERRY_WIRE.outlet,
      published: FERRY_WIRE.published,
      paragraphs: FERRY_WIRE.paragraphs,
    });
    const source = createSegmentSource({
      bundled: () => bundled,
      packs: () => createPackStore(createResultsDatabase(api)),
      memory: () => memory,
      log: () => undefined,
    });
    const on = (await source.load())!;
    expect(on.composition!.parts.map((p) => p.origin)).toEqual(['bundled', 'memory']);
    const report = matchPage({ ...page, url: URL }, on);
    expect(report.outlets.filter((o) => o.origin === 'memory').map((o) => o.url)).toEqual([FERRY_WIRE.url]);
    await memory.setEnabled(false);
    const off = (await source.load())!;
    expect(off.composition?.parts.map((p) => p.origin) ?? ['bundled']).toEqual(['bundled']);
    expect(off.version).not.toBe(on.version);
  });
});
