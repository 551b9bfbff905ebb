import type { TabReport } from '../messages';

/** The slice of `browser.storage.session` the store uses: a test seam. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Each tab's latest report, kept where a restarted service worker finds it again. */
export interface TabStore {
  get(tabId: number): Promise<TabReport | null>;
  set(tabId: number, report: TabReport): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

/**
 * Memory first, `storage.session` behind it: Chrome stops an idle service
 * worker after ~30 s, and the popup may open minutes after the page was read.
 * Session storage lives in memory, is cleared when the browser quits, and is
 * readable by extension pages only (never by content scripts, by default).
 * A storage fault (quota) leaves the memory copy working; it is logged once.
 */
export function createTabStore(session: SessionArea | null, log: (m: string) => void = (m) => console.warn(m)): TabStore {
  const memory = new Map<number, TabReport>();
  let logged = false;
  const fault = (e: unknown) => {
    if (logged) return;
    logged = true;
    log(`[provenance-lens] session storage failed (${(e as Error)?.message ?? e}); tab reports are kept in memory only.`);
  };
  return {
    async get(tabId) {
      const held = memory.get(tabId);
      if (held || !session) return held ?? null;
      try {
        const stored = (await session.get(keyOf(tabId)))[keyOf(tabId)] as TabReport | undefined;
        if (stored) memory.set(tabId, stored);
        return stored ?? null;
      } catch (e) {
        fault(e);
        return null;
      }
    },
    async set(tabId, report) {
      memory.set(tabId, report);
      try {
        await session?.set({ [keyOf(tabId)]: report });
      } catch (e) {
        fault(e);
      }
    },
    async delete(tabId) {
      memory.delete(tabId);
      try {
        await session?.remove(keyOf(tabId));
      } catch (e) {
        fault(e);
      }
    },
  };
}
