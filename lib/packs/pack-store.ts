import { MAX_PACK_BYTES, PackError, readPack, type PackMeta } from '../index/pack';
import type { ResultsDatabase, StoredPack } from '../cache/database';
import { fail, ok, type Result } from '../messages';

/** The bundled index's segment id (a pack's is `pack:<checksum>`). */
export const BUNDLED_SET_ID = 'bundled';

/** The setting that keeps the bundled index on or off (on where never set). */
const BUNDLED_ENABLED = 'bundledEnabled';

/** A pack's segment id. */
export const packSetId = (meta: Pick<PackMeta, 'checksum'>): string => `pack:${meta.checksum}`;

/**
 * The sentence a file over the size limit gets, before a byte of it is read
 * (null where its size is fine): a pack larger than `MAX_PACK_BYTES` is refused.
 */
export function oversizeMessage(bytes: number): string | null {
  if (bytes <= MAX_PACK_BYTES) return null;
  return `This file is ${megabytes(bytes)}, larger than the ${megabytes(MAX_PACK_BYTES)} a pack may hold: nothing was imported.`;
}

/**
 * The source sets kept in the `provenance-lens` database: imported packs
 * (listing and bytes) and the bundled index's switch. Used by the options
 * page (import, toggle, remove) and the background (what is enabled).
 */
export interface PackStore {
  /** Every imported pack, oldest import first. */
  list(): Promise<StoredPack[]>;
  /**
   * Checks the file whole (`readPack`), then stores it, on, in one transaction:
   * a bad file, a pack already imported (refused: its id is its checksum, so it is
   * the same pack) or a full disk stores nothing and changes nothing stored.
   */
  importPack(bytes: Uint8Array, now?: number): Promise<Result<StoredPack>>;
  /** Turns a set (`bundled` or a pack's id) on or off; false where there is no such set. */
  setEnabled(id: string, enabled: boolean): Promise<boolean>;
  /** Removes a pack and its bytes; false where there was none (the bundled index cannot be removed). */
  remove(id: string): Promise<boolean>;
  /** Whether the bundled index is on (it is, until turned off). */
  bundledEnabled(): Promise<boolean>;
  /** A stored pack's file, as imported; null where it is gone. */
  packBytes(id: string): Promise<Uint8Array | null>;
}

/** The store over a database (created, not necessarily open: the store opens it on first use). */
export function createPackStore(db: ResultsDatabase): PackStore {
  // The database is created with autoOpen off (the result cache times its opening): opened here once.
  let opening: Promise<unknown> | null = null;
  const open = () => (opening ??= db.isOpen() ? Promise.resolve() : db.open());
  return {
    async list() {
      await open();
      return db.packs.orderBy('importedAt').toArray();
    },

    async importPack(bytes, now = Date.now()) {
      const tooLarge = oversizeMessage(bytes.length);
      if (tooLarge) return fail(tooLarge);
      let meta: PackMeta;
      try {
        meta = readPack(bytes).meta;
      } catch (e) {
        if (e instanceof PackError) return fail(`${e.message} Nothing was imported.`);
        return fail(`This file could not be read as a pack (${errorMessage(e)}): nothing was imported.`);
      }
      const pack: StoredPack = { id: packSetId(meta), meta, enabled: true, importedAt: now };
      const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
      try {
        await open();
        const already = await db.transaction('rw', db.packs, db.packData, async () => {
          const existing = await db.packs.get(pack.id);
          if (existing) return existing;
          await db.packData.add({ id: pack.id, bytes: buffer as ArrayBuffer });
          await db.packs.add(pack);
          return null;
        });
        if (already) return fail(`This pack is already imported, as “${already.meta.name}”: nothing was changed.`);
        return ok(pack);
      } catch (e) {
        // The transaction was aborted: neither table kept anything of it.
        if (isQuotaError(e)) {
          return fail(
            `There is not enough storage space for this pack (${megabytes(bytes.length)}): nothing was stored. Free some disk space or remove a pack, then import it again.`,
          );
        }
        return fail(`The pack could not be stored (${errorMessage(e)}): nothing was stored.`);
      }
    },

    async setEnabled(id, enabled) {
      await open();
      if (id === BUNDLED_SET_ID) {
        await db.settings.put({ key: BUNDLED_ENABLED, value: enabled });
        return true;
      }
      return (await db.packs.update(id, { enabled })) === 1;
    },

    async remove(id) {
      if (id === BUNDLED_SET_ID) return false;
      await open();
      return db.transaction('rw', db.packs, db.packData, async () => {
        const had = (await db.packs.get(id)) !== undefined;
        await db.packs.delete(id);
        await db.packData.delete(id);
        return had;
      });
    },

    async bundledEnabled() {
      await open();
      return (await db.settings.get(BUNDLED_ENABLED))?.value !== false;
    },

    async packBytes(id) {
      await open();
      const row = await db.packData.get(id);
      return row ? new Uint8Array(row.bytes) : null;
    },
  };
}

// "3.4 MB": sizes as the messages give them (decimal megabytes).
function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : Math.max(0.1, Math.round(mb * 10) / 10)} MB`;
}

// Dexie wraps the DOM error: the quota's name may be on `inner`, or on the abort's cause.
function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}

function errorMessage(e: unknown): string {
  return (e as { message?: string } | null)?.message?.split('\n')[0] ?? String(e);
}
