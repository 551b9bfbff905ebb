// The development index of the accuracy benchmark: the seeds and the sources
// of every story under tests/fixtures/dev-stories/ (README there), read by the
// folder reader and built by the project's own builder, in memory. Nothing is
// written into lib/index/generated: the bundled index stays the seeds' alone.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../lib/index/build';
import { deserializeIndex, serializeIndex } from '../lib/index/serialize';
import type { ProvenanceIndex } from '../lib/index/model';
import { readArticleFolder } from '../lib/node/read-folder';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** One folder per story: `<story>/sources/` (articles + sources.json) and `<story>/pages/` (labelled cases). */
export const DEV_STORIES = join(ROOT, 'tests/fixtures/dev-stories');
/** The story of the seeds, whose pages are tests/fixtures/accuracy/. */
export const SEED_STORY = 'seeds';

export interface DevIndex {
  index: ProvenanceIndex;
  /** Each source id's story. */
  storyOf: Map<string, string>;
  /** The stories, seeds first, then the dev stories' folder names sorted. */
  stories: string[];
}

/** The dev stories' folder names, sorted. */
export function devStories(): string[] {
  if (!existsSync(DEV_STORIES)) return [];
  return readdirSync(DEV_STORIES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(DEV_STORIES, d.name, 'sources')))
    .map((d) => d.name)
    .sort();
}

/**
 * Seeds + every story's sources, one index. It goes through serialize and
 * deserialize like the bundled index does, so the matcher sees exactly the
 * form the extension loads. A source id given twice is an error: ids are the
 * labels' vocabulary.
 */
export async function buildDevIndex(): Promise<DevIndex> {
  const storyOf = new Map<string, string>();
  const folders: Array<[string, string]> = [
    [SEED_STORY, join(ROOT, 'seeds')],
    ...devStories().map((s): [string, string] => [s, join(DEV_STORIES, s, 'sources')]),
  ];
  const articles = [];
  for (const [story, dir] of folders) {
    for (const { article } of await readArticleFolder(dir)) {
      if (storyOf.has(article.id)) throw new Error(`source id ${article.id} of ${story} is already a source of ${storyOf.get(article.id)}`);
      storyOf.set(article.id, story);
      articles.push(article);
    }
  }
  const index = deserializeIndex(serializeIndex(buildIndex(articles)));
  return { index, storyOf, stories: folders.map(([s]) => s) };
}
