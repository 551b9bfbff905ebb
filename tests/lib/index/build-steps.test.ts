import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { buildIndexInSteps } from '../../../lib/index/build-steps';
import { serializeIndex } from '../../../lib/index/serialize';
import { builderCorpus } from '../../helpers/builder-corpus';

describe('buildIndexInSteps', () => {
  it('gives the bytes of buildIndex, whatever the size of its steps', async () => {
    const articles = await builderCorpus();
    const one = serializeIndex(buildIndex(articles));
    for (const run of [1, 7, 16, articles.length, articles.length + 5]) {
      let pauses = 0;
      const index = await buildIndexInSteps(articles, async () => void pauses++, run);
      expect(serializeIndex(index)).toBe(one);
      // Paused after reading each run, twice (words, then sentences); not at all where one run holds every article.
      expect(pauses).toBe(run >= articles.length ? 0 : 2 * Math.ceil(articles.length / run));
    }
  });

  it('lets other work run between its steps', async () => {
    const articles = await builderCorpus();
    const order: string[] = [];
    const building = buildIndexInSteps(articles, () => new Promise((resolve) => setTimeout(resolve, 0)), 16).then(() => order.push('built'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    order.push('other work');
    await building;
    expect(order).toEqual(['other work', 'built']);
  });
});
