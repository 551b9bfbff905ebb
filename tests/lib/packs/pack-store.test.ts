import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createResultsDatabase, type IndexedDbApi, type ResultsDatabase } from '../../../lib/cache/database';
import { BUNDLED_SET_ID, createPackStore, oversizeMessage } from '../../../lib/packs/pack-store';
import { MAX_PACK_BYTES, PACK_FORMAT, readPack } from '../../../lib/index/pack';
import { bytesHash as bytesHashOf } from '../../../lib/index/serialize';
import { FERRY_WIRE, LIBRARY_NEWS, packOf } from '../../helpers/pack-fixtures';
import { failWritesFrom } from '../../helpers/full-disk';

const freshApi = (): IndexedDbApi => ({ indexedDB: new IDBFactory(), IDBKeyRange });

/** A store over its own database, with one pack already imported (so "nothing already stored changed" can be checked). */
async function storeWithOnePack(api = freshApi()) {
  const db = createResultsDatabase(api);
  const store = createPackStore(db);
  const first = await store.importPack(packOf([LIBRARY_NEWS], 'Libraries'), 1000);
  if (!first.ok) throw new Error(first.error);
  return { db, store, first: first.value };
}

/** Everything the database holds of packs and settings, to compare before and after. */
async function snapshot(db: ResultsDatabase) {
  return { packs: await db.packs.toArray(), data: (await db.packData.toArray()).map((d) => [d.id, d.bytes.byteLength]), settings: await db.settings.toArray() };
}

// A pack file damaged in each way the options page must refuse.
const good = packOf();
const damaged: Array<[string, () => Uint8Array, RegExp]> = [
  ['an empty file', () => new Uint8Array(0), /empty/],
  ['wrong magic (a web page)', () => new TextEncoder().encode('<!doctype html><html><body>not a pack</body></html>'), /not a Provenance Lens pack/],
  ['a truncated pack', () => good.slice(0, Math.floor(good.length / 2)), /cut short/],
  ['a pack with one byte flipped (bad checksum)', () => flip(good, good.length - 10), /checksum/],
  ['a pack of another format version', () => reformat(good, PACK_FORMAT + 1), /format/],
];

describe('importing a pack', () => {
  it('stores a good pack, on, with what the options page shows of it; its bytes are the file’s', async () => {
    const store = createPackStore(createResultsDatabase(freshApi()));
    const result = await store.importPack(good, 42);
    expect(result.ok).toBe(true);
    const { meta } = readPack(good);
    expect(await store.list()).toEqual([{ id: `pack:${meta.checksum}`, meta, enabled: true, importedAt: 42 }]);
    expect(meta).toMatchObject({ name: 'Test pack', articles: 3, outlets: 3, firstPublished: '2026-01-09', lastPublished: '2026-04-15', bytes: good.length });
    expect(await store.packBytes(`pack:${meta.checksum}`)).toEqual(good);
  });

  it.each(damaged)('refuses %s with one sentence, storing nothing and changing nothing stored', async (_name, file, reason) => {
    const { db, store } = await storeWithOnePack();
    const before = await snapshot(db);
    const result = await store.importPack(file());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(reason);
    expect(result.error).toMatch(/Nothing was imported\.$/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file over the size limit before reading it, and says the limit', () => {
    expect(oversizeMessage(MAX_PACK_BYTES)).toBeNull();
    expect(oversizeMessage(MAX_PACK_BYTES + 1)).toMatch(/larger than the 268 MB a pack may hold: nothing was imported\./);
  });

  it('refuses the same pack twice, naming it, and keeps the first import as it was (switched off stays off)', async () => {
    const { db, store, first } = await storeWithOnePack();
    await store.setEnabled(first.id, false);
    const before = await snapshot(db);
    const again = await store.importPack(packOf([LIBRARY_NEWS], 'Libraries'), 2000);
    expect(again).toEqual({ ok: false, error: 'This pack is already imported, as “Libraries”: nothing was changed.' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('stores nothing, and says so, when the disk is full mid-transaction', async () => {
    const api = freshApi();
    const { db: healthy } = await storeWithOnePack(api);
    healthy.close();
    // The same database, opened through a middleware that runs out of quota on the second write of a transaction.
    const full = createResultsDatabase(api);
    const quota = failWritesFrom(full, 2);
    await full.open();
    const before = await snapshot(full);
    quota.writes = 0;
    const result = await createPackStore(full).importPack(packOf([FERRY_WIRE], 'Ferries'));
    expect(quota.writes).toBe(2);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^There is not enough storage space for this pack \(.+ MB\): nothing was stored\./);
    expect(await snapshot(full)).toEqual(before);
  });
});

describe('switching and removing source sets', () => {
  it('turns a pack and the bundled index off and on; the bundled index is on until turned off', async () => {
    const { store, first } = await storeWithOnePack();
    expect(await store.bundledEnabled()).toBe(true);
    expect(await store.setEnabled(BUNDLED_SET_ID, false)).toBe(true);
    expect(await store.bundledEnabled()).toBe(false);
    expect(await store.setEnabled(first.id, false)).toBe(true);
    expect((await store.list())[0]!.enabled).toBe(false);
    expect(await store.setEnabled(first.id, true)).toBe(true);
    expect((await store.list())[0]!.enabled).toBe(true);
    expect(await store.setEnabled('pack:0000000000000000', true)).toBe(false);
  });

  it('removes a pack with its bytes; the bundled index cannot be removed', async () => {
    const { db, store, first } = await storeWithOnePack();
    const second = await store.importPack(packOf([FERRY_WIRE], 'Ferries'), 2000);
    expect(second.ok).toBe(true);
    expect(await store.remove(first.id)).toBe(true);
    expect((await store.list()).map((p) => p.meta.name)).toEqual(['Ferries']);
    expect(await db.packData.get(first.id)).toBeUndefined();
    expect(await store.packBytes(first.id)).toBeNull();
    expect(await store.remove(first.id)).toBe(false);
    expect(await store.remove(BUNDLED_SET_ID)).toBe(false);
    // Removed, it can be imported again.
    expect((await store.importPack(packOf([LIBRARY_NEWS], 'Libraries'))).ok).toBe(true);
  });
});

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const out = bytes.slice();
  out[at] = out[at]! ^ 0xff;
  return out;
}

// The pack format field sits after the magic and the 16-digit checksum; the checksum covers it, so it is recomputed
// the way a writer of that other format would have: a well-formed pack of a format this code does not read.
function reformat(bytes: Uint8Array, format: number): Uint8Array {
  const out = bytes.slice();
  new DataView(out.buffer).setUint32(20, format, true);
  const sum = bytesHashOf(out.subarray(20));
  out.set(
    Uint8Array.from(sum, (c) => c.charCodeAt(0)),
    4,
  );
  return out;
}
