import type { ProvenanceIndex } from '../index/model';
import type { MemoryStore } from '../memory/memory-store';
import { openMemorySegment } from '../memory/memory-segment';
import { readPack } from '../index/pack';
import { composeIndex, type Segment } from '../index/segments';
import type { PackStore } from '../packs/pack-store';
import { BUNDLED_SET_ID } from '../packs/pack-store';

/** What the source needs: the bundled index and the stored packs; each a test seam. */
export interface SegmentSourceDeps {
  bundled: () => ProvenanceIndex;
  /** Creates the packs' store (called once, on first load); null where IndexedDB cannot be had (then only the bundled index is read). */
  packs: () => PackStore | null;
  /** The reading memory (its segments are composed after the packs, while it is on); absent or null: none. */
  memory?: () => MemoryStore | null;
  /** Where the one fault message goes. */
  log?: (message: string) => void; // test seam
}

/** The index the background matches against: every enabled source set, composed. */
export interface SegmentSource {
  /**
   * Reads which sets are on from the database and composes them (bundled first,
   * then packs in import order); null where every set is off. A pack is decoded
   * once per service-worker life, however often the sets change.
   */
  load(): Promise<ProvenanceIndex | null>;
  /** The version of the index `load` gave last ('' before the first): what the result cache is keyed by. */
  version(): string;
}

/** Creates the source; nothing is read until `load`. */
export function createSegmentSource(deps: SegmentSourceDeps): SegmentSource {
  const log = deps.log ?? ((m: string) => console.warn(m));
  const decoded = new Map<string, ProvenanceIndex>();
  let last = '';
  // One store, so one database connection, for the worker's life.
  let opened: PackStore | null | undefined;
  let warned = false;

  const segments = async (): Promise<Segment[]> => {
    if (opened === undefined) opened = deps.packs();
    const store = opened;
    if (!store) return [{ id: BUNDLED_SET_ID, origin: 'bundled', index: deps.bundled() }];
    let bundledOn: boolean;
    let packs: Awaited<ReturnType<PackStore['list']>>;
    try {
      [bundledOn, packs] = await Promise.all([store.bundledEnabled(), store.list()]);
    } catch (e) {
      // The database failing must not stop the reader's pages being read: the bundled index still is.
      if (!warned) log(`[provenance-lens] imported packs unavailable (${(e as Error)?.message ?? e}); matching against the bundled index only.`);
      warned = true;
      return [{ id: BUNDLED_SET_ID, origin: 'bundled', index: deps.bundled() }];
    }
    // A pack removed meanwhile need not stay decoded; one turned off may be turned on again.
    for (const id of decoded.keys()) if (!packs.some((p) => p.id === id)) decoded.delete(id);
    const out: Segment[] = bundledOn ? [{ id: BUNDLED_SET_ID, origin: 'bundled', index: deps.bundled() }] : [];
    for (const pack of packs.filter((p) => p.enabled)) {
      const index = decoded.get(pack.id) ?? (await decode(store, pack.id));
      if (index) out.push({ id: pack.id, origin: 'pack', index });
    }
    return [...out, ...(await memorySegments())];
  };

  // The memory's segments, each decoded once (a compaction or a forget gives new segment ids).
  let memoryStore: MemoryStore | null | undefined;
  const memoryDecoded = new Map<string, ProvenanceIndex>();
  const memorySegments = async (): Promise<Segment[]> => {
    if (memoryStore === undefined) memoryStore = deps.memory?.() ?? null;
    if (!memoryStore) return [];
    try {
      if (!(await memoryStore.enabled())) return [];
      const rows = await memoryStore.segments();
      for (const id of memoryDecoded.keys()) if (!rows.some((r) => r.id === id)) memoryDecoded.delete(id);
      return rows.map((r) => {
        let index = memoryDecoded.get(r.id);
        if (!index) memoryDecoded.set(r.id, (index = openMemorySegment(r)));
        return { id: r.id, origin: 'memory' as const, index };
      });
    } catch (e) {
      log(`[provenance-lens] the reading memory could not be read (${(e as Error)?.message ?? e}); it is left out.`);
      return [];
    }
  };

  const decode = async (store: PackStore, id: string): Promise<ProvenanceIndex | null> => {
    try {
      const bytes = await store.packBytes(id);
      if (!bytes) return null;
      const { index } = readPack(bytes);
      decoded.set(id, index);
      return index;
    } catch (e) {
      log(`[provenance-lens] the pack ${id} could not be read (${(e as Error)?.message ?? e}); it is left out.`);
      return null;
    }
  };

  return {
    async load() {
      const sets = await segments();
      const index = sets.length ? composeIndex(sets) : null;
      last = index?.version ?? '';
      return index;
    },
    version: () => last,
  };
}
