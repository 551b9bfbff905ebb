import { describe, expect, it } from 'vitest';
import { budgetOrder, scalingOverCommonPages, type PageMatchTiming, type ScalePoint } from '../../bench/lib/index-scaling';

const timing = (slug: string, firstMs: number | null): PageMatchTiming => ({
  slug,
  paragraphs: 1,
  firstMs,
  outlets: 0,
  repeatMs: null,
  noUrlMs: null,
  passageQuoteMs: 1,
});
const point = (pages: PageMatchTiming[]) => ({ pages }) as unknown as ScalePoint;

describe('index scaling helpers', () => {
  it('match the seed pages first, then the others in a fixed shuffled order', () => {
    const pages = ['a', 'seed-1', 'b', 'c', 'seed-2', 'd', 'e'].map((slug) => ({ slug }));
    const order = budgetOrder(pages).map((p) => p.slug);
    expect(order.slice(0, 2)).toEqual(['seed-1', 'seed-2']);
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'seed-1', 'seed-2']);
    expect(budgetOrder(pages).map((p) => p.slug)).toEqual(order);
  });

  it('compare two sizes on the pages timed at both', () => {
    const small = point([timing('a', 10), timing('b', 20), timing('c', 30)]);
    const large = point([timing('a', 15), timing('b', 40), timing('c', null)]);
    expect(scalingOverCommonPages(small, large)).toEqual({ pages: 2, smallMs: 15, largeMs: 27.5, ratio: 27.5 / 15 });
    expect(scalingOverCommonPages(small, point([timing('a', null)]))).toBeNull();
  });
});
