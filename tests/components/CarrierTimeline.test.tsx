import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { CarrierTimeline } from '../../components/CarrierTimeline';
import type { OutletReport } from '../../lib/types';

const outlet = (sourceId: string, o: Partial<OutletReport> = {}): OutletReport => ({
  sourceId,
  outlet: `Outlet ${sourceId}`,
  published: null,
  origin: 'bundled',
  paragraphs: 1,
  kinds: { passage: 1, quote: 0, claim: 0 },
  ...o,
});

// Preact creates elements through the global document: a linkedom one for each test.
let root: HTMLElement;
beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  (globalThis as { document?: Document }).document = document;
  root = document.getElementById('root')!;
});
afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: Document }).document;
});

describe('CarrierTimeline', () => {
  it('marks a reading-memory source "read" at its read date, the others "published", and lists the undated apart', () => {
    render(
      <CarrierTimeline
        outlets={[
          outlet('b', { published: '2025-10-12' }),
          outlet('m', { origin: 'memory', published: '2024-01-01', readAt: '2025-10-11' }),
          outlet('a', { published: '2025-10-10' }),
          outlet('n'),
        ]}
      />,
      root,
    );
    const rows = [...root.querySelectorAll('[data-timeline] ol > li')];
    expect(rows.map((r) => [r.getAttribute('data-source-id'), r.getAttribute('data-date-basis'), r.getAttribute('data-date')])).toEqual([
      ['a', 'published', '2025-10-10'],
      ['m', 'read', '2025-10-11'],
      ['b', 'published', '2025-10-12'],
    ]);
    expect(rows.map((r) => r.textContent)).toEqual(['Outlet apublished 10 Oct 2025, first', 'Outlet mread 11 Oct 2025', 'Outlet bpublished 12 Oct 2025']);
    expect(rows.map((r) => r.querySelector('.tl-dot')!.getAttribute('style'))).toEqual(['--pos:0.0000', '--pos:0.5000', '--pos:1.0000']);
    expect(root.querySelector('#timeline-legend')!.textContent).toContain('read earlier on this device');
    expect([...root.querySelectorAll('[data-date-basis="none"]')].map((e) => e.textContent)).toEqual(['Outlet n']);
  });

  it('without a memory source, the legend names only "published"; with no outlet, nothing is drawn', () => {
    render(<CarrierTimeline outlets={[outlet('a', { published: '2025-10-10' })]} />, root);
    expect(root.querySelector('#timeline-legend')!.textContent!.trim()).toBe('published');
    expect(root.querySelector('[data-timeline] [data-date-basis="none"]')).toBeNull();
    render(<CarrierTimeline outlets={[]} />, root);
    expect(root.querySelector('[data-timeline]')).toBeNull();
  });
});
