import { fileURLToPath } from 'node:url';

/** Where the build writes the seed index that the extension bundles and `check` reads. */
export const SEED_INDEX_PATH = fileURLToPath(new URL('../index/generated/seed-index.json', import.meta.url));
