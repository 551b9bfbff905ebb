import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Match, ParagraphReport } from '../../../lib/types';
import { el } from '../../../entrypoints/provenance.content/el';
import { paragraphCard } from '../../../entrypoints/provenance.content/card';

// The card builds with the global document, as in the page; linkedom stands in for it here.
const saved = globalThis.document;
const page = parseHTML('<!doctype html><html><body></body></html>');
beforeAll(() => {
  globalThis.document = page.document as unknown as Document;
});
afterAll(() => {
  globalThis.document = saved;
});

const match = (over: Partial<Match>): Match => ({
  sourceId: 'a'.repeat(16),
  outlet: null,
  origin: 'bundled',
  kind: 'passage',
  score: 1,
  sourceText: 'The minister said so on Monday.',
  published: null,
  ...over,
});

describe('el', () => {
  it('sets attributes and appends children, strings as text, skipping empty ones', () => {
    const node = el('p', { class: 'x', 'aria-hidden': 'true' }, 'a <b>', false, null, el('span', {}, 'c'), '');
    expect(node.getAttribute('class')).toBe('x');
    expect(node.getAttribute('aria-hidden')).toBe('true');
    expect(node.childNodes.length).toBe(2);
    expect(node.textContent).toBe('a <b>c');
    expect(node.querySelector('b')).toBeNull();
  });
});

describe('paragraphCard', () => {
  const paragraph: ParagraphReport = {
    index: 3,
    text: 'The minister said so.',
    earliest: 'early',
    matches: [
      match({ sourceId: 'undated', outlet: null }),
      match({ sourceId: 'late', outlet: 'Late Times', published: '2025-10-11', kind: 'quote' }),
      match({
        sourceId: 'early',
        outlet: '<img src=x onerror=alert(1)>',
        published: '2025-10-10',
        kind: 'claim',
        sourceSpan: { start: 4, end: 12 },
        variant: {
          pageQuote: 'said so',
          sourceQuote: 'said it',
          significant: false,
          diff: [
            { op: 'equal', text: 'said' },
            { op: 'removed', text: 'it' },
            { op: 'added', text: 'so' },
          ],
        },
      }),
    ],
  };

  it('lists outlets earliest first, undated last, the earliest tagged, each with its kind and date', () => {
    const card = paragraphCard(paragraph, () => undefined);
    expect(card.querySelector('.pl-card-title')!.textContent).toBe('Also carried by 3 outlets');
    const items = [...card.querySelectorAll('li.pl-match')];
    expect(items.map((li) => li.querySelector('.pl-date')!.textContent)).toEqual(['10 Oct 2025', '11 Oct 2025', 'date unknown']);
    expect(items.map((li) => li.classList.contains('pl-earliest'))).toEqual([true, false, false]);
    expect(items.map((li) => !!li.querySelector('.pl-first'))).toEqual([true, false, false]);
    expect(items.map((li) => li.querySelector('.pl-kind')!.className)).toEqual(['pl-kind pl-kind-claim', 'pl-kind pl-kind-quote', 'pl-kind pl-kind-passage']);
    expect(items[2]!.querySelector('.pl-outlet')!.textContent).toBe('Outlet not named');
    expect(items[2]!.querySelector('.pl-outlet-hint')?.textContent ?? null).toBe(null);
  });

  it('names a source that names no outlet as a reader would: its address\'s host, else "Outlet not named" with its first words', () => {
    const card = paragraphCard(
      {
        index: 0,
        text: 'x',
        matches: [
          match({ sourceId: 'a1', url: 'https://www.example.org/story' } as Partial<Match>),
          match({ sourceId: 'b2', sourceTitle: 'First lady Melania Trump said Friday that…' }),
        ],
      },
      () => undefined,
    );
    const items = [...card.querySelectorAll('li.pl-match')].map((li) => [
      li.querySelector('.pl-outlet')!.textContent,
      li.querySelector('.pl-outlet-hint')?.textContent ?? null,
    ]);
    expect(items).toEqual([
      ['example.org', null],
      ['Outlet not named', '\u201cFirst lady Melania Trump said Friday that…\u201d'],
    ]);
    expect(card.textContent).not.toMatch(/a1|b2/);
  });

  it('emphasises the shared span and shows a quote variant as struck and underlined words, all as text', () => {
    const first = paragraphCard(paragraph, () => undefined).querySelector('li')!;
    expect(first.querySelector('.pl-outlet')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(first.querySelector('img')).toBeNull();
    expect([...first.querySelectorAll('blockquote mark')].map((m) => m.textContent)).toEqual(['minister']);
    expect(first.querySelector('.pl-variant-title')!.textContent).toBe('This outlet quotes it differently:');
    expect([...first.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['it']);
    expect([...first.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['so']);
    expect(first.querySelector('.pl-variant-diff')!.textContent).toBe('said it so');
  });

  it('closes through its close button', () => {
    const onClose = vi.fn();
    const close = paragraphCard(paragraph, onClose).querySelector<HTMLButtonElement>('button.pl-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    close.dispatchEvent(new page.Event('click'));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('marks each match with its origin and address; a known http(s) address is a link opening a new tab, any other is not', () => {
    const card = paragraphCard(
      {
        index: 0,
        text: 'The ferry did not sail.',
        matches: [
          match({ sourceId: 'packed', outlet: 'Harbour Wire', origin: 'pack', url: 'https://harbour-wire.example/strike', published: '2026-04-14' }),
          match({ sourceId: 'bundled', outlet: 'Seed Post', origin: 'bundled', published: '2026-04-15' }),
          match({ sourceId: 'hostile', outlet: 'Trick', origin: 'pack', url: 'javascript:alert(1)', published: '2026-04-16' }),
        ],
      },
      () => undefined,
    );
    const [packed, bundled, hostile] = [...card.querySelectorAll('li.pl-match')];
    expect(packed!.getAttribute('data-origin')).toBe('pack');
    expect(packed!.getAttribute('data-source-url')).toBe('https://harbour-wire.example/strike');
    const link = packed!.querySelector('a.pl-outlet')!;
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel'), link.textContent]).toEqual([
      'https://harbour-wire.example/strike',
      '_blank',
      'noopener noreferrer',
      'Harbour Wire',
    ]);
    expect(bundled!.getAttribute('data-origin')).toBe('bundled');
    expect(bundled!.hasAttribute('data-source-url')).toBe(false);
    expect(bundled!.querySelector('a')).toBeNull();
    expect(hostile!.getAttribute('data-origin')).toBe('pack');
    expect(hostile!.hasAttribute('data-source-url')).toBe(false);
    expect(hostile!.querySelector('a')).toBeNull();
  });
});
