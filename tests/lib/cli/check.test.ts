import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck, type CheckIo } from '../../../lib/cli/check';
import { isDocumentedErrorLine } from '../../../lib/cli/reasons';
import type { ProvenanceIndex } from '../../../lib/index/model';
import type { PageReport } from '../../../lib/types';
import { SEED_IDS, seedAsHtml, seedTestIndex, seedText } from '../../helpers/seeds';
import { pathToFileURL } from 'node:url';
import { toAnnotationCollection, type AnnotationCollection } from '../../../lib/export/web-annotation';
import { annotationModelViolations } from '../export/anno-model';

let dir: string;
let index: ProvenanceIndex;

async function check(argv: string[], stdin: string | Uint8Array = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CheckIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    index: () => index,
  };
  const status = await runCheck(argv, io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

beforeAll(async () => {
  index = await seedTestIndex();
  dir = mkdtempSync(join(tmpdir(), 'check-'));
  for (const id of SEED_IDS) writeFileSync(join(dir, `${id}.html`), seedAsHtml(id));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --json', () => {
  it('prints one schema-1 JSON document and exits 0', async () => {
    const { status, stdout, stderr } = await check([join(dir, `${SEED_IDS[1]}.html`), '--json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const r = JSON.parse(stdout) as PageReport;
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['schema', 'title', 'readerable', 'self', 'paragraphs', 'outlets']));
    expect(r.schema).toBe(1);
    expect(typeof r.readerable).toBe('boolean');
    r.paragraphs.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(p.text).toBe(p.text.replace(/\s+/g, ' ').trim());
      const ids = p.matches.map((m) => m.sourceId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const m of p.matches) {
        expect(['passage', 'quote', 'claim']).toContain(m.kind);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(m.sourceText.length).toBeGreaterThan(0);
        expect(m.outlet === null || typeof m.outlet === 'string').toBe(true);
      }
    });
    const counts = r.outlets.map((o) => o.paragraphs);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const o of r.outlets) {
      expect(o.paragraphs).toBe(r.paragraphs.filter((p) => p.matches.some((m) => m.sourceId === o.sourceId)).length);
      expect(o.published === null || /^\d{4}-\d{2}-\d{2}$/.test(o.published)).toBe(true);
    }
  });

  it.each(SEED_IDS)('reports %s as self and other seeds that carry its passages and quotes', async (id) => {
    const r = JSON.parse((await check([join(dir, `${id}.html`), '--json'])).stdout) as PageReport;
    expect(r.self?.sourceId).toBe(id);
    expect(r.paragraphs.flatMap((p) => p.matches).some((m) => m.sourceId === id)).toBe(false);
    expect(r.outlets.length).toBeGreaterThanOrEqual(2);
  });

  it('names the outlet where the source names one, and null where not', async () => {
    const r = JSON.parse((await check([join(dir, `${SEED_IDS[3]}.html`), '--json'])).stdout) as PageReport;
    const byId = Object.fromEntries(r.outlets.map((o) => [o.sourceId, o]));
    expect(byId['002_064f4c01c2051cd1']?.outlet).toBe('The Moscow Times');
    expect(byId['001_a430edec51f01de0']?.outlet).toBeNull();
    expect(byId['001_a430edec51f01de0']?.published).toBe('2025-10-10');
    // What a reader can tell it by: its first words (it has no title), in its matches too.
    expect(byId['001_a430edec51f01de0']?.sourceTitle).toMatch(/^First lady Melania Trump said Friday\b.*…$/);
    const matches = r.paragraphs.flatMap((p) => p.matches);
    for (const m of matches) expect(m.sourceTitle === undefined).toBe(m.outlet !== null);
  });

  it('reads a plain-text article, one paragraph per line', async () => {
    const file = join(dir, 'seed.txt');
    writeFileSync(file, seedText(SEED_IDS[2]));
    const r = JSON.parse((await check([file, '--json'])).stdout) as PageReport;
    expect(r.self?.sourceId).toBe(SEED_IDS[2]);
    expect(r.paragraphs.map((p) => p.text)).toContain('Sign up for our free weekly newsletter');
    // The newsletter box is on the page, but furniture never matches.
    const box = r.paragraphs.find((p) => p.text.startsWith('Our weekly newsletter'))!;
    expect(box.matches).toEqual([]);
  });

  it('reads HTML on standard input', async () => {
    const r = JSON.parse((await check(['-', '--json'], seedAsHtml(SEED_IDS[4]))).stdout) as PageReport;
    expect(r.self?.sourceId).toBe(SEED_IDS[4]);
  });

  it("reads standard input's bytes in the charset the page declares", async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>';
    const r = JSON.parse((await check(['-', '--json'], Buffer.from(html, 'latin1'))).stdout) as PageReport;
    expect(r.title).toBe('Caf\u00e9');
  });

  it('reports no match and no self on an unrelated page', async () => {
    const file = join(dir, 'unrelated.html');
    writeFileSync(
      file,
      `<html><head><title>Harbour</title></head><body><article>${'<p>The harbour authority approved a new ferry timetable on Tuesday after months of consultation with residents and operators, who had asked for earlier crossings in winter.</p>'.repeat(6)}</article></body></html>`,
    );
    const r = JSON.parse((await check([file, '--json'])).stdout) as PageReport;
    expect(r.self).toBeNull();
    expect(r.outlets).toEqual([]);
  });

  it('prints a readable report without --json', async () => {
    const { status, stdout } = await check([join(dir, `${SEED_IDS[1]}.html`)]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Carried by \d+ outlets/);
    expect(stdout).toContain('The Moscow Times');
    expect(stdout).toMatch(/Outlet not named \u201cFirst lady Melania\b[^\u201d]*\u201d \(001_a430edec51f01de0\)/);
    expect(() => JSON.parse(stdout)).toThrow();
  });
});

