import { describe, expect, it } from 'vitest';
import { citationList } from '../../../lib/export/citations';
import type { OutletReport, PageReport } from '../../../lib/types';

const outlet = (o: Partial<OutletReport> & { sourceId: string }): OutletReport => ({
  outlet: null,
  published: null,
  origin: 'bundled',
  paragraphs: 1,
  kinds: { passage: 1, quote: 0, claim: 0 },
  ...o,
});

const report: PageReport = {
  schema: 1,
  title: 'Ferries halted',
  readerable: true,
  self: null,
  indexVersion: '0123456789abcdef',
  outlets: [
    outlet({ sourceId: 'late', outlet: 'Daily Late', published: '2025-10-12T08:00:00Z', url: 'https://late.example/x' }),
    outlet({ sourceId: 'none', sourceTitle: 'Strike talk  stalls' }),
    outlet({ sourceId: 'mem', outlet: 'Remembered Times', origin: 'memory', published: '2025-10-01', readAt: '2025-10-11' }),
    outlet({ sourceId: 'wire', outlet: 'Wire', published: '2025-10-10' }),
  ],
  paragraphs: [
    { index: 0, text: 'Intro.', matches: [] },
    {
      index: 1,
      text: 'Ferries stopped.',
      matches: [
        { sourceId: 'wire', outlet: 'Wire', kind: 'passage', origin: 'bundled', score: 0.9, sourceText: 'Ferries\nstopped today.', published: '2025-10-10' },
        { sourceId: 'late', outlet: 'Daily Late', kind: 'quote', origin: 'pack', score: 0.8, sourceText: '“No boats,” he said.', published: '2025-10-12' },
      ],
    },
    {
      index: 2,
      text: 'Talks stalled.',
      matches: [{ sourceId: 'none', outlet: null, kind: 'claim', origin: 'bundled', score: 0.5, sourceText: 'Talks have stalled.', published: null }],
    },
    {
      index: 3,
      text: 'Read before.',
      matches: [
        {
          sourceId: 'mem',
          outlet: 'Remembered Times',
          kind: 'passage',
          origin: 'memory',
          score: 1,
          sourceText: 'Read before.',
          published: '2025-10-01',
          readAt: '2025-10-11',
        },
      ],
    },
  ],
};

describe('citationList', () => {
  it('lists outlets earliest first (memory by its read date, marked "read"), undated last, each with its sentences by paragraph', () => {
    expect(citationList(report, 'https://page.example/ferries')).toBe(
      [
        'Other outlets that carried “Ferries halted”',
        'https://page.example/ferries',
        'Found by Provenance Lens on this device (index 01234567), earliest first.',
        '',
        '1. Wire — published 2025-10-10',
        '   ¶ 2, same passage: “Ferries stopped today.”',
        '',
        '2. Remembered Times — read 2025-10-11',
        '   ¶ 4, same passage: “Read before.”',
        '',
        '3. Daily Late — published 2025-10-12 — https://late.example/x',
        '   ¶ 2, same quote: ““No boats,” he said.”',
        '',
        '4. Outlet not named (“Strike talk stalls”) — no date',
        '   ¶ 3, same claim: “Talks have stalled.”',
        '',
      ].join('\n'),
    );
  });

  it('says so where nothing matched', () => {
    const text = citationList({ ...report, title: null, outlets: [], paragraphs: [] }, 'https://page.example/x');
    expect(text).toContain('carried this page');
    expect(text).toContain('No other outlet in the index carried this page.');
  });
});
