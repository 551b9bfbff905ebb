import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Preact has no official WXT module: the Vite preset is the documented way.
  vite: () => ({
    plugins: [preact()],
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
