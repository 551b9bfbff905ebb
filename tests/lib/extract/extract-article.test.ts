import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/node/parse-html';
import { extractArticle } from '../../../lib/extract/extract-article';
import { splitParagraphs } from '../../../lib/extract/paragraphs';
import { pairTextNodes, liveElementFor } from '../../../lib/extract/map-to-live';
import { pageFromDocument } from '../../../lib/extract/page-input';
import { matchPage } from '../../../lib/match/match-page';
import { seedTestIndex, seedText } from '../../helpers/seeds';

const PROSE = [
  'The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a debate that had lasted more than a decade and divided residents.',
  'Supporters said the extension would cut commuting times by a third, while opponents warned that construction would close the main road for at least two years.',
  'The mayor said work would begin in the spring and that the first trams could run before the end of 2027 if the national government released its share of the funding.',
  'Shop owners along the route asked for compensation during the works, and the council agreed to set up a fund, though it did not say how much money it would hold.',
];

const page = (body: string) => `<!doctype html><html><head><title>Tram line</title></head><body>${body}</body></html>`;
const article = (inner: string) => page(`<nav><a href="/">Home</a></nav><article><h1>Tram line</h1>${inner}</article><footer>Footer</footer>`);

describe('splitParagraphs', () => {
  it.each([
    ['<p> elements', '<div><p>One  two\n three.</p><p>Four.</p></div>', ['One two three.', 'Four.']],
    [
      'list items and blockquotes',
      '<div><ul><li>First item.</li><li>Second.</li></ul><blockquote>Quoted.</blockquote></div>',
      ['First item.', 'Second.', 'Quoted.'],
    ],
    ['inline markup inside a paragraph', '<div><p>A <b>bold</b> and <a href="#">linked</a> word.</p></div>', ['A bold and linked word.']],
    ['text loose in a div between blocks', '<div>Loose text.<p>Para.</p>More loose.</div>', ['Loose text.', 'Para.', 'More loose.']],
    ['no headings or captions', '<div><h2>Heading</h2><p>Body.</p><figure><img><figcaption>Caption</figcaption></figure></div>', ['Body.']],
    ['no script, style or template text', '<div><p>Body.</p><script>var x = "text";</script><template><p>Hidden</p></template></div>', ['Body.']],
  ])('%s', (_name, html, expected) => {
    const doc = parseHtmlDocument(page(html));
    expect(splitParagraphs(doc.body.firstElementChild!).map((p) => p.text)).toEqual(expected);
  });

  it('survives nesting 5,000 deep', () => {
    const html = page(`${'<div>'.repeat(5000)}<p>Deep text.</p>${'</div>'.repeat(5000)}`);
    const doc = parseHtmlDocument(html);
    expect(splitParagraphs(doc.body).map((p) => p.text)).toEqual(['Deep text.']);
  });
});

describe('extractArticle', () => {
  it('extracts the article paragraphs and leaves out navigation and footer', () => {
    const doc = parseHtmlDocument(article(PROSE.map((p) => `<p>${p}</p>`).join('')));
    const a = extractArticle(doc);
    expect(a.readerable).toBe(true);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PROSE);
  });

  it('gives nothing for a page that is not an article, unless forced', () => {
    const doc = parseHtmlDocument(page('<nav><a href="/a">A</a><a href="/b">B</a></nav><p>Short.</p>'));
    expect(extractArticle(doc)).toMatchObject({ readerable: false, paragraphs: [] });
    expect(extractArticle(doc, { force: true }).readerable).toBe(false);
  });

  it('does not read a page nested deeper than its depth limit (bounded work)', () => {
    const deep = (n: number) => page(`${'<div>'.repeat(n)}${PROSE.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(n)}`);
    expect(extractArticle(parseHtmlDocument(deep(5000)), { force: true }).paragraphs).toEqual([]);
    expect(extractArticle(parseHtmlDocument(deep(60)), { force: true }).paragraphs.map((p) => p.text)).toEqual(PROSE);
  });

  it('does not change the document it reads', () => {
    const doc = parseHtmlDocument(article(PROSE.map((p) => `<p>${p}</p>`).join('')));
    const before = doc.documentElement.textContent;
    extractArticle(doc);
    expect(doc.documentElement.textContent).toBe(before);
  });

  it('maps each extracted paragraph back to its live element', () => {
    const doc = parseHtmlDocument(article(PROSE.map((p, i) => `<p id="p${i}">${p.replace('tram', '<em>tram</em>')}</p>`).join('')));
    const clone = doc.cloneNode(true) as Document;
    const pairs = pairTextNodes(doc, clone);
    const live = clone.body.querySelectorAll('p');
    // The paired nodes are the live document's own.
    const cloneParagraphs = splitParagraphs(clone.body.querySelector('article')!);
    expect(cloneParagraphs.map((p) => liveElementFor(p, pairs, doc)?.getAttribute('id'))).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(live.length).toBe(4);
  });
});

describe('seed text that is not the article never matches', () => {
  const seed = seedText('001_a430edec51f01de0')
    .split('\n')
    .filter((l) => l.length > 150)
    .slice(0, 4);
  const wrappers: Array<[string, (t: string) => string]> = [
    ['<script>', (t) => `<script>var s = ${JSON.stringify(t)};</script>`],
    ['<template>', (t) => `<template><p>${t}</p></template>`],
    ['<noscript>', (t) => `<noscript><p>${t}</p></noscript>`],
    ['an HTML comment', (t) => `<!-- ${t.replace(/--/g, '')} -->`],
    ['a hidden element', (t) => `<p hidden>${t}</p>`],
    ['a display:none element', (t) => `<p style="display:none">${t}</p>`],
    ['an aria-hidden element', (t) => `<p aria-hidden="true">${t}</p>`],
  ];
  it.each(wrappers)('seed paragraphs inside %s', async (_name, wrap) => {
    const html = article(PROSE.map((p) => `<p>${p}</p>`).join('') + seed.map(wrap).join(''));
    const report = matchPage(pageFromDocument(parseHtmlDocument(html), null, true), await seedTestIndex());
    expect(report.outlets).toEqual([]);
    expect(report.paragraphs.map((p) => p.text)).toEqual(PROSE);
  });
});
