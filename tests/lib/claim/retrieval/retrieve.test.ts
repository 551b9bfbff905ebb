import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageClaimContext } from '../../../../lib/claim/claim';
import { explainClaims } from '../../../../lib/claim/explanation/explain';
import { preparePageParagraph } from '../../../../lib/match/page-paragraph';
import { pageFromText } from '../../../../lib/extract/page-input';
import type { ProvenanceIndex } from '../../../../lib/index/model';
import { seedTestIndex } from '../../../helpers/seeds';
import { RETRIEVE } from '../../../../lib/claim/retrieval/retrieve';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/accuracy', import.meta.url));
// Pages that restate the seeds' facts in other words, and pages about something else.
const PAGES = [
  'paraphrase-01-kids-back',
  'paraphrase-02-letter',
  'paraphrase-04-war-zone',
  'paraphrase-05-brief',
  'commentary-02-count-children',
  'same-people-03-budapest-call',
  'unrelated-01-sudan-reunions',
];

let index: ProvenanceIndex;
const caps = { ...RETRIEVE };
beforeAll(async () => {
  index = await seedTestIndex();
  // The caps on candidates keep the best-ranked; the bounds are what is tested here.
  RETRIEVE.candidatesPerSource = 1e9;
  RETRIEVE.maxCandidates = 1e9;
});
afterAll(() => {
  Object.assign(RETRIEVE, caps);
});

describe('retrieveClaimCandidates (through explainClaims)', () => {
  // Retrieval prunes with bounds computed from the index's postings; the
  // pruning is meant never to drop a source sentence the verifier would
  // keep. Checked against the verifier run on every sentence of every source.
  it.each(PAGES)('proposes every source sentence the verifier accepts: %s', (name) => {
    const page = pageFromText(readFileSync(`${FIXTURES}/${name}/page.txt`, 'utf8'));
    const ctx = pageClaimContext(page.paragraphs, index);
    let accepted = 0;
    page.paragraphs.forEach((text, i) => {
      const par = preparePageParagraph(i, text);
      for (let source = 0; source < index.sources.length; source++) {
        const retrieved = explainClaims(par, index, source, ctx);
        const exhaustive = explainClaims(par, index, source, ctx, { exhaustive: true });
        exhaustive.forEach((unit, u) => {
          const proposed = new Set(retrieved[u]!.candidates.map((c) => c.text));
          for (const c of unit.candidates) {
            if (!c.verdict.ok) continue;
            accepted++;
            expect(proposed, `${unit.sentence} -> ${c.text}`).toContain(c.text);
          }
        });
      }
    });
    if (name.startsWith('paraphrase')) expect(accepted).toBeGreaterThan(0);
  });

  // An efficiency guard, not a correctness one: the bound prunes most sentences. Measured on
  // this page: 135 of 1,876 proposed with windows inside the paragraph; 194 since the windows of
  // wire copy's one-sentence paragraphs reach across the break (`windowHolds`), which lets more
  // windows share enough to pass the bound.
  it('proposes far fewer sentences than there are', () => {
    const page = pageFromText(readFileSync(`${FIXTURES}/paraphrase-01-kids-back/page.txt`, 'utf8'));
    const ctx = pageClaimContext(page.paragraphs, index);
    let proposed = 0;
    let all = 0;
    page.paragraphs.forEach((text, i) => {
      const par = preparePageParagraph(i, text);
      for (let source = 0; source < index.sources.length; source++) {
        for (const unit of explainClaims(par, index, source, ctx)) proposed += unit.candidates.length;
        for (const unit of explainClaims(par, index, source, ctx, { exhaustive: true })) all += unit.candidates.length;
      }
    });
    expect(proposed).toBeLessThan(all / 8);
  });
});
