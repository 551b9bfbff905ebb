import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../../lib/node/parse-html';
import { pageFromDocument } from '../../lib/extract/page-input';
import { removeFurniture } from '../../lib/index/furniture';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The read-only shared folder (`../shared` from the repository root), or null where this clone has none. */
export function sharedDir(root: string = REPO_ROOT): string | null {
  const dir = resolve(root, '../shared');
  return existsSync(dir) ? dir : null;
}

/** One saved page of the Readability test corpus. */
export interface CorpusPage {
  slug: string;
  html: string;
  /** A made-up address for the page: the pipeline is handed one, as the content script would be. */
  url: string;
}

/** The pages of `<shared>/corpus/readability-test-pages/<slug>/source.html`, by slug. */
export async function readCorpusPages(shared: string): Promise<CorpusPage[]> {
  const dir = join(shared, 'corpus', 'readability-test-pages');
  if (!existsSync(dir)) return [];
  const slugs = readdirSync(dir)
    .filter((s) => existsSync(join(dir, s, 'source.html')))
    .sort();
  return Promise.all(
    slugs.map(async (slug) => ({ slug, html: await readFile(join(dir, slug, 'source.html'), 'utf8'), url: `https://corpus.example/${slug}/` })),
  );
}

const MIN_TEMPLATE_WORDS = 8;

/**
 * A page's article paragraphs as the index builder would keep them:
 * Readability's article, furniture removed, and only paragraphs of at least
 * `MIN_TEMPLATE_WORDS` words (captions and bylines make poor templates).
 * One argument only, so that `pages.map(articleParagraphs)` cannot pass the
 * index as a second one (bench:memory once did, and kept other paragraphs).
 */
export function articleParagraphs(page: CorpusPage): string[] {
  const input = pageFromDocument(parseHtmlDocument(page.html, page.url), page.url, true);
  return removeFurniture(input.paragraphs)
    .kept.map((k) => k.text)
    .filter((t) => t.split(' ').length >= MIN_TEMPLATE_WORDS);
}
