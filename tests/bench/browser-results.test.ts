import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBrowserResults } from '../../bench/lib/browser-results';

const dir = mkdtempSync(join(tmpdir(), 'browser-results-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('browser results', () => {
  it('reads the fields the browser bench wrote', () => {
    const file = join(dir, 'browser.json');
    writeFileSync(file, JSON.stringify({ revisitOverFirstVisit: 0.2, firstVisitMs: 120 }));
    expect(readBrowserResults(file)).toEqual({ revisitOverFirstVisit: 0.2, firstVisitMs: 120 });
  });

  it('are null where there is no file, or no JSON object in it', () => {
    expect(readBrowserResults(join(dir, 'absent.json'))).toBeNull();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[1, 2]');
    expect(readBrowserResults(bad)).toBeNull();
    writeFileSync(bad, 'not json');
    expect(readBrowserResults(bad)).toBeNull();
  });
});
