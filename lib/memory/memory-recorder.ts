import type { PageSubmission } from '../messages';
import type { MemoryStore } from './memory-store';

/** What the recorder works with; each a test seam. */
export interface MemoryRecorderDeps {
  store: () => MemoryStore | null;
  /** Told after an article was stored (the index is to be composed again). */
  changed: () => Promise<void> | void;
  log?: (message: string) => void;
}

/**
 * Keeps an analysed article in the reading memory where it is on: adds run one
 * at a time, after the page's report, then the segments are compacted. A fault
 * (quota, a blocked database) is logged and loses nothing already stored.
 * Returns `remember` and `idle` (resolves when every add so far is done: for tests).
 */
export function createMemoryRecorder(deps: MemoryRecorderDeps): { remember: (url: string, page: PageSubmission) => void; idle: () => Promise<void> } {
  const log = deps.log ?? ((m: string) => console.warn(m));
  let queue: Promise<void> = Promise.resolve();
  const remember = (url: string, page: PageSubmission) => {
    queue = queue.then(async () => {
      try {
        const store = deps.store();
        if (!store || !(await store.enabled())) return;
        const outcome = await store.add({
          url,
          title: page.title,
          outlet: page.meta?.outlet ?? null,
          published: page.meta?.published ?? null,
          paragraphs: page.paragraphs,
        });
        if (outcome === 'unchanged') return;
        await store.compact();
        await deps.changed();
      } catch (e) {
        log(`[provenance-lens] this page could not be kept in the reading memory (${(e as Error)?.message ?? e}); nothing stored was lost.`);
      }
    });
  };
  return { remember, idle: () => queue };
}
