/** The parts of a message sender the background trusts (filled in by the browser, not by the page). */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; incognito?: boolean };
}

/**
 * The address of the page a content script speaks for: the browser's record
 * of the sending frame (`sender.url`, else the tab's), never anything in the
 * message body. Only http(s) pages count; the fragment is dropped (a jump to
 * a heading is the same article).
 */
export function senderPageAddress(sender: SenderInfo): string | null {
  const raw = sender.url ?? sender.tab?.url;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}
