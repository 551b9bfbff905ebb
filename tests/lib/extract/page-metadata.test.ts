import { describe, expect, it } from 'vitest';
import { pageMetadata } from '../../../lib/extract/page-metadata';
import { parseHtmlDocument } from '../../../lib/node/parse-html';

const page = (head: string) => parseHtmlDocument(`<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`);
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('pageMetadata', () => {
  it('reads the canonical link, og:site_name and article:published_time', () => {
    const doc = page(`<link rel="canonical" href="https://news.example/2026/flood"><meta property="og:site_name" content="The Courier">
      <meta property="article:published_time" content="2026-03-02T06:10:00+01:00">`);
    expect(pageMetadata(doc)).toEqual({ outlet: 'The Courier', published: '2026-03-02', url: 'https://news.example/2026/flood' });
  });

  it('reads JSON-LD: publisher and datePublished, in an array or an @graph', () => {
    const graph = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        { '@type': 'NewsArticle', datePublished: '2026-02-20', publisher: { '@type': 'Organization', name: 'Market Wire' } },
      ],
    });
    expect(pageMetadata(page(graph))).toMatchObject({ outlet: 'Market Wire', published: '2026-02-20' });
    const list = ld([{ '@type': ['ReportageNewsArticle'], datePublished: '2026-01-05T22:00:00Z', publisher: [{ name: 'Ledger' }] }]);
    expect(pageMetadata(page(list))).toMatchObject({ outlet: 'Ledger', published: '2026-01-05' });
  });

  it.each([
    [
      'og:site_name over JSON-LD publisher over Readability',
      `<meta property="og:site_name" content="A">${ld({ '@type': 'Article', publisher: { name: 'B' } })}`,
      { siteName: 'C' },
      'A',
    ],
    ['JSON-LD publisher over Readability', ld({ '@type': 'Article', publisher: { name: 'B' } }), { siteName: 'C' }, 'B'],
    ["Readability's site name", '', { siteName: 'C' }, 'C'],
    ["the address's host, without www.", '<link rel="canonical" href="https://www.harbour-news.example/a">', {}, 'harbour-news.example'],
  ])('takes the outlet from %s', (_what, head, readability, outlet) => {
    expect(pageMetadata(page(head), null, readability).outlet).toBe(outlet);
  });

  it('prefers the JSON-LD date, then article:published_time, then Readability', () => {
    expect(
      pageMetadata(page(`<meta property="article:published_time" content="2026-03-04">${ld({ '@type': 'NewsArticle', datePublished: '2026-03-03' })}`))
        .published,
    ).toBe('2026-03-03');
    expect(pageMetadata(page(''), null, { publishedTime: '2026-03-05T10:00:00Z' }).published).toBe('2026-03-05');
    expect(pageMetadata(page('<meta property="article:published_time" content="not a date">')).published).toBeNull();
  });

  it('resolves a relative canonical link against the page address, and falls back to that address', () => {
    expect(pageMetadata(page('<link rel="canonical" href="/story/1">'), 'https://paper.example/amp/story/1').url).toBe('https://paper.example/story/1');
    expect(pageMetadata(page(''), 'https://paper.example/x').url).toBe('https://paper.example/x');
    expect(pageMetadata(page('<meta property="og:url" content="https://paper.example/og">')).url).toBe('https://paper.example/og');
  });

  it('gives nothing where the page says nothing, and ignores broken JSON-LD and non-web addresses', () => {
    const doc = page('<script type="application/ld+json">{ not json</script><link rel="canonical" href="javascript:alert(1)">');
    expect(pageMetadata(doc)).toEqual({ outlet: null, published: null, url: null });
  });
});
