import { fail, ok, type PageAnalysis, type Result, type TabReport } from '../messages';
import type { AnalysisService } from './analysis-service';
import { senderPageAddress, type SenderInfo } from './page-address';
import { validateSubmission } from './submission';

/** Who the background is: its extension id and the origin of its own pages. */
export interface Identity {
  /** `browser.runtime.id`. */
  id: string;
  /** `browser.runtime.getURL('/')`: extension pages' addresses start with it. */
  origin: string;
}

/** A received message as the handlers read it. */
export interface Received {
  data: unknown;
  sender: SenderInfo;
}

/** The background's message handlers: each checks who is asking before it answers. */
export interface BackgroundHandlers {
  analysePage(message: Received): Promise<Result<PageAnalysis | null>>;
  getTabReport(message: Received): Promise<Result<TabReport>>;
  sourceSetsChanged(message: Received): Promise<Result<true>>;
  memoryChanged(message: Received): Promise<Result<true>>;
}

/**
 * Binds the analysis service to the message protocol. Only this extension's
 * own contexts are answered (`sender.id`); a page's submission must come from
 * a content script in a tab's top frame, and its address is the browser's
 * record of the sender; tab reports go only to extension pages (a content
 * script could otherwise read what other tabs are reading).
 */
export function createBackgroundHandlers(service: AnalysisService, self: Identity): BackgroundHandlers {
  const fromExtensionPage = (sender: SenderInfo) => sender.id === self.id && !!sender.url?.startsWith(self.origin);
  return {
    async analysePage({ data, sender }) {
      if (sender.id !== self.id) return fail('not from this extension');
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0 || (sender.frameId ?? 0) !== 0) return fail('not from a tab’s top frame');
      const url = senderPageAddress(sender);
      if (!url) return fail('only http and https pages are analysed');
      const page = validateSubmission(data);
      if (typeof page === 'string') return fail(`refused: ${page}`);
      try {
        // A private window is the browser's word (the sender's tab), never the page's.
        return ok(await service.analyse(tabId, url, page, { incognito: sender.tab?.incognito !== false }));
      } catch (e) {
        return fail(`analysis failed: ${(e as Error)?.message ?? e}`);
      }
    },

    async getTabReport({ data, sender }) {
      if (!fromExtensionPage(sender)) return fail('only the extension’s own pages may ask');
      const tabId = (data as { tabId?: unknown } | null)?.tabId;
      if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return fail('no tab given');
      try {
        return ok(await service.tabReport(tabId));
      } catch (e) {
        return fail(`could not read the tab’s report: ${(e as Error)?.message ?? e}`);
      }
    },

    // A content script must not be able to make the background drop its index.
    async sourceSetsChanged({ sender }) {
      if (!fromExtensionPage(sender)) return fail('only the extension’s own pages may ask');
      await service.sourcesChanged();
      return ok(true as const);
    },

    async memoryChanged({ sender }) {
      if (!fromExtensionPage(sender)) return fail('only the extension’s own pages may ask');
      await service.sourcesChanged();
      return ok(true as const);
    },
  };
}
