import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHtmlDocument } from '../../lib/node/parse-html';
import { pageFromDocument } from '../../lib/extract/page-input';
import { EXTRACT_LIMITS } from '../../lib/extract/extract-article';
import { matchPage, type PageInput } from '../../lib/match/match-page';
import type { ProvenanceIndex } from '../../lib/index/model';
import type { PageReport } from '../../lib/types';

/**
 * The two sides the bench compares. Both parse the page the same way
 * (linkedom), and both run Readability on every page with the options our
 * extraction uses (the article element handed back rather than serialised to
 * HTML), so their difference is exactly our own work: paragraph splitting,
 * furniture checks and the three matching tiers.
 */

/** Readability alone: `isProbablyReaderable`, then `new Readability(doc.cloneNode(true)).parse()`. */
export function readabilityAlone(html: string, url: string): boolean {
  const doc = parseHtmlDocument(html, url);
  let readerable: boolean;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  try {
    new Readability(
      doc.cloneNode(true) as Document,
      {
        maxElemsToParse: EXTRACT_LIMITS.maxElems,
        serializer: (el: Node) => el,
      } as ConstructorParameters<typeof Readability>[1],
    ).parse();
  } catch {
    // Past maxElemsToParse Readability throws; our extraction gives up there too.
  }
  return readerable;
}

/** The full pipeline: the same parse, our extraction (Readability inside, forced), then matching against `index`. */
export function fullPipeline(html: string, url: string, index: ProvenanceIndex): PageReport {
  const page = pageFromDocument(parseHtmlDocument(html, url), url, true);
  return matchPage(page, index);
}

/** The page as matching receives it, for timing matching alone. */
export function extractForMatching(html: string, url: string): PageInput {
  const { title, readerable, paragraphs } = pageFromDocument(parseHtmlDocument(html, url), url, true);
  return { title, readerable, paragraphs, url };
}
