import type { Match, PageReport, ParagraphReport, Span } from '../types';
import { webAddress } from '../text/web-address';
import { stableUuid } from './annotation-ids';

/** The W3C Web Annotation Data Model's JSON-LD context (https://www.w3.org/TR/annotation-model/). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How much text either side of a quoted span goes into `prefix`/`suffix`: enough to tell repeats apart. */
const AFFIX_CHARS = 32;

/** A TextQuoteSelector: the quoted words, with a little text either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A body or target that is a part of another resource (the source article, the page). */
export interface SpecificResource {
  type: 'SpecificResource';
  source: string;
  purpose?: string;
  selector?: TextQuoteSelector;
}

/** A body carried as text inside the annotation. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'describing' | 'tagging' | 'identifying' | 'commenting';
}

/** One source carrying one paragraph of the page, as a Web Annotation. */
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'linking' | 'describing';
  body: Array<SpecificResource | TextualBody>;
  target: { source: string; selector: TextQuoteSelector };
}

/** The page of annotations (all of them: one page). */
export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: 0;
  items: Annotation[];
}

/** The page's report as a W3C AnnotationCollection (JSON-LD). */
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: string };
  /** Absent where nothing matched: an AnnotationPage must hold at least one annotation. */
  first?: AnnotationPage;
}

/**
 * The report as a Web Annotation collection: one annotation per source per
 * matched paragraph, targeting the paragraph's matched words on `pageUrl`
 * with a TextQuoteSelector, its body citing the source (its address with
 * the sentence it carried, where the address is known; the sentence; the
 * outlet; how it carried it). Ids are stable `urn:uuid:`s. Pure.
 */
export function toAnnotationCollection(report: PageReport, pageUrl: string): AnnotationCollection {
  const id = stableUuid('collection', pageUrl, report.indexVersion);
  const items = report.paragraphs.flatMap((p) => p.matches.map((m) => toAnnotation(p, m, pageUrl, report.indexVersion)));
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Provenance Lens: other outlets that carried ${report.title ? `“${report.title}”` : pageUrl}`,
    total: items.length,
    generator: { type: 'Software', name: 'Provenance Lens' },
  };
  if (items.length) collection.first = { id: stableUuid('page', id), type: 'AnnotationPage', partOf: id, startIndex: 0, items };
  return collection;
}

function toAnnotation(p: ParagraphReport, m: Match, pageUrl: string, indexVersion: string): Annotation {
  const outlet = m.outlet ?? m.sourceTitle ?? m.url ?? 'an outlet not named';
  const date = m.origin === 'memory' && m.readAt ? `read ${m.readAt}` : m.published ? `published ${m.published}` : 'no date';
  const body: Array<SpecificResource | TextualBody> = [];
  const address = webAddress(m.url);
  if (address) body.push({ type: 'SpecificResource', source: address, purpose: 'linking', selector: quoteSelector(m.sourceText, m.sourceSpan) });
  body.push(
    { type: 'TextualBody', value: m.sourceText, format: 'text/plain', purpose: 'describing' },
    { type: 'TextualBody', value: outlet, format: 'text/plain', purpose: 'identifying' },
    { type: 'TextualBody', value: m.kind, format: 'text/plain', purpose: 'tagging' },
    {
      type: 'TextualBody',
      value: `${outlet} (${date}) carried the same ${m.kind} as paragraph ${p.index + 1}; score ${m.score.toFixed(2)}; source ${m.sourceId}.`,
      format: 'text/plain',
      purpose: 'commenting',
    },
  );
  return {
    id: stableUuid('annotation', pageUrl, indexVersion, String(p.index), m.sourceId),
    type: 'Annotation',
    motivation: address ? 'linking' : 'describing',
    body,
    target: { source: pageUrl, selector: quoteSelector(p.text, m.span) },
  };
}

/** The span's words (the whole text where there is no usable span), with up to AFFIX_CHARS either side. */
export function quoteSelector(text: string, span: Span | undefined): TextQuoteSelector {
  const s = span && span.start >= 0 && span.end <= text.length && span.start < span.end ? span : { start: 0, end: text.length };
  const selector: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(s.start, s.end) };
  const prefix = text.slice(Math.max(0, s.start - AFFIX_CHARS), s.start);
  const suffix = text.slice(s.end, s.end + AFFIX_CHARS);
  if (prefix) selector.prefix = prefix;
  if (suffix) selector.suffix = suffix;
  return selector;
}
