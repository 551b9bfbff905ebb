import type { PageReport } from '../types';
import { compactReport, restoreReport, type CompactReport } from './compact-report';
import type { CacheKey } from './cache-key';
import type { ResultsDatabase } from './database';

/**
 * At most this many pages are kept; the least recently used go first.
 * A compact entry holds only what matched (source sentences, spans), about
 * 1–20 KB, so the bound keeps the database to a few MB and at worst ~20 MB,
 * while covering weeks of heavy reading (30 articles a day): the window in
 * which a reader returns to an article. Entries of an older index can never
 * hit again and are pruned when the cache opens.
 */
export const MAX_CACHE_ENTRIES = 1000;

/** How long opening may wait (an upgrade blocked by another connection) before the cache is given up. */
export const OPEN_TIMEOUT_MS = 3000;

/** Entries also held in memory, most recently used: reloads and back-and-forth between a few pages. */
export const RECENT_ENTRIES = 32;

/** The analysis cache as the background uses it. Never throws: a fault is a miss. */
export interface ResultCache {
  /** The stored report for this key, rebuilt with the page's own title and paragraphs; null on a miss or a fault. */
  get(key: CacheKey, title: string | null, paragraphs: readonly string[]): Promise<PageReport | null>;
  /** Stores a report; a fault is logged once and otherwise ignored. */
  put(key: CacheKey, report: PageReport): Promise<void>;
  /** Whether the cache has given up (IndexedDB missing, failing or blocked): then it answers "no cache". */
  readonly disabled: boolean;
}

/** Dependencies of the cache, injectable for tests. */
export interface ResultCacheOptions {
  /** Creates (does not open) the database. */
  database: () => ResultsDatabase;
  /** The current version of index and matcher (`resultsVersion`, read when the cache opens): entries of any other are pruned then. */
  indexVersion: () => string;
  maxEntries?: number;
  openTimeoutMs?: number;
  now?: () => number; // test seam
  /** Where the one fault message goes. */
  log?: (message: string) => void; // test seam
}

// Faults after which IndexedDB will not work for this service-worker life.
const FATAL = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'VersionError',
  'UpgradeError',
  'SecurityError',
  'UnknownError',
  'TimeoutError',
  'InvalidAccessError',
]);

/**
 * A cache over Dexie that degrades to "no cache": IndexedDB unavailable,
 * over quota or blocked, the analysis still runs and its result still reaches
 * the page and the popup; the fault is logged once.
 */
export function createResultCache(options: ResultCacheOptions): ResultCache {
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? MAX_CACHE_ENTRIES;
  const log = options.log ?? ((m: string) => console.warn(m));
  let opened: Promise<ResultsDatabase> | null = null;
  let disabled = false;
  let writable = true;
  let logged = false;
  // The entries read or written last, in memory: a reload within the worker's life is answered
  // without an IndexedDB read (a few milliseconds, more than the rest of a revisit). Only entries
  // IndexedDB gave or took are kept here, so a failing database is not hidden by it; a key names
  // its index version and text, so nothing kept here can go stale.
  const recent = new Map<string, CompactReport>();
  const remember = (k: string, report: CompactReport) => {
    recent.delete(k);
    recent.set(k, report);
    if (recent.size > RECENT_ENTRIES) recent.delete(recent.keys().next().value!);
  };

  const fault = (during: string, e: unknown) => {
    const name = errorName(e);
    if (FATAL.has(name)) disabled = true;
    if (name === 'QuotaExceededError') writable = false;
    if (!logged) {
      logged = true;
      log(`[provenance-lens] result cache ${disabled ? 'unavailable' : 'degraded'} (${during}: ${name}: ${errorMessage(e)}); pages are analysed without it.`);
    }
  };

  const open = (): Promise<ResultsDatabase> => {
    opened ??= (async () => {
      try {
        const db = options.database();
        await withTimeout(db.open(), options.openTimeoutMs ?? OPEN_TIMEOUT_MS);
        // Entries of another index can never be hit again.
        await db.results.where('indexVersion').notEqual(options.indexVersion()).delete();
        return db;
      } catch (e) {
        // A cache that cannot open will not open on the next page either.
        disabled = true;
        throw e;
      }
    })();
    return opened;
  };

  return {
    get disabled() {
      return disabled;
    },

    async get(key, title, paragraphs) {
      if (disabled) return null;
      try {
        const db = await open();
        const compact = recent.get(key.key) ?? (await db.results.get(key.key))?.report;
        if (!compact) return null;
        const report = restoreReport(compact, title, paragraphs);
        if (!report) return null;
        remember(key.key, compact);
        // The use is recorded for eviction (least recently used first) without keeping the reader
        // waiting: a write transaction's commit costs a revisit more than the read itself.
        if (writable) void db.results.update(key.key, { lastUsed: now() }).catch((e: unknown) => fault('writing', e));
        return report;
      } catch (e) {
        fault('reading', e);
        return null;
      }
    },

    async put(key, report) {
      if (disabled || !writable) return;
      const t = now();
      const entry = { ...key, report: compactReport(report), storedAt: t, lastUsed: t };
      try {
        const db = await open();
        try {
          await db.results.put(entry);
        } catch (e) {
          if (errorName(e) !== 'QuotaExceededError') throw e;
          // Over quota: make room once (half the entries), then give up writing.
          await evict(db, Math.floor((await db.results.count()) / 2));
          await db.results.put(entry);
        }
        remember(key.key, entry.report);
        await evict(db, (await db.results.count()) - max);
      } catch (e) {
        fault('writing', e);
      }
    },
  };
}

async function evict(db: ResultsDatabase, excess: number): Promise<void> {
  if (excess <= 0) return;
  const keys = await db.results.orderBy('lastUsed').limit(excess).primaryKeys();
  await db.results.bulkDelete(keys);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error(`IndexedDB did not open within ${ms} ms (blocked?)`), { name: 'TimeoutError' })), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

// Dexie wraps the DOM error: the useful name may be on `inner`.
function errorName(e: unknown): string {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  if (err?.inner?.name === 'QuotaExceededError' || err?.name === 'QuotaExceededError') return 'QuotaExceededError';
  return err?.name ?? 'Error';
}

function errorMessage(e: unknown): string {
  return (e as { message?: string } | null)?.message?.split('\n')[0] ?? String(e);
}
