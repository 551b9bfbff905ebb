import { parseHTML } from 'linkedom';

/**
 * Parses an HTML page into a DOM in Node (linkedom: fast, no layout), with its
 * address as base URL so Readability resolves links as a browser would.
 */
export function parseHtmlDocument(html: string, url?: string | null): Document {
  const { document } = parseHTML(html);
  if (url) {
    // linkedom has no documentURI/baseURI of its own; Readability reads both.
    for (const prop of ['documentURI', 'baseURI', 'URL']) {
      try {
        Object.defineProperty(document, prop, { value: url, configurable: true });
      } catch {
        /* read-only in some builds: Readability then keeps relative links */
      }
    }
  }
  return document as unknown as Document;
}
