import { describe, expect, it } from 'vitest';
import { compactReport, restoreReport } from '../../../lib/cache/compact-report';
import { matchPage } from '../../../lib/match/match-page';
import { seedTestIndex } from '../../helpers/seeds';
import { fixtureSubmission } from '../../helpers/fixture-page';

describe('compact reports', () => {
  it('keep no page text and only matched paragraphs, and restore to the very report', async () => {
    const index = await seedTestIndex();
    const page = fixtureSubmission('seed-wire-story.html');
    const report = matchPage({ ...page, url: 'http://127.0.0.1/seed-wire-story.html' }, index);
    const compact = compactReport(report);

    expect(compact.paragraphCount).toBe(report.paragraphs.length);
    expect(compact.matched.map((p) => p.index)).toEqual(report.paragraphs.filter((p) => p.matches.length).map((p) => p.index));
    expect(compact.matched.length).toBeGreaterThan(0);
    expect(JSON.stringify(compact)).not.toContain(page.paragraphs[0]!.slice(0, 60));
    expect(compact.matched.every((p) => !('text' in p))).toBe(true);

    expect(restoreReport(compact, page.title, page.paragraphs)).toEqual(report);
  });

  it('refuse to restore onto paragraphs of another length', async () => {
    const index = await seedTestIndex();
    const page = fixtureSubmission('seed-wire-story.html');
    const compact = compactReport(matchPage(page, index));
    expect(restoreReport(compact, page.title, page.paragraphs.slice(1))).toBeNull();
  });
});
