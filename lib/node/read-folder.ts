import { readFile, readdir } from 'node:fs/promises';
import { join, extname, basename } from 'node:path';
import type { ArticleInput } from '../index/model';
import { removeFurniture, type DroppedParagraph } from '../index/furniture';
import { pageFromDocument } from '../extract/page-input';
import { parseHtmlDocument } from './parse-html';
import { decodePage } from './decode';

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

/**
 * Reads every article of a folder: `.txt` captures (described by an optional
 * `sources.json`) and saved `.html`/`.htm` pages (run through the same
 * Readability extraction as the content script). Furniture is removed from
 * both, by the rules of `sources.json` and by the generic rules.
 */
export async function readArticleFolder(dir: string): Promise<ReadArticle[]> {
  const entries = await readSourcesJson(dir);
  const files = (await readdir(dir)).filter((f) => /\.(txt|html?)$/i.test(f) && !/^readme/i.test(f)).sort();
  const out: ReadArticle[] = [];
  for (const file of files) {
    const id = basename(file, extname(file));
    const entry = entries[id] ?? {};
    const bytes = await readFile(join(dir, file));
    const isText = extname(file).toLowerCase() === '.txt';
    const raw = decodePage(bytes, isText ? 'text' : 'html');
    out.push(isText ? readTextCapture(id, raw, entry) : readHtmlPage(id, raw, entry));
  }
  return out;
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

/** A saved HTML page: Readability's article, furniture removed; metadata from `sources.json`, else from the page. */
export function readHtmlPage(id: string, html: string, entry: SourceEntry): ReadArticle {
  const page = pageFromDocument(parseHtmlDocument(html, entry.url ?? null), entry.url ?? null, true);
  const cleaned = removeFurniture(page.paragraphs);
  const published = entry.published !== undefined ? entry.published : isoDate(page.publishedTime);
  return {
    article: {
      id,
      outlet: entry.outlet !== undefined ? entry.outlet : page.siteName,
      published,
      title: page.title,
      url: entry.url ?? null,
      paragraphs: cleaned.kept.map((k) => k.text),
    },
    dropped: cleaned.dropped,
  };
}

function isoDate(s: string | null): string | null {
  const m = s ? /^(\d{4}-\d{2}-\d{2})/.exec(s.trim()) : null;
  return m?.[1] ?? null;
}