describe('check on bad input', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(dir, 'nope.html'), /nope\.html: no such file$/],
    ['a directory', () => dir, /is a directory/],
    [
      'a binary file',
      () => {
        const f = join(dir, 'image.png');
        writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
        return f;
      },
      /image\.png: binary file/,
    ],
    [
      'an empty file',
      () => {
        const f = join(dir, 'empty.html');
        writeFileSync(f, '');
        return f;
      },
      /empty\.html: empty file/,
    ],
  ];
  it.each(cases)('%s: a one-line error naming the file, exit status 2', async (_name, make, message) => {
    const file = make();
    const { status, stdout, stderr } = await check([file, '--json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(file);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(isDocumentedErrorLine(stderr.trim())).toBe(true);
  });

  it('invalid UTF-8 with no charset declared: read as a browser shows it, U+FFFD where the bad bytes were', async () => {
    const f = join(dir, 'bad.txt');
    writeFileSync(f, Buffer.concat([Buffer.from('Caf\u00e9 \u201cfine\u201d '), Buffer.from([0xff, 0x20, 0xc3, 0x28]), Buffer.from(' end\n')]));
    const { status, stdout, stderr } = await check([f, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as PageReport).paragraphs.map((p) => p.text)).toEqual(['Caf\u00e9 \u201cfine\u201d \ufffd \ufffd( end']);
  });

  it('an unreadable file: exit 2', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const f = join(dir, 'locked.html');
    writeFileSync(f, '<p>x</p>');
    chmodSync(f, 0);
    expect((await check([f])).status).toBe(2);
  });

  it('no page or an unknown option: usage, exit 2', async () => {
    expect((await check([])).status).toBe(2);
    expect((await check(['--bogus'])).stderr).toMatch(/usage/);
  });

  it('decodes a page in a declared legacy charset', async () => {
    const f = join(dir, 'latin1.html');
    const html = '<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><p>Caf\u00e9 cr\u00e8me</p></body></html>';
    writeFileSync(f, Buffer.from(html, 'latin1'));
    const r = JSON.parse((await check([f, '--json'])).stdout) as PageReport;
    expect(r.title).toBe('Caf\u00e9');
  });

  it('reads a page from a sub-folder path', async () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'p.htm'), seedAsHtml(SEED_IDS[0]));
    expect((await check([join(dir, 'sub', 'p.htm'), '--json'])).status).toBe(0);
  });
});

describe('check as a process', () => {
  const run = async (args: string[], input?: Uint8Array) => {
    const { spawnSync } = await import('node:child_process');
    // tsx under the project's Node 22 (process.execPath is it under npm/npx).
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { encoding: 'utf8', timeout: 60_000, input });
  };
  it('reads standard input as bytes, in the charset the page declares', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Caf\u00e9 cr\u00e8me</title></head><body><p>x</p></body></html>';
    const r = await run(['-', '--json'], Buffer.from(html, 'latin1'));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as PageReport).title).toBe('Caf\u00e9 cr\u00e8me');
  }, 60_000);
  it('prints only JSON on standard output and exits 0', async () => {
    const r = await run([join(dir, `${SEED_IDS[0]}.html`), '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as PageReport).schema).toBe(1);
  }, 60_000);
  it('exits 2 with one line and no stack trace for a missing file', async () => {
    const r = await run([join(dir, 'missing.html'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('check --annotations', () => {
  it('prints the report as a W3C Web Annotation collection, targeting --url, that conforms to the model', async () => {
    const page = join(dir, `${SEED_IDS[1]}.html`);
    const json = JSON.parse((await check([page, '--json', '--url', 'https://news.example/a'])).stdout) as PageReport;
    const { status, stdout, stderr } = await check([page, '--annotations', '--url', 'https://news.example/a']);
    expect([status, stderr]).toEqual([0, '']);
    const c = JSON.parse(stdout) as AnnotationCollection;
    expect(annotationModelViolations(c)).toEqual([]);
    expect(c).toEqual(toAnnotationCollection(json, 'https://news.example/a'));
    expect(c.total).toBe(json.paragraphs.reduce((n, p) => n + p.matches.length, 0));
    expect(c.total).toBeGreaterThan(0);
  });

  it("without --url targets the file's own file: address; with --json too, a documented usage line", async () => {
    const page = join(dir, `${SEED_IDS[1]}.html`);
    const c = JSON.parse((await check([page, '--annotations'])).stdout) as AnnotationCollection;
    expect(c.first!.items[0]!.target.source).toBe(pathToFileURL(page).href);
    const both = await check([page, '--annotations', '--json']);
    expect(both.status).toBe(2);
    expect(both.stdout).toBe('');
    expect(isDocumentedErrorLine(both.stderr.trimEnd())).toBe(true);
  });
});
