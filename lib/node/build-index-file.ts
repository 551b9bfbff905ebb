import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { buildIndex } from '../index/build';
import type { ArticleInput, ProvenanceIndex } from '../index/model';
import { buildIndexBytesParallel } from './build-index-parallel';
import { serializeIndex, serializeIndexBytes } from '../index/serialize';
import { writePack } from '../index/pack';
import { readFolder, UnreadableFile } from './read-folder';

/** What building an index from a folder did. */
export interface BuildSummary {
  articles: number;
  paragraphs: number;
  bytes: number;
  version: string;
  written: boolean;
  /** Files of the folder that held no article, by name. */
  skipped: string[];
}

/** What `build:index` writes to `outFile`: the bundled index's form for a `.json` file, a pack for any other. */
export function outputKind(outFile: string): 'bundled' | 'pack' {
  return /\.json$/i.test(outFile) ? 'bundled' : 'pack';
}

/**
 * Builds the index of a folder of articles and writes it, unless the file
 * already holds the same bytes (so a build that changes nothing writes nothing).
 */
export async function buildIndexFile(inDir: string, outFile: string): Promise<BuildSummary> {
  const read = await readFolder(inDir);
  const { index, bytes } = await build(read.articles.map((r) => r.article));
  const text = serializeIndex(index, bytes);
  const written = await writeIfChanged(outFile, new TextEncoder().encode(text));
  return {
    articles: index.sources.length,
    paragraphs: index.paragraphs.length,
    bytes: Buffer.byteLength(text),
    version: index.version,
    written,
    skipped: read.skipped,
  };
}

/**
 * Builds a pack (lib/index/pack.ts) of a folder of articles, named `name`
 * (the folder's name by default), and writes it unless unchanged. The same
 * folder gives the same bytes. Throws `UnreadableFile` where the folder holds
 * no article.
 */
export async function buildPackFile(inDir: string, outFile: string, name?: string): Promise<BuildSummary> {
  const read = await readFolder(inDir);
  if (!read.articles.length) {
    throw new UnreadableFile(
      `${inDir}: no article in this folder (${read.skipped.length === 1 ? 'its 1 page is not an article' : `its ${read.skipped.length} pages are not articles`})`,
    );
  }
  const { index, bytes: indexBytes } = await build(read.articles.map((r) => r.article));
  const bytes = writePack(index, { name: name ?? basename(resolve(inDir)), createdFrom: read.inputHash }, indexBytes);
  const written = await writeIfChanged(outFile, bytes);
  return { articles: index.sources.length, paragraphs: index.paragraphs.length, bytes: bytes.length, version: index.version, written, skipped: read.skipped };
}

/** Folders of fewer articles are built on this thread: starting workers would cost more than they save. */
const PARALLEL_FROM_ARTICLES = 500;

// The index of a folder's articles and its file, on every core where there are enough of them (the same bytes either way).
async function build(articles: ArticleInput[]): Promise<{ index: ProvenanceIndex; bytes: Uint8Array }> {
  if (articles.length >= PARALLEL_FROM_ARTICLES) return buildIndexBytesParallel(articles);
  const index = buildIndex(articles);
  return { index, bytes: serializeIndexBytes(index) };
}

async function writeIfChanged(outFile: string, bytes: Uint8Array): Promise<boolean> {
  let existing: Uint8Array | null;
  try {
    existing = await readFile(outFile);
  } catch {
    existing = null;
  }
  if (existing && Buffer.from(existing).equals(bytes)) return false;
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, bytes);
  return true;
}
