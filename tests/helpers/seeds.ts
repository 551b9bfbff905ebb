import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { readArticleFolder, type ReadArticle } from '../../lib/node/read-folder';
import { buildIndex } from '../../lib/index/build';
import { serializeIndex, deserializeIndex } from '../../lib/index/serialize';
import type { ProvenanceIndex } from '../../lib/index/model';

/** The repository's seeds/ folder. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** The five seed ids, in file order. */
export const SEED_IDS = ['000_fd73950ea80bdd9f', '001_a430edec51f01de0', '002_064f4c01c2051cd1', '003_edfc562e8b1b3ac3', '004_b0320bcc57655700'] as const;

let read: Promise<ReadArticle[]> | null = null;
/** The seeds as the index builder reads them (cached across a test file). */
export function readSeeds(): Promise<ReadArticle[]> {
  read ??= readArticleFolder(SEEDS_DIR);
  return read;
}

/** An index of the seeds, built the way `npm run build:index` builds it, through a serialise round trip. */
export async function seedTestIndex(): Promise<ProvenanceIndex> {
  const index = buildIndex((await readSeeds()).map((r) => r.article));
  return deserializeIndex(serializeIndex(index));
}

/** A seed's raw text. */
export function seedText(id: string): string {
  return readFileSync(`${SEEDS_DIR}/${id}.txt`, 'utf8');
}

/** A seed's lines wrapped in news-site markup (nav, header, footer), as a saved page would have them. */
export function seedAsHtml(id: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const lines = seedText(id)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Seed ${id}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<main><article><h1>Seed article ${id}</h1>${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}</article></main>
<footer><p>Copyright. All rights reserved.</p></footer></body></html>`;
}
