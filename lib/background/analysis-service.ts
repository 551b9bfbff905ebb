import type { ProvenanceIndex } from '../index/model';
import { matchPage } from '../match/match-page';
import type { PageAnalysis, PageSubmission, TabReport } from '../messages';
import { cacheKey } from '../cache/cache-key';
import { resultsVersion } from '../cache/results-version';
import type { ResultCache } from '../cache/result-cache';
import type { TabStore } from './tab-store';
import { badgeText } from './badge';

/** What the analysis service needs from the world: each one a test seam. */
export interface AnalysisServiceDeps {
  /**
   * The index (every enabled source set, composed); null where every set is off.
   * Called on first use and kept (decoding it is the service's one big cost) until `sourcesChanged`.
   */
  index: () => ProvenanceIndex | null | Promise<ProvenanceIndex | null>;
  cache: ResultCache;
  tabs: TabStore;
  /** Sets a tab's badge text ('' clears it). */
  setBadge: (tabId: number, text: string) => Promise<void>;
  /** Asks a tab's content script to submit its page again; false where none answers. */
  askResubmit: (tabId: number) => Promise<boolean>;
  now?: () => number; // test seam
  /**
   * Called once a page's report is recorded (never before: the markers never wait on it), for an
   * article outside a private window: the reading memory keeps it where it is on.
   */
  remember?: (url: string, page: PageSubmission) => void;
  /** The matcher (a test counts its calls to see a cache hit skip it). */
  match?: typeof matchPage; // test seam
}

/** The background's whole job, free of messaging and of `browser`. */
export interface AnalysisService {
  /** Analyses a tab's page: cache first, else `matchPage`; records the tab's report and badge. */
  analyse(tabId: number, url: string, page: PageSubmission, where?: { incognito: boolean }): Promise<PageAnalysis | null>;
  /** The tab's latest report; `pending` while its content script works, `error` where none can run. */
  tabReport(tabId: number): Promise<TabReport>;
  /** The tab started loading another document: forget its report and badge. */
  navigated(tabId: number): Promise<void>;
  /** The tab closed. */
  removed(tabId: number): Promise<void>;
  /**
   * A source set was imported, removed, turned on or off: the index is loaded again now, so the
   * next page is matched against the new sets without waiting; resolves once it is loaded (or failed).
   */
  sourcesChanged(): Promise<void>;
}

/** Shown in the popup where no content script runs. */
export const UNSUPPORTED_PAGE_MESSAGE =
  'Provenance Lens cannot read this page. It reads articles on web pages (http and https addresses), ' +
  'not browser pages, the extension store or PDF files. If this page was open before Provenance Lens ' +
  'was installed or updated, reload it.';

/** Shown in the popup when the reader turned every source set off. */
export const NO_SOURCES_MESSAGE = 'Every source set is turned off, so there is nothing to compare this page with. Turn one on in Provenance Lens’s options.';

/** Creates the service. Nothing is loaded until the first page arrives. */
export function createAnalysisService(deps: AnalysisServiceDeps): AnalysisService {
  const now = deps.now ?? (() => performance.now());
  const match = deps.match ?? matchPage;
  // The index being loaded or loaded; a change of the source sets drops it (a load under way is not kept).
  let index: Promise<ProvenanceIndex | null> | null = null;
  // Each tab's newest analysis: an older one that finishes late must not overwrite it.
  const generation = new Map<number, number>();
  const bump = (tabId: number) => {
    const g = (generation.get(tabId) ?? 0) + 1;
    generation.set(tabId, g);
    return g;
  };

  return {
    async analyse(tabId, url, page, where = { incognito: true }) {
      const gen = bump(tabId);
      const current = () => generation.get(tabId) === gen;
      if (page.disabled) {
        await deps.tabs.set(tabId, { state: 'disabled', url });
        await deps.setBadge(tabId, '');
        return null;
      }
      if (!page.readerable) {
        await deps.tabs.set(tabId, { state: 'not-article', url, title: page.title });
        await deps.setBadge(tabId, '');
        return null;
      }
      const started = now();
      await deps.tabs.set(tabId, { state: 'pending' });
      try {
        const loading = (index ??= Promise.resolve(deps.index()));
        const matchIndex = await loading.catch((e: unknown) => {
          if (index === loading) index = null;
          throw e;
        });
        if (!matchIndex) {
          if (current()) {
            await deps.tabs.set(tabId, { state: 'error', reason: 'no-sources', message: NO_SOURCES_MESSAGE });
            await deps.setBadge(tabId, '');
          }
          return null;
        }
        const ms = (t: number) => Math.round(t * 10) / 10;
        const lookupStarted = now();
        const key = await cacheKey({ url, title: page.title, paragraphs: page.paragraphs, indexVersion: resultsVersion(matchIndex.version) });
        let report = await deps.cache.get(key, page.title, page.paragraphs);
        const lookupMs = ms(now() - lookupStarted);
        const fromCache = report !== null;
        let matchMs: number | null = null;
        if (!report) {
          const matchStarted = now();
          report = match({ title: page.title, readerable: page.readerable, paragraphs: page.paragraphs, url }, matchIndex);
          matchMs = ms(now() - matchStarted);
          await deps.cache.put(key, report);
        }
        const elapsedMs = ms(now() - started);
        if (current()) {
          await deps.tabs.set(tabId, { state: report.outlets.length ? 'matched' : 'none', url, report, fromCache, elapsedMs, timings: { lookupMs, matchMs } });
          await deps.setBadge(tabId, badgeText(report));
        }
        if (!where.incognito && page.paragraphs.length) deps.remember?.(url, page);
        return { report, fromCache };
      } catch (e) {
        if (current()) {
          await deps.tabs.set(tabId, {
            state: 'error',
            reason: 'failed',
            message: `Provenance Lens could not analyse this page: ${(e as Error)?.message ?? e}`,
          });
          await deps.setBadge(tabId, '');
        }
        throw e;
      }
    },

    async tabReport(tabId) {
      const held = await deps.tabs.get(tabId);
      if (held) return held;
      // Nothing recorded: either the content script is at work (or its report
      // was lost with a storage fault), or no content script runs in the tab.
      return (await deps.askResubmit(tabId)) ? { state: 'pending' } : { state: 'error', reason: 'unsupported-page', message: UNSUPPORTED_PAGE_MESSAGE };
    },

    async navigated(tabId) {
      bump(tabId);
      await deps.tabs.delete(tabId);
      await deps.setBadge(tabId, '');
    },

    async removed(tabId) {
      generation.delete(tabId);
      await deps.tabs.delete(tabId);
    },

    async sourcesChanged() {
      const loading = Promise.resolve().then(deps.index);
      index = loading;
      // A failed load is not kept: the next analysis tries again, and reports its error.
      await loading.then(
        () => undefined,
        () => {
          if (index === loading) index = null;
        },
      );
    },
  };
}
