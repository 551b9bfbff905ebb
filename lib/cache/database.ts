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

/** One article of the reading memory: what the reader read, on this device. */
export interface MemoryArticle {
  /** `m-<hash of the address>`: one entry per address (a re-read replaces it). */
  id: string;
  url: string;
  /** A hash of the paragraphs: the same text under another address is the same article. */
  textHash: string;
  /** The address's host, without "www.": what "forget this site" removes. */
  site: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** Epoch milliseconds. */
  readAt: number;
  /** The memory segment whose index holds it, and its paragraphs: the text is stored there only. */
  segment: string;
}

/** One segment of the memory: an index of some of its articles, serialised (log-structured: merged as they accumulate). */
export interface MemorySegmentRow {
  /** `memory:<n>`: the segment id composed into the index. */
  id: string;
  /** 0 for one article's segment; a merge of FANOUT segments of level n is of level n + 1. */
  level: number;
  articleIds: string[];
  bytes: ArrayBuffer;
}

/** The database as Dexie types it: the result cache, the packs (listing and bytes apart), settings, the reading memory. */
export type ResultsDatabase = Dexie & {
  results: EntityTable<CachedResult, 'key'>;
  packs: EntityTable<StoredPack, 'id'>;
  packData: EntityTable<StoredPackData, 'id'>;
  settings: EntityTable<StoredSetting, 'key'>;
  memory: EntityTable<MemoryArticle, 'id'>;
  memorySegments: EntityTable<MemorySegmentRow, 'id'>;
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
  // Issue 13: the reading memory (articles, and the segments indexing them). Only tables are added.
  db.version(3).stores({
    memory: 'id, textHash, site, readAt, segment',
    memorySegments: 'id, level',
  });
  // Issue 13, text stored once: a memory row drops its paragraphs, which its segment's index holds (v3 wrote both in one
  // transaction and rebuilt a segment whenever an article left it). Same tables and indexes.
  db.version(4)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('memory')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          delete row.paragraphs;
        }),
    );
  return db;
}
