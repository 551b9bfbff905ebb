import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// A hash of the code that makes a report (lib/): cached reports are stored under it with the
// index's hash, so an update that changes matching does not serve reports of the old code
// (lib/cache/results-version.ts).
function matcherBuild(): string {
  const hash = createHash('sha256');
  const files = (readdirSync('lib', { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((f) => f.isFile() && f.name.endsWith('.ts'))
    .map((f) => join(f.parentPath, f.name))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Preact has no official WXT module: the Vite preset is the documented way.
  vite: () => ({
    plugins: [preact()],
    define: { __MATCHER_BUILD__: JSON.stringify(matcherBuild()) },
  }),
  manifest: ({ browser }) => ({
    name: 'Provenance Lens',
    description:
      'Shows, paragraph by paragraph, which other outlets carried the same passages, quotes and claims as the news article you are reading. Nothing you browse leaves your browser.',
    // Why each permission: see README "Permissions".
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'provenance-lens@example.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
