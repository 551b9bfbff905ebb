import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/node/parse-html';
import { deeperThan } from '../../../lib/extract/extract-article';

// html > body > n nested divs, then siblings after the deep branch.
const nested = (n: number, after = '') =>
  parseHtmlDocument(`<!doctype html><html><head></head><body>${'<div>'.repeat(n)}${'</div>'.repeat(n)}${after}</body></html>`);

describe('deeperThan', () => {
  it('counts the root as level 1 and finds the deepest element anywhere below it', () => {
    const doc = nested(5, '<p>after</p>');
    // html (1) > body (2) > 5 divs: the deepest at level 7.
    expect(deeperThan(doc.documentElement, 7)).toBe(false);
    expect(deeperThan(doc.documentElement, 6)).toBe(true);
  });

  it('finds a deep branch after shallow siblings, and stops at the root', () => {
    const doc = parseHtmlDocument('<!doctype html><html><head></head><body><p>a</p><section><div><div><b>deep</b></div></div></section></body></html>');
    const section = doc.querySelector('section')!;
    expect(deeperThan(doc.documentElement, 5)).toBe(true);
    expect(deeperThan(doc.documentElement, 6)).toBe(false);
    expect(deeperThan(section, 4)).toBe(false);
    expect(deeperThan(section, 3)).toBe(true);
    expect(deeperThan(doc.querySelector('p'), 1)).toBe(false);
  });

  it('walks a hostile depth without recursion', () => {
    expect(deeperThan(nested(5000).documentElement, 128)).toBe(true);
    expect(deeperThan(null, 1)).toBe(false);
  });
});
