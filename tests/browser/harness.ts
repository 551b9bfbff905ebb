import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../lib/node/chromium-path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser as ExtensionApi } from 'wxt/browser';

// What `chrome` is inside the service worker, where `evaluate` callbacks run.
declare const chrome: typeof ExtensionApi;

/** The built extension (`npm run build` writes it). */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
/** The demo and test pages. */
export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A static server on 127.0.0.1 (a random free port) for the fixture pages, plus pages a test adds. */
export interface PageServer {
  origin: string;
  url(path: string): string;
  /** Serves `html` at `path` (e.g. "/generated/long.html"). */
  addPage(path: string, html: string): void;
  close(): Promise<void>;
}

/** Starts the page server. Only 127.0.0.1: nothing leaves the machine. */
export async function startPageServer(dir = PAGES_DIR): Promise<PageServer> {
  const extra = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const added = extra.get(path);
    if (added !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(added);
      return;
    }
    // SPA-style addresses of a fixture (`/spa/...`) serve the fixture itself.
    const file = normalize(join(dir, path.replace(/^\/spa\/.*$/, '/spa-article.html')));
    if (!file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    addPage: (path, html) => void extra.set(path.startsWith('/') ? path : `/${path}`, html),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export { chromiumPath };

/** A browser with the extension loaded, and handles on its parts. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker. */
  worker: Worker;
  extensionId: string;
  /** Every URL requested by pages and workers of the context, in order. */
  requests: string[];
  /** The tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `popup.html?tab=<id>` in a new page. */
  openPopup(tabId: number): Promise<Page>;
  /** The toolbar badge text of a tab, read through the service worker. */
  badgeText(tabId: number): Promise<string>;
  /** Reloads the extension (`runtime.reload()`), as an update or a developer would. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Viewport of new pages. */
  viewport?: { width: number; height: number };
  /** A profile folder to use and keep (to launch again on it, as after an update); by default a fresh one, removed on close. */
  profileDir?: string;
}

/** Launches Chromium (headless unless told otherwise) with the built extension in a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first`);
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'provenance-lens-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => void requests.push(r.url()));
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  const currentWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));

  return {
    context,
    worker,
    extensionId,
    requests,
    async tabIdOf(page) {
      // Without the "tabs" permission the extension cannot see tabs' addresses,
      // so the page is brought to the front and the active tab is its tab.
      await page.bringToFront();
      const sw = await currentWorker();
      const id = await sw.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (id === null) throw new Error(`no tab found for ${page.url()}`);
      return id;
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return popup;
    },
    async badgeText(tabId) {
      const sw = await currentWorker();
      return sw.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async reloadExtension() {
      const sw = await currentWorker();
      // The worker goes away mid-call: that is the point.
      await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    },
    async close() {
      await context.close();
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Where browser tests save screenshots (looked at by people, not compared). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

/** The popup as tests read it: its state, outlet rows and matched paragraphs (the extension contract's hooks). */
export interface PopupReading {
  state: string | null;
  fromCache: string | null;
  outlets: Array<{ sourceId: string; paragraphs: number }>;
  /** Paragraph index → its matches, in the popup's order. */
  paragraphs: Record<number, Array<{ sourceId: string; kind: string }>>;
  text: string;
}

/** Waits until the popup's root has left `pending`, then reads it. */
export async function readPopup(popup: Page, timeout = 20_000): Promise<PopupReading> {
  await popup.locator('[data-state]:not([data-state="pending"])').waitFor({ timeout });
  return popup.evaluate(() => {
    const root = document.querySelector('[data-state]')!;
    const paragraphs: Record<number, Array<{ sourceId: string; kind: string }>> = {};
    for (const p of document.querySelectorAll('[data-paragraph-index]')) {
      paragraphs[Number(p.getAttribute('data-paragraph-index'))] = [...p.querySelectorAll('[data-source-id][data-kind]')].map((m) => ({
        sourceId: m.getAttribute('data-source-id')!,
        kind: m.getAttribute('data-kind')!,
      }));
    }
    return {
      state: root.getAttribute('data-state'),
      fromCache: root.getAttribute('data-from-cache'),
      outlets: [...document.querySelectorAll('[data-source-id][data-paragraphs]')].map((o) => ({
        sourceId: o.getAttribute('data-source-id')!,
        paragraphs: Number(o.getAttribute('data-paragraphs')),
      })),
      paragraphs,
      text: root.textContent ?? '',
    };
  });
}

/** The paragraph indexes of the markers on a page, in page order. */
export function markerIndexes(page: Page): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll('provenance-lens-marker')].map((m) => Number(m.getAttribute('data-paragraph-index'))));
}

/**
 * Records, from DOMContentLoaded on, every change to the page's DOM (in the
 * page's own world, as a page script would see it). Call before `goto`.
 */
export async function recordMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = seen;
    const describe = (n: Node) => (n.nodeType === 1 ? (n as Element).localName : `#${n.nodeName}`);
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          const nodes = [...r.addedNodes].map((n) => `+${describe(n)}`).concat([...r.removedNodes].map((n) => `-${describe(n)}`));
          seen.push([r.type, describe(r.target), r.attributeName ?? '', ...nodes].filter(Boolean).join(' '));
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
}

/** The mutations `recordMutations` saw so far. */
export function mutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations ?? []);
}
