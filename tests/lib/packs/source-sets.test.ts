import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createResultsDatabase } from '../../../lib/cache/database';
import { BUNDLED_SET_ID, createPackStore } from '../../../lib/packs/pack-store';
import { listSourceSets } from '../../../lib/packs/source-sets';
import { bundledSummary } from '../../../lib/packs/bundled-summary';
import { describeIndex } from '../../../lib/index/describe';
import { seedIndex } from '../../../lib/index/seed-index';
import { readPack } from '../../../lib/index/pack';
import { FERRY_WIRE, LIBRARY_NEWS, packOf } from '../../helpers/pack-fixtures';

describe('the options page’s source sets', () => {
  it('lists the bundled index first (its own figures), then each pack in import order, with their switches', async () => {
    const store = createPackStore(createResultsDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }));
    const ferries = packOf([FERRY_WIRE], 'Ferries');
    const libraries = packOf([LIBRARY_NEWS], 'Libraries');
    await store.importPack(libraries, 2);
    await store.importPack(ferries, 1);
    await store.setEnabled(BUNDLED_SET_ID, false);
    const sets = await listSourceSets(store, bundledSummary);
    expect(sets.map((s) => [s.id, s.origin, s.name, s.enabled, s.removable])).toEqual([
      ['bundled', 'bundled', 'Bundled index', false, false],
      [`pack:${readPack(ferries).meta.checksum}`, 'pack', 'Ferries', true, true],
      [`pack:${readPack(libraries).meta.checksum}`, 'pack', 'Libraries', true, true],
    ]);
    expect(sets[0]).toMatchObject(describeIndex(seedIndex()));
    expect(sets[0]!.bytes).toBeGreaterThan(1000);
    expect(sets[1]).toMatchObject({
      articles: 1,
      outlets: 1,
      firstPublished: FERRY_WIRE.published,
      lastPublished: FERRY_WIRE.published,
      bytes: ferries.length,
    });
  });
});
