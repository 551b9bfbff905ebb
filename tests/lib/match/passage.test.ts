import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { matchPassages } from '../../../lib/match/passage';
import { preparePageParagraph } from '../../../lib/match/page-paragraph';
import { article } from '../../helpers/article';

const WIRE = [
  'Since the crisis escalated in 2022, the agency has evacuated families from the flooded districts, relocating them until their homes can be repaired.',
  'The regional governor said on Tuesday that the new bridge over the river would open to traffic in the spring, three months later than planned, because of a shortage of steel.',
  'Officials at the White House said on Friday that the talks would continue.',
];
const index = buildIndex([
  article('wire', WIRE),
  article('other', ['Farmers said the harvest had been delayed by rain for the third week in a row, and prices rose sharply on the exchange.']),
]);

function passages(paragraph: string) {
  return matchPassages(preparePageParagraph(0, paragraph), index).map((c) => ({
    source: index.sources[c.source]!.id,
    score: c.score,
    span: paragraph.slice(c.span.start, c.span.end),
    sourceText: c.sourceText,
    shown: c.sourceText.slice(c.sourceSpan.start, c.sourceSpan.end),
  }));
}

describe('matchPassages', () => {
  it.each([
    ['a verbatim paragraph', WIRE[1]!],
    [
      'reordered clauses',
      'Because of a shortage of steel, the new bridge over the river would open to traffic in the spring, three months later than planned, the regional governor said on Tuesday.',
    ],
    [
      'light edits',
      'The regional governor said Tuesday the new bridge over the river will open to traffic in the spring, three months later than planned, because of a steel shortage.',
    ],
    [
      'a carried sentence inside a longer paragraph of its own',
      'Residents have waited for years. The regional governor said on Tuesday that the new bridge over the river would open to traffic in the spring, three months later than planned. Nobody at the ministry would comment on the cost.',
    ],
  ])('matches %s', (_name, paragraph) => {
    const found = passages(paragraph);
    expect(found.map((c) => c.source)).toEqual(['wire']);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['a short common phrase', 'Officials at the White House said on Friday that they would wait.'],
    [
      'a few shared words in a long paragraph',
      'The regional governor said on Tuesday that schools would reopen after the storm, and that teachers would be paid for the weeks they had missed while the district was closed.',
    ],
    ['an unrelated paragraph', 'The museum will show paintings from the collection of a Dutch merchant, most of which have never been on public display.'],
  ])('does not match %s', (_name, paragraph) => {
    expect(passages(paragraph)).toEqual([]);
  });

  it('gives the matched span on the page and the source sentence it comes from', () => {
    const paragraph =
      'Residents have waited for years. The regional governor said on Tuesday that the new bridge over the river would open to traffic in the spring, three months later than planned. Nobody would comment.';
    const [c] = passages(paragraph);
    expect(c!.span).toBe(
      'The regional governor said on Tuesday that the new bridge over the river would open to traffic in the spring, three months later than planned',
    );
    expect(c!.sourceText).toBe(WIRE[1]);
    expect(c!.shown).toBe(
      'The regional governor said on Tuesday that the new bridge over the river would open to traffic in the spring, three months later than planned',
    );
  });
});
