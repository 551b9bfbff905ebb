import seedIndexFile from './generated/seed-index.json';
import { deserializeIndex } from './serialize';
import type { ProvenanceIndex } from './model';
import { filterTables } from './key-filter';

let loaded: ProvenanceIndex | null = null;

/**
 * The index bundled with the extension, built from seeds/ at build time.
 * Decoded on first use and kept: the background loads it once per
 * service-worker life, not at import. Its tables go behind key filters built
 * from their keys, as a pack's are: most of a page's fingerprints, quote
 * grams and terms are in no table, and a filter turns them down without a
 * bucket decode (matching the corpus pages: 0.89 and 0.93 of the time).
 */
export function seedIndex(): ProvenanceIndex {
  if (!loaded) {
    loaded = deserializeIndex(seedIndexFile as object);
    filterTables(loaded);
  }
  return loaded;
}
