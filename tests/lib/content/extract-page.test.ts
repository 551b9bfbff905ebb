import { describe, expect, it, vi } from 'vitest';
import { parseHtmlDocument } from '../../../lib/node/parse-html';
import { extractPage, MAP_CHUNK } from '../../../lib/content/extract-page';
import { fixtureHtml, fixtureSubmission } from '../../helpers/fixture-page';

describe('extractPage', () => {
  it('submits what extraction reads, and finds each paragraph’s live element', async () => {
    const doc = parseHtmlDocument(fixtureHtml('seed-wire-story.html'));
    const extract = await extractPage(doc, async () => undefined);
    // With the outlet and date the page's own markup gives (og:site_name, article:published_time), for the reading memory.
    expect(extract.submission).toEqual({ ...fixtureSubmission('seed-wire-story.html'), meta: { outlet: 'The Northern Ledger', published: '2025-10-12' } });
    expect(extract.elements).toHaveLength(extract.submission.paragraphs.length);
    extract.elements.forEach((el, i) => {
      expect(el).not.toBeNull();
      expect(el!.ownerDocument).toBe(doc);
      expect(el!.textContent!.replace(/\s+/g, ' ').trim()).toBe(extract.submission.paragraphs[i]);
    });
  });

  it('sends a page that is not an article as such, with no text', async () => {
    const extract = await extractPage(parseHtmlDocument(fixtureHtml('section-front.html')), async () => undefined);
    expect(extract).toEqual({ submission: { title: 'World news | The Northern Ledger', readerable: false, paragraphs: [] }, elements: [] });
  });

  it('yields to the page between chunks of a long article', async () => {
    const n = MAP_CHUNK * 3 + 5;
    const body = Array.from(
      { length: n },
      (_, i) =>
        `<p>Paragraph ${i} of a long live blog, with enough words in it to count as prose for the reader view, which wants sentences and commas, like this one.</p>`,
    ).join('');
    const doc = parseHtmlDocument(`<!doctype html><html><head><title>Live</title></head><body><article><h1>Live</h1>${body}</article></body></html>`);
    const pause = vi.fn(async () => undefined);
    const extract = await extractPage(doc, pause);
    expect(extract.submission.paragraphs).toHaveLength(n);
    // One before Readability, then one between each chunk of the mapping.
    expect(pause).toHaveBeenCalledTimes(1 + Math.floor((n - 1) / MAP_CHUNK));
  });
});
