import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../../lib/background/submission';
import { EXTRACT_LIMITS } from '../../../lib/extract/extract-article';

describe('validateSubmission', () => {
  it('accepts the content script’s shape', () => {
    expect(validateSubmission({ title: null, readerable: true, paragraphs: ['a', 'b'] })).toEqual({ title: null, readerable: true, paragraphs: ['a', 'b'] });
  });

  it.each([
    ['not an object', 'page'],
    ['a title that is not text', { title: 1, readerable: true, paragraphs: [] }],
    ['no readerable flag', { title: null, paragraphs: [] }],
    ['paragraphs that are not text', { title: null, readerable: true, paragraphs: [1] }],
    ['too many paragraphs', { title: null, readerable: true, paragraphs: Array(EXTRACT_LIMITS.maxParagraphs + 1).fill('x') }],
    ['an oversized paragraph', { title: null, readerable: true, paragraphs: ['x'.repeat(EXTRACT_LIMITS.maxParagraphChars + 1)] }],
    ['paragraphs of a page that is not an article', { title: null, readerable: false, paragraphs: ['x'] }],
    ['a disabled flag that is not a boolean', { title: null, readerable: false, paragraphs: [], disabled: 'yes' }],
    ['metadata that is not an outlet and a date', { title: null, readerable: true, paragraphs: ['a'], meta: { outlet: 3, published: null } }],
  ])('refuses %s', (_name, data) => {
    expect(typeof validateSubmission(data)).toBe('string');
  });

  it('keeps the page’s outlet and date, bounded', () => {
    const page = validateSubmission({ title: null, readerable: true, paragraphs: ['a'], meta: { outlet: 'The Ledger', published: '2025-10-12T08:30' } });
    expect(page).toEqual({ title: null, readerable: true, paragraphs: ['a'], meta: { outlet: 'The Ledger', published: '2025-10-12' } });
  });

  it('keeps the site switch flag', () => {
    expect(validateSubmission({ title: 'T', readerable: false, paragraphs: [], disabled: true })).toEqual({
      title: 'T',
      readerable: false,
      paragraphs: [],
      disabled: true,
    });
  });

  it('drops fields it does not know', () => {
    expect(validateSubmission({ title: 'T', readerable: false, paragraphs: [], url: 'https://evil.example/' })).toEqual({
      title: 'T',
      readerable: false,
      paragraphs: [],
    });
  });
});
