import { describe, expect, it } from 'vitest';
import { article as articleOf } from '../../helpers/article';
import { buildIndex } from '../../../lib/index/build';
import { serializeIndex, serializeIndexBytes } from '../../../lib/index/serialize';
import { buildIndexBytesParallel, buildIndexParallel } from '../../../lib/node/build-index-parallel';
import type { ArticleInput } from '../../../lib/index/model';
import { builderCorpus as corpus } from '../../helpers/builder-corpus';
import { SMALL_ARTICLES } from '../../helpers/small-articles';

const article = (id: string, outlet: string | null, paragraphs: string[]): ArticleInput => articleOf(id, paragraphs, { outlet });

// Each worker thread loads the builder's TypeScript afresh: seconds on a busy machine.
describe('buildIndexParallel', { timeout: 120_000 }, () => {
  it('gives the bytes of buildIndex, whatever the number of workers', async () => {
    const articles = await corpus();
    const one = serializeIndex(buildIndex(articles));
    for (const workers of [1, 2, 3]) expect(serializeIndex(await buildIndexParallel(articles, { workers }))).toBe(one);
  });

  it('gives the file of buildIndex with the text encoded by the workers, each its own run', async () => {
    const articles = await corpus();
    const one = buildIndex(articles);
    const bytes = serializeIndexBytes(one);
    for (const workers of [1, 2, 3]) {
      const built = await buildIndexBytesParallel(articles, { workers });
      expect(built.bytes).toEqual(bytes);
      expect(built.index.version).toBe(one.version);
    }
  });

  it('builds the empty index, and an index of fewer articles than workers', async () => {
    expect(serializeIndex(await buildIndexParallel([], { workers: 2 }))).toBe(serializeIndex(buildIndex([])));
    const two = SMALL_ARTICLES.slice(0, 2);
    expect(serializeIndex(await buildIndexParallel(two, { workers: 4 }))).toBe(serializeIndex(buildIndex(two)));
  });

  it('fails with the error a worker met, and stops its workers', async () => {
    const broken = [...SMALL_ARTICLES, article('zz-broken', null, [42 as unknown as string])];
    await expect(buildIndexParallel(broken, { workers: 2 })).rejects.toThrow(/^index build worker failed: .*indexOf/);
  });
});
