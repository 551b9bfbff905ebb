import { storage, type WxtStorageItem } from 'wxt/utils/storage';

/**
 * The per-site switch: hosts on which the reader turned analysis off. Kept in
 * `storage.local` (it is a preference, it should outlive the session), read by
 * the content script before it extracts anything.
 */
type DisabledSites = string[];

let item: WxtStorageItem<DisabledSites, Record<string, never>> | null = null;

// Defined on first use, not at import: WXT imports entrypoints in Node at build time.
function disabledSites() {
  item ??= storage.defineItem<DisabledSites>('local:disabledSites', { fallback: [], version: 1 });
  return item;
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
  return !!key && (await disabledSites().getValue()).includes(key);
}

/** Turns analysis off (or back on) for a page's site. */
export async function setSiteDisabled(url: string, disabled: boolean): Promise<void> {
  const key = siteKey(url);
  if (!key) return;
  const sites = new Set(await disabledSites().getValue());
  if (disabled) sites.add(key);
  else sites.delete(key);
  await disabledSites().setValue([...sites].sort());
}
