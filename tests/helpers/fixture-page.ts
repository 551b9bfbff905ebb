import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../../lib/node/parse-html';
import { extractArticle } from '../../lib/extract/extract-article';
import type { PageSubmission } from '../../lib/messages';

/** The demo and browser-test pages. */
export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

/** A fixture page's HTML. */
export function fixtureHtml(name: string): string {
  return readFileSync(`${PAGES_DIR}/${name}`, 'utf8');
}

/** What the content script would submit for a fixture page (the same extraction, in linkedom). */
export function fixtureSubmission(name: string): PageSubmission {
  const article = extractArticle(parseHtmlDocument(fixtureHtml(name)));
  return { title: article.title, readerable: article.readerable, paragraphs: article.paragraphs.map((p) => p.text) };
}
