import { beforeAll, describe, expect, it } from 'vitest';
import { toAnnotationCollection, quoteSelector, type Annotation } from '../../../lib/export/web-annotation';
import { matchPage } from '../../../lib/match/match-page';
import { pageFromText } from '../../../lib/extract/page-input';
import type { ProvenanceIndex } from '../../../lib/index/model';
import type { Match, PageReport } from '../../../lib/types';
import { SEED_IDS, seedTestIndex, seedText } from '../../helpers/seeds';
import { annotationModelViolations } from './anno-model';

const PAGE = 'https://news.example/2025/10/story';
let index: ProvenanceIndex;
let report: PageReport;

beforeAll(async () => {
  index = await seedTestIndex();
  report = matchPage(pageFromText(seedText(SEED_IDS[1]!), PAGE), index);
});

const allMatches = (r: PageReport) => r.paragraphs.flatMap((p) => p.matches.map((m) => ({ p, m })));

describe('toAnnotationCollection', () => {
  it('the validator catches what breaks the model (so a pass means something)', () => {
    expect(annotationModelViolations({})).not.toEqual([]);
    const c = toAnnotationCollection(report, PAGE);
    const broken = structuredClone(c) as unknown as { first: { items: Array<Record<string, unknown>> } };
    delete broken.first.items[0]!.target;
    broken.first.items[1]!.type = 'Note';
    (broken.first.items[2]!.target as { selector: { exact?: string } }).selector.exact = undefined;
    expect(annotationModelViolations(broken)).toEqual([
      'items[0]: must have at least one target',
      'items[1]: type must include Annotation',
      'items[2].target.selector: a TextQuoteSelector must have exact text',
    ]);
    expect(annotationModelViolations({ ...c, total: c.total + 1 })).toHaveLength(1);
  });

  it('on a real report: conforms to the W3C model, one annotation per source per matched paragraph, in page order', () => {
    const c = toAnnotationCollection(report, PAGE);
    expect(annotationModelViolations(c)).toEqual([]);
    const pairs = allMatches(report);
    expect(pairs.length).toBeGreaterThan(3);
    expect(c.total).toBe(pairs.length);
    expect(c.first!.items).toHaveLength(pairs.length);
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    c.first!.items.forEach((a: Annotation, i) => {
      const { p, m } = pairs[i]!;
      expect(a.target.source).toBe(PAGE);
      expect(a.target.selector.type).toBe('TextQuoteSelector');
      // The selector quotes the paragraph: prefix + exact + suffix is a piece of it.
      const { prefix = '', exact, suffix = '' } = a.target.selector;
      expect(p.text).toContain(prefix + exact + suffix);
      if (m.span) expect(exact).toBe(p.text.slice(m.span.start, m.span.end));
      const bodies = a.body.filter((b) => b.type === 'TextualBody');
      expect(bodies.find((b) => b.purpose === 'describing')!.value).toBe(m.sourceText);
      expect(bodies.find((b) => b.purpose === 'tagging')!.value).toBe(m.kind);
      expect(bodies.find((b) => b.purpose === 'commenting')!.value).toContain(m.sourceId);
    });
  });

  it('cites the source\'s address with its sentence where the address is a web address, and only then "links"', () => {
    const withUrl = structuredClone(report);
    const [first, second] = allMatches(withUrl);
    (first!.m as Match).url = 'https://wire.example/a?b=1';
    (second!.m as Match).url = 'javascript:alert(1)';
    const c = toAnnotationCollection(withUrl, PAGE);
    expect(annotationModelViolations(c)).toEqual([]);
    const [a, b] = c.first!.items;
    expect(a!.motivation).toBe('linking');
    expect(a!.body[0]).toMatchObject({ type: 'SpecificResource', source: 'https://wire.example/a?b=1', selector: { type: 'TextQuoteSelector' } });
    const sel = (a!.body[0] as { selector: { exact: string } }).selector;
    expect(first!.m.sourceText).toContain(sel.exact);
    expect(b!.motivation).toBe('describing');
    expect(b!.body.some((x) => x.type === 'SpecificResource')).toBe(false);
    expect(JSON.stringify(c)).not.toContain('javascript:');
  });

  it('gives stable, distinct urn:uuid ids: the same report twice gives the same document', () => {
    const a = toAnnotationCollection(report, PAGE);
    expect(toAnnotationCollection(report, PAGE)).toEqual(a);
    const ids = [a.id, a.first!.id, ...a.first!.items.map((x) => x.id)];
    for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(toAnnotationCollection(report, `${PAGE}?other`).id).not.toBe(a.id);
  });

  it('a report with no match: total 0 and no page (an AnnotationPage must hold one), still valid', () => {
    const none = matchPage(pageFromText('A tram line opens in a small town.\n\nThe mayor cut a ribbon.', PAGE), index);
    const c = toAnnotationCollection(none, PAGE);
    expect(c.total).toBe(0);
    expect(c.first).toBeUndefined();
    expect(annotationModelViolations(c)).toEqual([]);
  });

  it.each([
    ['a span in the middle', 'one two three four', { start: 4, end: 9 }, { exact: 'two t', prefix: 'one ', suffix: 'hree four' }],
    ['no span: the whole text, no affixes', 'one two', undefined, { exact: 'one two' }],
    ['a span out of range: the whole text', 'one two', { start: 3, end: 99 }, { exact: 'one two' }],
  ])('quoteSelector: %s', (_name, text, span, expected) => {
    expect(quoteSelector(text, span)).toEqual({ type: 'TextQuoteSelector', ...expected });
  });
});
