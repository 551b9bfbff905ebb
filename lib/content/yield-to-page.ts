/**
 * Gives the page's own work a turn: `scheduler.yield()` where the browser has
 * it (Chrome 129+: the continuation keeps its priority), else a macrotask.
 * Long articles are extracted and mapped in chunks with a yield between them
 * so the page never freezes under the extension.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
