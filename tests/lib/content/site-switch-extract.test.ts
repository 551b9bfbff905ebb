import { describe, expect, it, vi } from 'vitest';
import { parseHtmlDocument } from '../../../lib/node/parse-html';
import { extractUnlessDisabled } from '../../../lib/content/site-switch-extract';
import type { PageExtract } from '../../../lib/content/extract-page';

const doc = () => parseHtmlDocument('<html><head><title>Story</title></head><body><p>Text.</p></body></html>');
const extracted: PageExtract = { submission: { title: 'Story', readerable: true, paragraphs: ['Text.'] }, elements: [null] };

describe('extractUnlessDisabled', () => {
  it('reads nothing on a site the reader turned off', async () => {
    const extract = vi.fn(async () => extracted);
    const r = await extractUnlessDisabled(doc(), 'https://example.org/a', async () => true, extract);
    expect(extract).not.toHaveBeenCalled();
    expect(r.submission).toEqual({ title: 'Story', readerable: false, paragraphs: [], disabled: true });
  });
  it('extracts as usual elsewhere, and where the switch cannot be read', async () => {
    const extract = vi.fn(async () => extracted);
    expect(await extractUnlessDisabled(doc(), 'https://example.org/a', async () => false, extract)).toBe(extracted);
    expect(await extractUnlessDisabled(doc(), 'https://example.org/a', () => Promise.reject(new Error('storage')), extract)).toBe(extracted);
  });
});
