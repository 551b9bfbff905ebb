import { parseHTML } from 'linkedom';

/**
 * Parses an HTML page into a DOM in Node (linkedom: fast, no layout), with its
 * address as base URL so Readability resolves links as a browser would.
 * Always a whole document, as a browser builds one: markup without an
 * `<html>` root (HTML lets a page leave out html, head and body) is read
 * inside one, where linkedom alone would keep only its first element.
 */
export function parseHtmlDocument(html: string, url?: string | null): Document {
  let { document } = parseHTML(html);
  if (document.documentElement?.localName !== 'html') {
    document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
    // The page's <title> then sits in the body; a browser puts it in the head, where document.title reads it.
    const title = document.body.querySelector('title');
    if (title) document.head.append(title);
  }
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

/**
 * Whether text holds any markup: a tag, comment or declaration (`<` then a
 * letter, `/`, `!` or `?`). White space, a text export saved as `.html`, or a
 * PDF's first bytes hold none, and are read as plain text instead.
 */
export function hasMarkup(text: string): boolean {
  return /<[a-zA-Z/!?]/.test(text);
}
