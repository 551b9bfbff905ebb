import { EXTRACT_LIMITS } from '../extract/extract-article';
import type { PageSubmission } from '../messages';

/**
 * Checks a submission's shape and bounds. Content scripts are ours, but they
 * run in the page's renderer: the background does not take their word for
 * sizes. Returns the submission, or a reason it was refused.
 */
export function validateSubmission(data: unknown): PageSubmission | string {
  if (!data || typeof data !== 'object') return 'the submission is not an object';
  const d = data as Record<string, unknown>;
  if (d.title !== null && typeof d.title !== 'string') return 'the title is not text';
  if (typeof d.readerable !== 'boolean') return 'readerable is not a boolean';
  if (!Array.isArray(d.paragraphs) || !d.paragraphs.every((p) => typeof p === 'string')) return 'paragraphs are not a list of text';
  if (d.paragraphs.length > EXTRACT_LIMITS.maxParagraphs) return `more than ${EXTRACT_LIMITS.maxParagraphs} paragraphs`;
  if (d.paragraphs.some((p: string) => p.length > EXTRACT_LIMITS.maxParagraphChars)) return `a paragraph over ${EXTRACT_LIMITS.maxParagraphChars} characters`;
  if (!d.readerable && d.paragraphs.length) return 'a page that is not an article has no paragraphs';
  if (d.disabled !== undefined && typeof d.disabled !== 'boolean') return 'disabled is not a boolean';
  if (d.disabled && d.paragraphs.length) return 'a page on a switched-off site has no paragraphs';
  const page: PageSubmission = { title: (d.title as string | null)?.slice(0, 1000) ?? null, readerable: d.readerable, paragraphs: d.paragraphs as string[] };
  if (d.disabled) page.disabled = true;
  if (d.meta !== undefined) {
    const m = d.meta as Record<string, unknown> | null;
    const text = (v: unknown) => v === null || typeof v === 'string';
    if (!m || typeof m !== 'object' || !text(m.outlet) || !text(m.published)) return 'meta is not an outlet and a date';
    page.meta = { outlet: (m.outlet as string | null)?.slice(0, 200) ?? null, published: (m.published as string | null)?.slice(0, 10) ?? null };
  }
  return page;
}
