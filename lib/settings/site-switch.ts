import { browser } from 'wxt/browser';

/**
 * The per-site switch: hosts on which the reader turned analysis off. Kept in
 * `storage.local` (it is a preference, it should outlive the session), read by
 * the content script before it extracts anything. Read and written with the
 * storage API itself: one key, one list, and the content script stays small
 * (WXT's storage wrapper was a quarter of our own code in it).
 */
const KEY = 'disabledSites';

async function disabledSites(): Promise<string[]> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/** The host a switch applies to: the page's hostname without a leading "www.". */
export function siteKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/** Whether the reader turned analysis off for this page's site. */
export async function isSiteDisabled(url: string): Promise<boolean> {
  const key = siteKey(url);
  return !!key && (await disabledSites()).includes(key);
}

/** Turns analysis off (or back on) for a page's site. */
export async function setSiteDisabled(url: string, disabled: boolean): Promise<void> {
  const key = siteKey(url);
  if (!key) return;
  const sites = new Set(await disabledSites());
  if (disabled) sites.add(key);
  else sites.delete(key);
  await browser.storage.local.set({ [KEY]: [...sites].sort() });
}
