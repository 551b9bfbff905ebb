import { extractArticle } from '../extract/extract-article';
import { liveElementFor } from '../extract/map-to-live';
import type { PageSubmission } from '../messages';
import { collapseWhitespace } from '../text/normalize';
import { pageMetadata } from '../extract/page-metadata';
import { yieldToPage } from './yield-to-page';

/** The article as the content script sends it, with each paragraph's element on the live page. */
export interface PageExtract {
  submission: PageSubmission;
  /** `elements[i]` is paragraph i's live element, or null where it could not be found. */
  elements: Array<Element | null>;
}

/** Paragraphs mapped to live elements between two yields to the page. */
export const MAP_CHUNK = 40;

/**
 * Extracts the live page's article (`isProbablyReaderable`, then Readability
 * on a clone) and maps each paragraph back to its live element. Readability
 * itself runs in one piece; the mapping runs in chunks with `pause()` between.
 */
export async function extractPage(doc: Document, pause: () => Promise<void> = yieldToPage /* test seam */): Promise<PageExtract> {
  await pause();
  const article = extractArticle(doc, { pairs: true });
  if (!article.readerable) {
    return { submission: { title: collapseWhitespace(doc.title ?? '') || null, readerable: false, paragraphs: [] }, elements: [] };
  }
  const elements: Array<Element | null> = [];
  for (let i = 0; i < article.paragraphs.length; i++) {
    if (i > 0 && i % MAP_CHUNK === 0) await pause();
    elements.push(article.pairs ? liveElementFor(article.paragraphs[i]!, article.pairs, doc) : null);
  }
  return {
    submission: {
      title: article.title,
      readerable: true,
      paragraphs: article.paragraphs.map((p) => p.text),
      // Outlet and date from the page's own markup, as for packs (the address is the background's to know).
      meta: metaOf(doc, article),
    },
    elements,
  };
}

function metaOf(doc: Document, article: { siteName: string | null; publishedTime: string | null }): { outlet: string | null; published: string | null } {
  const m = pageMetadata(doc, doc.URL || null, { siteName: article.siteName, publishedTime: article.publishedTime });
  return { outlet: m.outlet, published: m.published };
}
