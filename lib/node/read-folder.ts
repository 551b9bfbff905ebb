import { readFile, readdir } from 'node:fs/promises';
import { join, extname, basename } from 'node:path';
import type { ArticleInput } from '../index/model';
import { removeFurniture, type DroppedParagraph } from '../index/furniture';
import { pageFromDocument } from '../extract/page-input';
import { pageMetadata } from '../extract/page-metadata';
import { bytesHash, contentHash } from '../index/serialize';
import { words } from '../text/tokenize';
import { parseHtmlDocument } from './parse-html';
import { decodePage } from './decode';
import { UnreadableInput } from './read-reasons';

/** One entry of a folder's `sources.json`: what the article's own text says of its source. */
export interface SourceEntry {
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  /** 1-based line of a .txt capture that holds the headline. */
  titleLine?: number | null;
  /** Furniture the capture is known to hold: line ranges to drop, or a prefix to strip from a line. */
  furniture?: Array<{ lines?: [number, number]; prefix?: string; line?: number; what: string }>;
}

/** An article read from a folder, and what was dropped from it as furniture. */
export interface ReadArticle {
  article: ArticleInput;
  dropped: DroppedParagraph[];
}

/** A folder's articles, the files that held none, and a hash of everything read. */
export interface FolderRead {
  articles: ReadArticle[];
  /** Files that are not articles (no article text, or a page Readability does not take for one), by name. */
  skipped: string[];
  /** Hash of the file names and bytes read (sources.json included): what a pack was created from. */
  inputHash: string;
}

/** A file of the folder that cannot be read; the message names it and says why, on one line. */
export class UnreadableFile extends Error {}

/** An HTML page of fewer words than this, after furniture removal, is not an article (a section front, an error page). */
export const MIN_ARTICLE_WORDS = 50;

/**
 * Reads every article of a folder: `.txt` captures (described by an optional
 * `sources.json`) and saved `.html`/`.htm` pages (run through the same
 * Readability extraction as the content script). Furniture is removed from
 * both, by the rules of `sources.json` and by the generic rules. Files that
 * hold no article are skipped and named; a folder with no article file, or a
 * file that cannot be read, throws `UnreadableFile`.
 */
export async function readFolder(dir: string): Promise<FolderRead> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    throw new UnreadableFile(`${dir}: ${fsReason(e, 'folder')}`, { cause: e });
  }
  const entries = await readSourcesJson(dir);
  const files = names.filter((f) => /\.(txt|html?)$/i.test(f) && !/^readme/i.test(f)).sort();
  if (!files.length) throw new UnreadableFile(`${dir}: no .txt or .html article in this folder`);
  const articles: ReadArticle[] = [];
  const skipped: string[] = [];
  const hashes: string[] = names.includes('sources.json') ? [`sources.json:${bytesHash(await readFile(join(dir, 'sources.json')))}`] : [];
  for (const file of files) {
    const path = join(dir, file);
    let bytes: Uint8Array;
    let raw: string;
    const isText = extname(file).toLowerCase() === '.txt';
    try {
      bytes = await readFile(path);
      raw = decodePage(bytes, isText ? 'text' : 'html');
    } catch (e) {
      throw new UnreadableFile(`${path}: ${e instanceof UnreadableInput ? e.message : fsReason(e, 'file')}`, { cause: e });
    }
    hashes.push(`${file}:${bytesHash(bytes)}`);
    const name = basename(file, extname(file));
    const entry = entries[name] ?? {};
    const read = isText ? readTextCapture(name, raw, entry) : readHtmlPage(name, raw, entry);
    if (read?.article.paragraphs.length) articles.push(read);
    else skipped.push(file);
  }
  return { articles, skipped, inputHash: contentHash(hashes.join('\n')) };
}

/** The articles of a folder (`readFolder`, without what was skipped). */
export async function readArticleFolder(dir: string): Promise<ReadArticle[]> {
  return (await readFolder(dir)).articles;
}

function fsReason(e: unknown, what: 'file' | 'folder'): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `no such ${what}`;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return (e as Error).message?.split('\n')[0] || 'cannot be read';
  }
}

async function readSourcesJson(dir: string): Promise<Record<string, SourceEntry>> {
  try {
    const json = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as { sources?: Record<string, SourceEntry> };
    return json.sources ?? {};
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`${join(dir, 'sources.json')}: ${(e as Error).message}`, { cause: e });
  }
}

/** A .txt capture: one paragraph a line; `sources.json` names its headline and furniture. */
export function readTextCapture(id: string, raw: string, entry: SourceEntry): ReadArticle {
  const lines = raw.split(/\r\n|\r|\n/);
  const dropped: DroppedParagraph[] = [];
  const drop = new Set<number>();
  for (const rule of entry.furniture ?? []) {
    if (rule.lines) for (let l = rule.lines[0]; l <= rule.lines[1]; l++) drop.add(l - 1);
    if (rule.prefix && rule.line) {
      const i = rule.line - 1;
      const line = lines[i] ?? '';
      const at = line.indexOf(rule.prefix);
      if (at >= 0) lines[i] = line.slice(at + rule.prefix.length);
    }
  }
  const title = entry.titleLine ? (lines[entry.titleLine - 1] ?? '').trim() || null : null;
  const body = lines.map((l, i) => (drop.has(i) || (entry.titleLine && i === entry.titleLine - 1) ? '' : l));
  for (const i of [...drop].sort((a, b) => a - b)) {
    const text = (lines[i] ?? '').trim();
    if (text) dropped.push({ text, at: i, why: 'sources.json' });
  }
  const cleaned = removeFurniture(body);
  return {
    article: {
      id,
      outlet: entry.outlet ?? null,
      published: entry.published ?? null,
      title,
      url: entry.url ?? null,
      paragraphs: cleaned.kept.map((k) => k.text),
    },
    dropped: [...dropped, ...cleaned.dropped],
  };
}

/**
 * A saved HTML page: Readability's article, furniture removed; metadata from
 * `sources.json`, else from the page's own markup (`pageMetadata`). Its id is
 * the file's name as a slug and a hash of the article's text, so the same
 * article saved under the same name has the same id in every pack. Null where
 * the page is not an article: Readability does not take it for one, or fewer
 * than `MIN_ARTICLE_WORDS` words are left.
 */
export function readHtmlPage(name: string, html: string, entry: SourceEntry): ReadArticle | null {
  const doc = parseHtmlDocument(html, entry.url ?? null);
  const page = pageFromDocument(doc, entry.url ?? null, true);
  const cleaned = removeFurniture(page.paragraphs);
  const paragraphs = cleaned.kept.map((k) => k.text);
  if (!page.readerable || words(paragraphs.join(' ')).length < MIN_ARTICLE_WORDS) return null;
  const meta = pageMetadata(doc, entry.url ?? null, { siteName: page.siteName, publishedTime: page.publishedTime });
  return {
    article: {
      id: articleId(name, paragraphs),
      outlet: entry.outlet !== undefined ? entry.outlet : meta.outlet,
      published: entry.published !== undefined ? entry.published : meta.published,
      title: page.title,
      url: entry.url ?? meta.url,
      paragraphs,
    },
    dropped: cleaned.dropped,
  };
}

/** A page's source id: its file name as a slug (at most 40 characters) and 16 hex digits of its article's text. */
export function articleId(fileName: string, paragraphs: readonly string[]): string {
  const slug = fileName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'page'}_${contentHash(paragraphs.join('\n'))}`;
}
