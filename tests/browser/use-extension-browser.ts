import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, SCREENSHOT_DIR, startPageServer, type ExtensionBrowser, type LaunchOptions, type PageServer } from './harness';

/** A test file's browser and page server, read through getters once `beforeAll` has run. */
export interface ExtensionSession {
  readonly browser: ExtensionBrowser;
  readonly server: PageServer;
}

/**
 * The one browser-test launcher: registers the file's `beforeAll` (page
 * server, Chromium with the built extension, the screenshot folder) and
 * `afterAll` (both closed), and returns their accessors. One browser per
 * file: launching is the slow part. Kept apart from harness.ts, which
 * scripts import outside vitest.
 */
export function useExtensionBrowser(options: LaunchOptions = {}): ExtensionSession {
  let browser: ExtensionBrowser | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    server = await startPageServer();
    browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is launched in beforeAll: use it inside a test');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the page server starts in beforeAll: use it inside a test');
      return server;
    },
  };
}
