import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { messenger } from '../lib/messages';
import { seedIndex } from '../lib/index/seed-index';
import { createResultsDatabase } from '../lib/cache/database';
import { createResultCache } from '../lib/cache/result-cache';
import { resultsVersion } from '../lib/cache/results-version';
import { createTabStore } from '../lib/background/tab-store';
import { createAnalysisService } from '../lib/background/analysis-service';
import { createBackgroundHandlers } from '../lib/background/handlers';
import { BADGE_COLOR } from '../lib/background/badge';
import { createSegmentSource } from '../lib/background/segment-source';
import { createPackStore } from '../lib/packs/pack-store';
import { createMemoryStore, type MemoryStore } from '../lib/memory/memory-store';
import { createMemoryRecorder } from '../lib/memory/memory-recorder';

// Wiring only: the analysis lives in lib/background. Listeners are added
// synchronously at start so that an event wakes a stopped service worker.
export default defineBackground(() => {
  // MV3's `action` is MV2's `browserAction` (the Firefox build).
  const action = browser.action ?? browser.browserAction;
  // The bundled index and the enabled packs, read from IndexedDB on first use (a restarted worker reads them again).
  // One memory store (one connection) shared by the segment source and the recorder.
  let memory: MemoryStore | null = null;
  // A merge's pauses call the extension API: pages are answered meanwhile, and the call resets the idle timer
  // that stops a worker after 30 s without events or API calls (a large merge takes longer).
  const pause = () => browser.runtime.getPlatformInfo().then(() => undefined);
  const memoryStore = () => (memory ??= createMemoryStore(createResultsDatabase(), { pause }));
  const segments = createSegmentSource({ bundled: seedIndex, packs: () => createPackStore(createResultsDatabase()), memory: memoryStore });
  const recorder = createMemoryRecorder({ store: memoryStore, changed: () => service.sourcesChanged() });
  const service = createAnalysisService({
    index: () => segments.load(),
    cache: createResultCache({ database: () => createResultsDatabase(), indexVersion: () => resultsVersion(segments.version()) }),
    // storage.session: Chrome 102+, Firefox 115+; without it, reports are kept in memory only.
    tabs: createTabStore(browser.storage.session ?? null),
    setBadge: async (tabId, text) => {
      try {
        await action.setBadgeText({ tabId, text });
      } catch {
        // The tab closed meanwhile: it has no badge to set.
      }
    },
    remember: (url, page) => recorder.remember(url, page),
    askResubmit: (tabId) =>
      messenger
        .sendMessage('resubmit', {}, { tabId, frameId: 0 })
        .then((r) => r?.ok === true)
        .catch(() => false),
  });
  const handlers = createBackgroundHandlers(service, { id: browser.runtime.id, origin: browser.runtime.getURL('/') });

  messenger.onMessage('analysePage', handlers.analysePage);
  messenger.onMessage('getTabReport', handlers.getTabReport);
  messenger.onMessage('sourceSetsChanged', handlers.sourceSetsChanged);
  messenger.onMessage('memoryChanged', handlers.memoryChanged);

  // A navigation in the tab (Chrome reports same-document ones too): the old report and badge no
  // longer apply. Without the "tabs" permission the new address is not visible here; the content
  // script (a new one, or the same one after a history navigation) submits the page again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void service.navigated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.removed(tabId));

  void action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
});
