import { describe, expect, it } from 'vitest';
import {
  byPublished,
  excerpt,
  formatBytes,
  formatDate,
  formatDateRange,
  linkableUrl,
  matchStrength,
  outletLabel,
  outletName,
  plural,
  sourceAttributes,
} from '../../components/format';

describe('display helpers', () => {
  it.each<[string, Parameters<typeof outletLabel>[0], { name: string; hint: string | null }]>([
    [
      'the outlet the source names',
      { sourceId: '002_064f4c01c2051cd1', outlet: 'The Moscow Times', url: 'https://www.themoscowtimes.com/a' },
      { name: 'The Moscow Times', hint: null },
    ],
    [
      'no outlet named: the host of its address',
      { sourceId: 's1', outlet: null, url: 'https://www.apnews.com/article/x?y=1', sourceTitle: 'T' },
      { name: 'apnews.com', hint: null },
    ],
    [
      'no outlet, no address: a plain label, the title as hint',
      { sourceId: '001_a430edec51f01de0', outlet: null, sourceTitle: 'First lady Melania Trump said Friday that…' },
      { name: 'Outlet not named', hint: 'First lady Melania Trump said Friday that…' },
    ],
    [
      'no outlet, an address that is no web address: as without one',
      { sourceId: 's2', outlet: null, url: 'not a url', sourceTitle: 'A title' },
      { name: 'Outlet not named', hint: 'A title' },
    ],
    ['nothing known at all: the plain label alone', { sourceId: '003_edfc562e8b1b3ac3', outlet: null }, { name: 'Outlet not named', hint: null }],
  ])('label an outlet: %s, never by its id', (_name, ref, label) => {
    expect(outletLabel(ref)).toEqual(label);
    expect(outletName(ref)).not.toContain(ref.sourceId.slice(0, 4));
  });

  it('name an outlet on one line, the hint quoted and cut to a few words where asked', () => {
    const ref = { sourceId: 'x', outlet: null, sourceTitle: 'First lady Melania Trump said Friday that\u2026' };
    expect(outletName({ ...ref, sourceTitle: 'Ferry timetable' })).toBe('Outlet not named \u201cFerry timetable\u201d');
    expect(outletName(ref)).toBe('Outlet not named \u201cFirst lady Melania Trump said Friday that\u2026\u201d');
    expect(outletName(ref, 22)).toBe('Outlet not named \u201cFirst lady Melania\u2026\u201d');
    expect(outletName({ ...ref, outlet: 'MENAFN' }, 22)).toBe('MENAFN');
  });

  it.each([
    ['2025-10-10', '10 Oct 2025'],
    ['2025-10-11T23:30:00Z', '11 Oct 2025'],
    [null, 'date unknown'],
    ['not a date', 'date unknown'],
  ])('format %s as %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  it('order earliest first, undated last, ties by id', () => {
    const rows = [
      { sourceId: 'c', published: null },
      { sourceId: 'b', published: '2025-10-11' },
      { sourceId: 'a', published: null },
      { sourceId: 'd', published: '2025-10-10' },
      { sourceId: 'a2', published: '2025-10-11' },
    ];
    expect([...rows].sort(byPublished).map((r) => r.sourceId)).toEqual(['d', 'a2', 'b', 'a', 'c']);
  });

  it('count in words', () => {
    expect(plural(1, 'outlet')).toBe('1 outlet');
    expect(plural(3, 'outlet')).toBe('3 outlets');
  });

  it('cut a long sentence around its emphasised span', () => {
    const text = `${'a'.repeat(300)} MATCH ${'b'.repeat(300)}`;
    const start = text.indexOf('MATCH');
    const pieces = excerpt(text, { start, end: start + 5 }, 60);
    expect(pieces.map((p) => p.emphasis)).toEqual([false, true, false]);
    expect(pieces[1]!.text).toBe('MATCH');
    expect(pieces[0]!.text.startsWith('…')).toBe(true);
    expect(pieces[2]!.text.endsWith('…')).toBe(true);
    expect(pieces.map((p) => p.text).join('').length).toBeLessThanOrEqual(62);
  });

  it('keep a short sentence whole, and ignore a span that does not fit it', () => {
    expect(excerpt('Short sentence.', { start: 0, end: 5 })).toEqual([
      { text: 'Short', emphasis: true },
      { text: ' sentence.', emphasis: false },
    ]);
    expect(excerpt('Short sentence.', { start: 10, end: 99 })).toEqual([{ text: 'Short sentence.', emphasis: false }]);
  });
});

describe('source-set and source helpers', () => {
  it.each([
    [999, '1 KB'],
    [34_981, '35 KB'],
    [2_430_000, '2.4 MB'],
    [268_435_456, '268 MB'],
  ])('format %i bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('give a date range, one date, or "no dates"', () => {
    expect(formatDateRange('2026-01-09', '2026-04-15')).toBe('9 Jan 2026 – 15 Apr 2026');
    expect(formatDateRange('2026-01-09', '2026-01-09')).toBe('9 Jan 2026');
    expect(formatDateRange(null, '2026-01-09')).toBe('9 Jan 2026');
    expect(formatDateRange(null, null)).toBe('no dates');
  });

  it.each([
    ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['http://news.example/', 'http://news.example/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['file:///etc/passwd', null],
    ['not a url', null],
    [undefined, null],
  ])('let only http(s) addresses be links: %s', (url, expected) => {
    expect(linkableUrl(url)).toBe(expected);
    expect(sourceAttributes({ origin: 'pack', url })).toEqual(expected ? { 'data-origin': 'pack', 'data-source-url': expected } : { 'data-origin': 'pack' });
  });
});

describe('match strength', () => {
  it.each([
    [{ kind: 'passage' as const, score: 0.2 }, 'exact'],
    [{ kind: 'quote' as const, score: 1 }, 'exact'],
    [{ kind: 'claim' as const, score: 0.8 }, 'strong'],
    [{ kind: 'claim' as const, score: 0.6 }, 'strong'],
    [{ kind: 'claim' as const, score: 0.45 }, 'likely'],
    [{ kind: 'claim' as const, score: 0.27 }, 'possible'],
  ])('%o reads as %s', (m, strength) => {
    expect(matchStrength(m)).toBe(strength);
  });
});
