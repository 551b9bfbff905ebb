import { isSiteDisabled } from '../settings/site-switch';
import { collapseWhitespace } from '../text/normalize';
import { extractPage, type PageExtract } from './extract-page';

/**
 * The per-site switch, honoured before any extraction: on a site the reader
 * turned off, nothing of the page is read; the background is only told so
 * (it shows "off on this site" and clears the badge).
 */
export async function extractUnlessDisabled(
  doc: Document,
  url: string,
  disabled: (url: string) => Promise<boolean> = isSiteDisabled, // test seam
  extract: (doc: Document) => Promise<PageExtract> = extractPage, // test seam
): Promise<PageExtract> {
  if (await disabled(url).catch(() => false)) {
    return { submission: { title: collapseWhitespace(doc.title ?? '') || null, readerable: false, paragraphs: [], disabled: true }, elements: [] };
  }
  return extract(doc);
}
