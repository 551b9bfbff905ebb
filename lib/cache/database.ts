import Dexie, { type EntityTable } from 'dexie';
import type { CompactReport } from './compact-report';

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

/** The database as Dexie types it: one table, `results`. */
export type ResultsDatabase = Dexie & { results: EntityTable<CachedResult, 'key'> };

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
  return db;
}
