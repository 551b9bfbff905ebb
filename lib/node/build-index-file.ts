import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildIndex } from '../index/build';
import { serializeIndex } from '../index/serialize';
import { readArticleFolder } from './read-folder';

/** What building an index from a folder did. */
export interface BuildSummary {
  articles: number;
  paragraphs: number;
  bytes: number;
  version: string;
  written: boolean;
}

/**
 * Builds the index of a folder of articles and writes it, unless the file
 * already holds the same bytes (so a build that changes nothing writes nothing).
 */
export async function buildIndexFile(inDir: string, outFile: string): Promise<BuildSummary> {
  const read = await readArticleFolder(inDir);
  const index = buildIndex(read.map((r) => r.article));
  const text = serializeIndex(index);
  let existing: string | null;
  try {
    existing = await readFile(outFile, 'utf8');
  } catch {
    existing = null;
  }
  const written = existing !== text;
  if (written) {
    await mkdir(dirname(outFile), { recursive: true });
    await writeFile(outFile, text);
  }
  return { articles: index.sources.length, paragraphs: index.paragraphs.length, bytes: Buffer.byteLength(text), version: index.version, written };
}
