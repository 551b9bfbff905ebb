import type { Origin } from '../index/model';
import type { IndexSummary } from '../index/describe';
import type { StoredPack } from '../cache/database';
import { BUNDLED_SET_ID, type PackStore } from './pack-store';

/** One row of the options page: a source set, whatever its origin. */
export interface SourceSetView extends IndexSummary {
  /** `bundled` or `pack:<checksum>`: the `data-source-set` hook. */
  id: string;
  origin: Origin;
  name: string;
  /** Size on disk (the bundled index file, or the pack file as imported). */
  bytes: number;
  enabled: boolean;
  /** Packs can be removed; the bundled index only turned off. */
  removable: boolean;
}

/** What the options page knows of the bundled index without asking the background: its summary and file size. */
export interface BundledSummary extends IndexSummary {
  bytes: number;
}

/** A stored pack as a row. */
export function packSet(pack: StoredPack): SourceSetView {
  const { name, articles, outlets, firstPublished, lastPublished, bytes } = pack.meta;
  return { id: pack.id, origin: 'pack', name, articles, outlets, firstPublished, lastPublished, bytes, enabled: pack.enabled, removable: true };
}

/** Every source set, the bundled index first, then packs in import order. */
export async function listSourceSets(store: PackStore, bundled: () => BundledSummary): Promise<SourceSetView[]> {
  const [bundledOn, packs] = await Promise.all([store.bundledEnabled(), store.list()]);
  const b = bundled();
  return [{ ...b, id: BUNDLED_SET_ID, origin: 'bundled', name: 'Bundled index', enabled: bundledOn, removable: false }, ...packs.map(packSet)];
}
