import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { chmodSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuildIndex } from '../../../lib/cli/build-index';
import { readPack } from '../../../lib/index/pack';
import { articleHtml, SECTION_FRONT_HTML, SMALL_ARTICLES } from '../../helpers/small-articles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-index-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function build(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runBuildIndex(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), seedIndexPath: join(dir, 'unused.json') });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A folder of the small articles as saved pages, and optionally other files. */
function folder(name: string, extra: Record<string, string | Uint8Array> = {}, articles = SMALL_ARTICLES): string {
  const d = join(dir, name);
  mkdirSync(d);
  articles.forEach((a, i) => writeFileSync(join(d, `story-${i}.html`), articleHtml(a)));
  for (const [file, body] of Object.entries(extra)) writeFileSync(join(d, file), body);
  return d;
}

describe('build:index --out <pack-file>', () => {
  it("writes a pack of the folder's pages, with outlet, date and address from each page's markup", async () => {
    const out = join(dir, 'news.plpack');
    const r = await build(['--in', folder('news', { 'front.html': SECTION_FRONT_HTML }), '--out', out, '--name', 'Floods and results']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('build-index: skipped 1 page that is not an article: front.html');
    expect(r.stdout).toMatch(/^pack [0-9a-f]{16}: 4 articles, \d+ paragraphs, \d+ bytes -> /);
    const { meta, index } = readPack(readFileSync(out));
    expect(meta).toMatchObject({ name: 'Floods and results', articles: 4, outlets: 4, firstPublished: '2026-02-20', lastPublished: '2026-03-03' });
    const byUrl = new Map([...index.sources].map((s) => [s.url, s]));
    for (const a of SMALL_ARTICLES) {
      const s = byUrl.get(a.url)!;
      expect(s, a.url!).toBeDefined();
      expect([s.outlet, s.published, s.title]).toEqual([a.outlet, a.published, a.title]);
      expect(s.id).toMatch(/^story-\d_[0-9a-f]{16}$/);
    }
    expect([...index.paragraphs].some((p) => p.includes('Copyright'))).toBe(false);
  });

  it('gives the same bytes for the same folder, and names the pack after the folder by default', async () => {
    const src = folder('floods-and-results');
    const [a, b] = [join(dir, 'a.plpack'), join(dir, 'b.plpack')];
    expect((await build(['--in', src, '--out', a])).status).toBe(0);
    expect((await build(['--in', src, '--out', b])).status).toBe(0);
    expect(readFileSync(b).equals(readFileSync(a))).toBe(true);
    expect(readPack(readFileSync(a)).meta.name).toBe('floods-and-results');
    expect((await build(['--in', src, '--out', a])).stdout).toMatch(/\(unchanged\)$/);
  });

  it('gives an article the same id in every pack it lands in', async () => {
    const all = join(dir, 'all.plpack');
    const one = join(dir, 'one.plpack');
    await build(['--in', folder('all'), '--out', all]);
    await build(['--in', folder('one', {}, SMALL_ARTICLES.slice(0, 1)), '--out', one]);
    const idOf = (file: string) => [...readPack(readFileSync(file)).index.sources].find((s) => s.url === SMALL_ARTICLES[0]!.url)!.id;
    expect(idOf(one)).toBe(idOf(all));
  });

  it.each([
    ['an empty folder', () => folder('empty', {}, []), /no \.txt or \.html article in this folder/],
    ['a missing folder', () => join(dir, 'missing'), /no such folder/],
    [
      'a folder of pages that are not articles',
      () => folder('fronts', { 'a.html': SECTION_FRONT_HTML, 'b.html': SECTION_FRONT_HTML }, []),
      /no article in this folder \(its 2 pages are not articles\)/,
    ],
    ['a binary file', () => folder('binary', { 'photo.html': Uint8Array.of(0xff, 0xd8, 0, 0, 1, 2, 3) }), /photo\.html: binary file/],
  ])('refuses %s: one line, exit 2, nothing written', async (_what, make, reason) => {
    const out = join(dir, 'x.plpack');
    const r = await build(['--in', make(), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses a file it cannot read, naming it', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const src = folder('locked', { 'locked.html': articleHtml(SMALL_ARTICLES[0]!) });
    chmodSync(join(src, 'locked.html'), 0o000);
    const r = await build(['--in', src, '--out', join(dir, 'x.plpack')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/locked\.html: permission denied$/);
  });

  it('keeps writing the bundled form for a .json file, and refuses --name there', async () => {
    const src = folder('json');
    const out = join(dir, 'index.json');
    expect((await build(['--in', src, '--out', out])).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: expect.any(Number), version: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const named = await build(['--in', src, '--out', out, '--name', 'x']);
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(/--name names a pack/);
  });
});
