/**
 * The MUSTs of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * that an exported collection can break, checked without the network: returns
 * one line per violation, empty where the document conforms.
 */
export function annotationModelViolations(doc: unknown): string[] {
  const errors: string[] = [];
  const fail = (where: string, what: string) => void errors.push(`${where}: ${what}`);
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  // An IRI: a scheme, a colon, then no white space (RFC 3987's shape, loosely).
  const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
  const types = (v: unknown) => (Array.isArray(v) ? v : [v]);
  const hasType = (o: Record<string, unknown>, t: string) => types(o.type).includes(t);

  if (!isObj(doc)) return ['document: not a JSON object'];
  const ctx = types(doc['@context']);
  if (!ctx.includes('http://www.w3.org/ns/anno.jsonld')) fail('collection', '@context must include http://www.w3.org/ns/anno.jsonld');
  if (!isIri(doc.id)) fail('collection', 'id must be an IRI');
  if (!hasType(doc, 'AnnotationCollection')) fail('collection', 'type must include AnnotationCollection');
  if (doc.total !== undefined && !(Number.isInteger(doc.total) && (doc.total as number) >= 0)) fail('collection', 'total must be a non-negative integer');
  let count = 0;
  if (doc.first !== undefined) {
    const page = doc.first;
    if (!isObj(page)) return [...errors, 'first: must be an AnnotationPage object'];
    if (!isIri(page.id)) fail('page', 'id must be an IRI');
    if (!hasType(page, 'AnnotationPage')) fail('page', 'type must include AnnotationPage');
    if (!Array.isArray(page.items) || page.items.length === 0) fail('page', 'items must be a list of one or more annotations');
    if (page.partOf !== undefined && page.partOf !== doc.id && !(isObj(page.partOf) && page.partOf.id === doc.id))
      fail('page', 'partOf must name the collection');
    if (page.startIndex !== undefined && !(Number.isInteger(page.startIndex) && (page.startIndex as number) >= 0))
      fail('page', 'startIndex must be a non-negative integer');
    const ids = new Set<unknown>();
    for (const [i, a] of ((page.items as unknown[]) ?? []).entries()) {
      count++;
      const at = `items[${i}]`;
      if (!isObj(a)) {
        fail(at, 'must be an object');
        continue;
      }
      if (!isIri(a.id)) fail(at, 'id must be an IRI');
      if (ids.has(a.id)) fail(at, 'id must be unique');
      ids.add(a.id);
      if (!hasType(a, 'Annotation')) fail(at, 'type must include Annotation');
      if (a.target === undefined) fail(at, 'must have at least one target');
      for (const t of a.target === undefined ? [] : types(a.target)) checkResource(t, `${at}.target`, true);
      for (const b of a.body === undefined ? [] : types(a.body)) checkResource(b, `${at}.body`, false);
    }
  }
  if (doc.total !== undefined && doc.total !== count) fail('collection', `total is ${String(doc.total)} but the pages hold ${count}`);
  if (doc.first === undefined && doc.total !== 0) fail('collection', 'first is missing while total is not 0');
  return errors;

  function checkResource(r: unknown, at: string, isTarget: boolean) {
    if (typeof r === 'string') {
      if (!isIri(r)) fail(at, 'a resource given as a string must be an IRI');
      return;
    }
    if (!isObj(r)) return fail(at, 'must be an IRI or an object');
    if (hasType(r, 'TextualBody')) {
      if (isTarget) fail(at, 'a TextualBody cannot be a target');
      if (typeof r.value !== 'string') fail(at, 'a TextualBody must have a string value');
      return;
    }
    if (r.source !== undefined || r.selector !== undefined) {
      // A SpecificResource: its source MUST be given, as an IRI (or a resource with an id).
      if (!isIri(r.source) && !(isObj(r.source) && isIri(r.source.id))) fail(at, 'a SpecificResource must have a source IRI');
      for (const s of r.selector === undefined ? [] : types(r.selector)) {
        if (!isObj(s) || typeof s.type !== 'string') fail(`${at}.selector`, 'must have a type');
        else if (s.type === 'TextQuoteSelector') {
          if (typeof s.exact !== 'string' || !s.exact) fail(`${at}.selector`, 'a TextQuoteSelector must have exact text');
          for (const k of ['prefix', 'suffix']) if (s[k] !== undefined && typeof s[k] !== 'string') fail(`${at}.selector`, `${k} must be a string`);
        }
      }
      return;
    }
    if (!isIri(r.id)) fail(at, 'an external resource must have an IRI id');
  }
}
