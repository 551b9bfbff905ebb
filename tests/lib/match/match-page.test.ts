import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import type { ArticleInput } from '../../../lib/index/model';
import { matchPage } from '../../../lib/match/match-page';

const SHARED =
  'The regional governor said on Tuesday that the new bridge over the river would open to traffic in the spring, three months later than planned, because of a shortage of steel.';
const FILLER = 'Each outlet adds words of its own here, about the weather and the traffic in town, which nobody else repeats.';

const article = (id: string, published: string | null): ArticleInput => ({
  id,
  outlet: `Outlet ${id}`,
  published,
  title: null,
  url: null,
  paragraphs: [SHARED, `${FILLER} (${id})`],
});

const page = { title: null, readerable: true, paragraphs: ['Residents have waited for years.', SHARED] };

describe('earliest carrier', () => {
  it.each([
    [
      'the earliest dated carrier',
      [
        ['a', '2025-10-11'],
        ['b', '2025-10-10'],
        ['c', '2025-10-12'],
      ],
      'b',
    ],
    [
      'unknown dates last',
      [
        ['a', null],
        ['b', '2025-10-11'],
        ['c', null],
      ],
      'b',
    ],
    [
      'the first by id on the same date',
      [
        ['b', '2025-10-10'],
        ['a', '2025-10-10'],
      ],
      'a',
    ],
    [
      'none where no carrier is dated',
      [
        ['a', null],
        ['b', null],
      ],
      null,
    ],
  ] as Array<[string, Array<[string, string | null]>, string | null]>)('reports %s', (_name, sources, earliest) => {
    const report = matchPage(page, buildIndex(sources.map(([id, date]) => article(id, date))));
    const carried = report.paragraphs[1]!;
    expect(carried.matches).toHaveLength(sources.length);
    expect(carried.earliest).toBe(earliest);
    expect(report.paragraphs[0]!.earliest).toBeUndefined();
  });

  it('gives each outlet its publication date, unknown as null', () => {
    const report = matchPage(page, buildIndex([article('a', null), article('b', '2025-10-10')]));
    expect(report.outlets.map((o) => [o.sourceId, o.published])).toEqual([
      ['a', null],
      ['b', '2025-10-10'],
    ]);
  });
});

describe('short verbatim matches', () => {
  const story: ArticleInput = {
    id: 'story',
    outlet: 'Story',
    published: null,
    title: null,
    url: null,
    paragraphs: [
      'First Lady Melania Trump said she has kept “an open channel of communication” with Russian President Vladimir Putin.',
      'Officials in Moscow said eight children had been reunited with their families in the past 24 hours.',
    ],
  };
  const index = buildIndex([story]);
  const matched = (paragraphs: string[]) => matchPage({ title: null, readerable: true, paragraphs }, index).paragraphs.map((p) => p.matches.map((m) => m.kind));

  it.each([
    [
      'a quoted phrase in another story',
      ['The dockworkers union in Rotterdam met the operators.', 'The union said it had kept “an open channel of communication” with the operators.'],
    ],
    [
      'a sentence repeated word for word in another story',
      ['Floods hit Kerr County in Texas.', 'Officials said eight children had been reunited with their families in the past 24 hours.'],
    ],
  ])('do not count in %s', (_name, paragraphs) => {
    expect(matched(paragraphs)).toEqual([[], []]);
  });

  it.each([
    ['a quoted phrase', ['Melania Trump spoke about Vladimir Putin.', 'She said she had kept “an open channel of communication” with him.'], 'quote'],
    [
      'a sentence repeated word for word',
      [
        'The children were taken from Ukraine to Russia.',
        'Officials in Moscow said eight children had been reunited with their families in the past 24 hours.',
      ],
      'passage',
    ],
  ])('count in the same story: %s', (_name, paragraphs, kind) => {
    expect(matched(paragraphs)[1]).toEqual([kind]);
  });
});

describe('a long run said of another party', () => {
  const RUN = 'said on Thursday it would cut about 1,800 jobs, roughly 6% of its workforce, after quarterly revenue fell 8% to $2.41 billion.';
  const index = buildIndex([
    {
      id: 'acme',
      outlet: 'Wire',
      published: null,
      title: null,
      url: null,
      paragraphs: [`Acme Corp ${RUN}`, 'The company will close a plant in Ohio by the end of the year, its chief executive told analysts on a call.'],
    },
  ]);
  const kinds = (paragraph: string) => matchPage({ title: null, readerable: true, paragraphs: [paragraph] }, index).paragraphs[0]!.matches.map((m) => m.kind);

  it('does not count where the sentence names only parties the source never mentions', () => {
    expect(kinds(`Corvane Logistics ${RUN}`)).not.toContain('passage');
  });

  it('counts where the sentence names the source story party', () => {
    expect(kinds(`Acme Corp ${RUN}`)).toContain('passage');
  });
});
