import { describe, expect, it } from 'vitest';
import { seedPageHtml } from '../../bench/lib/seed-pages';
import { parseHtmlDocument } from '../../lib/node/parse-html';
import { pageFromDocument } from '../../lib/extract/page-input';
import { SEED_IDS, readSeeds, seedText } from '../helpers/seeds';

describe('seed pages', () => {
  it.each(SEED_IDS)('wrap seed %s in news markup from which extraction gets back its lines', async (id) => {
    const title = (await readSeeds()).find((r) => r.article.id === id)!.article.title;
    const page = seedPageHtml(id, seedText(id), title);
    expect(page.html).toMatch(/<nav|<footer|<aside/);
    const extracted = pageFromDocument(parseHtmlDocument(page.html, page.url), page.url, true);
    const lines = seedText(id)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && l !== title);
    const found = lines.filter((l) => extracted.paragraphs.some((p) => p.includes(l.replace(/\s+/g, ' ')))).length;
    expect(found / lines.length).toBeGreaterThan(0.8);
    for (const chrome of ['Privacy policy', 'Sign up for our newsletter', 'We use cookies']) expect(extracted.paragraphs.join('\n')).not.toContain(chrome);
  });

  it('is deterministic and escapes the text', () => {
    const a = seedPageHtml('x', 'Headline\nA <b>bold</b> & "quoted" line.', 'Headline');
    expect(seedPageHtml('x', 'Headline\nA <b>bold</b> & "quoted" line.', 'Headline')).toEqual(a);
    expect(a.html).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; "quoted" line.');
  });
});
