import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../lib/index/build';
import { indexWeigh } from '../../../../lib/claim/units/source-reading';
import { article } from '../../../helpers/article';

// Other stories added to a large index leave the weight of a term they do not use as it was.
const flood = article('flood', ['Mayor Carmen Ortiz said 300 families left Alzira when the Jucar rose on Monday.', 'Engineers inspected the levees.']);
const story = (i: number) =>
  article(
    `other-${i}`,
    Array.from({ length: 40 }, (_, j) => `Striker number ${i * 100 + j} of Benfica scored twice against Porto in the league.`),
  );

describe('indexWeigh', () => {
  it('weighs a term by its own count once the index holds more than one story', () => {
    const large = indexWeigh(buildIndex([flood, story(1), story(2), story(3), story(4)]));
    const larger = indexWeigh(buildIndex([flood, story(1), story(2), story(3), story(4), story(5), story(6)]));
    expect(larger('c:levee')).toBeCloseTo(large('c:levee'), 9);
    expect(larger('e:ortiz')).toBeCloseTo(large('e:ortiz'), 9);
  });

  it('still weighs a term used everywhere below a rare one', () => {
    const w = indexWeigh(buildIndex([flood, story(1), story(2), story(3), story(4)]));
    expect(w('c:leagu')).toBeLessThan(w('c:levee'));
  });
});
