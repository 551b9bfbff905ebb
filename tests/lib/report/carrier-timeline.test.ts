import { describe, expect, it } from 'vitest';
import { carrierTimeline } from '../../../lib/report/carrier-timeline';
import type { OutletReport } from '../../../lib/types';

const outlet = (sourceId: string, o: Partial<OutletReport> = {}): OutletReport => ({
  sourceId,
  outlet: sourceId,
  published: null,
  origin: 'bundled',
  paragraphs: 1,
  kinds: { passage: 1, quote: 0, claim: 0 },
  ...o,
});

describe('carrierTimeline', () => {
  it('places published sources at their date, memory sources at their read date, and keeps undated ones apart', () => {
    const t = carrierTimeline([
      outlet('c', { published: '2025-10-20' }),
      outlet('u', { published: 'not a date' }),
      outlet('m', { origin: 'memory', published: '2025-01-01', readAt: '2025-10-15' }),
      outlet('a', { published: '2025-10-10' }),
      outlet('n'),
      outlet('p', { origin: 'memory', published: '2025-10-12', readAt: null }),
    ]);
    expect(t.points.map((p) => [p.outlet.sourceId, p.basis, p.date, p.position])).toEqual([
      ['a', 'published', '2025-10-10', 0],
      ['p', 'published', '2025-10-12', 0.2],
      ['m', 'read', '2025-10-15', 0.5],
      ['c', 'published', '2025-10-20', 1],
    ]);
    expect([t.from, t.to]).toEqual(['2025-10-10', '2025-10-20']);
    expect(t.undated.map((o) => o.sourceId)).toEqual(['n', 'u']);
  });

  it('one date for all: every point at the start; none dated: no axis', () => {
    expect(
      carrierTimeline([outlet('b', { published: '2025-10-10' }), outlet('a', { published: '2025-10-10' })]).points.map((p) => [p.outlet.sourceId, p.position]),
    ).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    expect(carrierTimeline([outlet('a')])).toMatchObject({ points: [], from: null, to: null });
  });
});
