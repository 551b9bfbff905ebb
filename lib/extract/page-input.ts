import { extractArticle } from './extract-article';
import type { PageInput } from '../match/match-page';
import { collapseWhitespace } from '../text/normalize';

/**
 * A parsed HTML document as the matcher's input: Readability's article,
 * split into paragraphs. `force` extracts even a page that
 * `isProbablyReaderable` turns down (the `check` command and the index
 * builder read every page they are given; the content script does not).
 */
export function pageFromDocument(doc: Document, url: string | null, force: boolean): PageInput & { siteName: string | null; publishedTime: string | null } {
  const article = extractArticle(doc, { force });
  return {
    title: article.title,
    readerable: article.readerable,
    paragraphs: article.paragraphs.map((p) => p.text),
    url,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
  };
}

/**
 * A plain-text article as the matcher's input: paragraphs are separated by
 * blank lines or single line breaks, so every non-empty line is one. The
 * title is the first line where it reads as a headline (short, no final stop).
 * Text with no words at all (white space only) is no article.
 */
export function pageFromText(text: string, url: string | null = null): PageInput {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .map(collapseWhitespace)
    .filter(Boolean);
  const first = paragraphs[0] ?? '';
  const headline = first && first.split(' ').length <= 20 && !/[.!?:]["'\u201d\u2019]?$/.test(first);
  return { title: headline ? first : null, readerable: paragraphs.length > 0, paragraphs, url };
}
