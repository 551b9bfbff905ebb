import seedIndexFile from './generated/seed-index.json';
import { deserializeIndex } from './serialize';
import type { ProvenanceIndex } from './model';

let loaded: ProvenanceIndex | null = null;

/**
 * The index bundled with the extension, built from seeds/ at build time.
 * Decoded on first use and kept: the background loads it once per
 * service-worker life, not at import.
 */
export function seedIndex(): ProvenanceIndex {
  loaded ??= deserializeIndex(seedIndexFile as object);
  return loaded;
}
