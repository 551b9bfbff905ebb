import type { ProvenanceIndex } from '../index/model';
import { sentenceSpans } from '../text/sentences';
import type { Span } from '../types';

/**
 * The sentences of a source paragraph that overlap a character span, joined,
 * and where the span falls in that text: what a reader is shown as "the
 * source's words".
 */
export function sourceSentences(index: ProvenanceIndex, paragraph: number, span: Span): { text: string; span: Span } {
  const text = index.paragraphs[paragraph] ?? '';
  const hit = sentenceSpans(text).filter((s) => s.end > span.start && s.start < span.end);
  if (!hit.length) return { text, span };
  const from = hit[0]!.start;
  const to = hit[hit.length - 1]!.end;
  return {
    text: text.slice(from, to),
    span: { start: Math.max(0, span.start - from), end: Math.min(to, span.end) - from },
  };
}
