import Dexie, { type EntityTable } from 'dexie';
import type { CompactReport } from './compact-report';
import type { PackMeta } from '../index/pack';

/** The IndexedDB database's name, in the extension's own origin (never a page's). */
export const DATABASE_NAME = 'provenance-lens';

/** One analysed page: its report, keyed by address, content and index version. */
export interface CachedResult {
  /** `${indexVersion}:${textHash}:${url}`: see `cacheKey`. */
  key: string;
  /** The page's address, without its fragment. */
  url: string;
  /** SHA-256 of the extracted article (title and paragraph texts). */
  textHash: string;
  /** The version (content hash) of the index that produced the report. */
  indexVersion: string;
  report: CompactReport;
  /** Epoch milliseconds. */
  storedAt: number;
  /** Epoch milliseconds of the last hit: the least recently used entries are evicted first. */
  lastUsed: number;
}

/** An imported pack as the options page lists it (its bytes are in `packData`, read only to match). */
export interface StoredPack {
  /** `pack:<checksum>`: the pack's segment id. */
  id: string;
  meta: PackMeta;
  enabled: boolean;
  /** Epoch milliseconds. */
  importedAt: number;
}

/** A pack's file, as imported (checked whole by `readPack` before it was stored). */
export interface StoredPackData {
  /** The same id as its `StoredPack`. */
  id: string;
  bytes: ArrayBuffer;
}

/** A small setting of the source sets (e.g. `bundledEnabled`), kept beside the packs so one transaction sees both. */
export interface StoredSetting {
  key: string;
  value: unknown;
}

/** The database as Dexie types it: the result cache, the packs (listing and bytes apart), settings. */
export type ResultsDatabase = Dexie & {
  results: EntityTable<CachedResult, 'key'>;
  packs: EntityTable<StoredPack, 'id'>;
  packData: EntityTable<StoredPackData, 'id'>;
  settings: EntityTable<StoredSetting, 'key'>;
};

/** Where Dexie finds IndexedDB: a test seam (fake-indexeddb, or a factory that fails). */
export interface IndexedDbApi {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/**
 * Declares the schema. Versions are only ever added, never edited: a change
 * of shape is a new `db.version(n)` with an upgrade, so an installed cache
 * keeps opening.
 */
export function createResultsDatabase(api?: IndexedDbApi): ResultsDatabase {
  const db = new Dexie(DATABASE_NAME, { autoOpen: false, ...(api ?? {}) }) as ResultsDatabase;
  db.version(1).stores({
    // Primary key, then the indexes eviction and version pruning walk.
    results: 'key, lastUsed, indexVersion',
  });
  // Issue 12: imported packs. Only tables are added (`results` as it was), so an update keeps the cache.
  // A pack's bytes are a table of their own: listing the packs never reads megabytes of index.
  db.version(2).stores({
    packs: 'id, importedAt',
    packData: 'id',
    settings: 'key',
  });
  return db;
}
