import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck, type CheckIo } from '../../../lib/cli/check';
import { runBuildIndex } from '../../../lib/cli/build-index';
import type { ArticleInput, ProvenanceIndex } from '../../../lib/index/model';
import type { PageReport } from '../../../lib/types';
import { SEED_IDS, seedAsHtml, seedTestIndex, seedText, SEEDS_DIR } from '../../helpers/seeds';
import { articleHtml, EARNINGS_PAPER, EARNINGS_WIRE, FLOOD_PAPER, FLOOD_WIRE } from '../../helpers/small-articles';

let dir: string;
let bundled: ProvenanceIndex;
const file = (name: string) => join(dir, name);

async function check(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CheckIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), readStdin: async () => new Uint8Array(0), index: () => bundled };
  const status = await runCheck(argv, io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

async function json(argv: string[]): Promise<PageReport> {
  const r = await check([...argv, '--json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as PageReport;
}

/** A report's passage and quote matches, as (paragraph, source, kind, score, origin). */
function verbatim(r: PageReport): string[] {
  return r.paragraphs.flatMap((p) => p.matches.filter((m) => m.kind !== 'claim').map((m) => `${p.index} ${m.sourceId} ${m.kind} ${m.score} ${m.origin}`));
}

async function buildPack(name: string, articles: readonly ArticleInput[]): Promise<string> {
  const src = file(`${name}-pages`);
  mkdirSync(src);
  articles.forEach((a, i) => writeFileSync(join(src, `${name}-${i}.html`), articleHtml(a)));
  const status = await runBuildIndex(['--in', src, '--out', file(`${name}.plpack`)], {
    stdout: () => {},
    stderr: () => {},
    seedIndexPath: file('unused.json'),
  });
  expect(status).toBe(0);
  return file(`${name}.plpack`);
}

/** A third outlet's flood story: two of the wire's paragraphs copied, the rest its own. */
const FLOOD_COPY = articleHtml({
  title: 'Flood leaves Alnmouth under water',
  outlet: 'North Sea Post',
  published: '2026-03-02',
  url: 'https://north-sea-post.example/alnmouth',
  paragraphs: [
    'A night of heavy rain turned the streets of a small Northumberland town into rivers, and the clean-up is expected to take weeks.',
    FLOOD_WIRE.paragraphs[0]!,
    'Local shops along the front stayed shut as owners pumped water out of cellars and counted their losses.',
    FLOOD_WIRE.paragraphs[1]!,
    'Forecasters expect drier weather later in the week, though another band of rain could arrive by Sunday.',
  ],
});

let floods: string;
let earnings: string;
beforeAll(async () => {
  bundled = await seedTestIndex();
  dir = mkdtempSync(join(tmpdir(), 'check-packs-'));
  floods = await buildPack('floods', [FLOOD_WIRE, FLOOD_PAPER]);
  earnings = await buildPack('earnings', [EARNINGS_WIRE, EARNINGS_PAPER]);
  writeFileSync(file('flood-copy.html'), FLOOD_COPY);
  writeFileSync(file('seed.html'), seedAsHtml(SEED_IDS[1]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --index <pack-file>', () => {
  it('matches a page against a pack alone: origin pack, and the source address from its canonical link', async () => {
    const r = await json([file('flood-copy.html'), '--index', floods, '--no-bundled']);
    const matches = r.paragraphs.flatMap((p) => p.matches);
    const wire = matches.filter((m) => m.url === FLOOD_WIRE.url);
    expect(wire.map((m) => m.kind)).toEqual(['passage', 'passage']);
    for (const m of matches) expect(m.origin).toBe('pack');
    expect(r.paragraphs[1]!.matches.map((m) => m.url).sort()).toEqual([FLOOD_PAPER.url, FLOOD_WIRE.url].sort());
    const outlet = r.outlets.find((o) => o.url === FLOOD_WIRE.url)!;
    expect(outlet).toMatchObject({ outlet: 'Riverside Wire', published: '2026-03-02', origin: 'pack', paragraphs: 2 });
    expect(r.self).toBeNull();
  });

  it('matches against the bundled index and packs together, each match with its origin', async () => {
    const withPacks = await json([file('seed.html'), '--index', floods, '--index', earnings]);
    const alone = await json([file('seed.html')]);
    // Packs on another story add no match to a seed's page and change none of its verbatim ones
    // (claim scores may move: the rarity weights are the composed index's, segments.ts).
    expect(verbatim(withPacks)).toEqual(verbatim(alone));
    expect(verbatim(alone).length).toBeGreaterThan(3);
    expect(withPacks.indexVersion).not.toBe(alone.indexVersion);
    for (const m of withPacks.paragraphs.flatMap((p) => p.matches)) expect(m.origin).toBe('bundled');
    expect(withPacks.self?.sourceId).toBe(SEED_IDS[1]);

    const flood = await json([file('flood-copy.html'), '--index', earnings, '--index', floods]);
    expect(new Set(flood.outlets.map((o) => o.origin))).toEqual(new Set(['pack']));
    expect(flood.outlets.map((o) => o.url).sort()).toEqual([FLOOD_PAPER.url, FLOOD_WIRE.url].sort());
  });

  it("never matches a pack's article with itself, and tells it by its address", async () => {
    writeFileSync(file('wire-saved.html'), articleHtml(FLOOD_WIRE));
    const r = await json([file('wire-saved.html'), '--index', floods, '--url', FLOOD_WIRE.url!]);
    expect(r.self?.outlet).toBe('Riverside Wire');
    expect(r.paragraphs.flatMap((p) => p.matches).some((m) => m.url === FLOOD_WIRE.url)).toBe(false);
    expect(r.outlets.map((o) => o.url)).toEqual([FLOOD_PAPER.url]);
  });

  it('reports an article found in the bundled index and in a pack once, from the bundled index', async () => {
    const dup = file('dup-pages');
    mkdirSync(dup);
    writeFileSync(join(dup, `${SEED_IDS[2]}.txt`), seedText(SEED_IDS[2]));
    writeFileSync(join(dup, 'sources.json'), readFileSync(join(SEEDS_DIR, 'sources.json')));
    expect(await runBuildIndex(['--in', dup, '--out', file('dup.plpack')], { stdout: () => {}, stderr: () => {}, seedIndexPath: file('unused.json') })).toBe(0);
    const r = await json([file('seed.html'), '--index', file('dup.plpack')]);
    const alone = await json([file('seed.html')]);
    expect(verbatim(r)).toEqual(verbatim(alone));
    expect(r.outlets.map((o) => o.sourceId).sort()).toEqual(alone.outlets.map((o) => o.sourceId).sort());
    expect(r.outlets.find((o) => o.sourceId === SEED_IDS[2])?.origin).toBe('bundled');
    for (const p of r.paragraphs) {
      const ids = p.matches.map((m) => m.sourceId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const m of p.matches) expect(m.origin).toBe('bundled');
    }
  });

  it("marks a pack's outlets, with their address, in the readable report", async () => {
    const r = await check([file('flood-copy.html'), '--index', floods]);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('Riverside Wire'))!;
    expect(line).toMatch(new RegExp(`\\[pack\\] ${FLOOD_WIRE.url!.replace(/[.?]/g, '\\$&')}$`));
  });

  it('reads a pack named twice once', async () => {
    const twice = await json([file('flood-copy.html'), '--index', floods, '--index', floods, '--no-bundled']);
    const once = await json([file('flood-copy.html'), '--index', floods, '--no-bundled']);
    expect(twice).toEqual(once);
  });

  it.each([
    [
      'a corrupt pack',
      () => {
        const bytes = readFileSync(floods);
        bytes[bytes.length >> 1] = bytes[bytes.length >> 1]! ^ 0x55;
        writeFileSync(file('corrupt.plpack'), bytes);
        return file('corrupt.plpack');
      },
      /corrupt\.plpack: This pack is damaged: its checksum does not match its contents\.$/,
    ],
    [
      'a pack cut short',
      () => {
        writeFileSync(file('short.plpack'), readFileSync(floods).subarray(0, 100));
        return file('short.plpack');
      },
      /short\.plpack: This pack is cut short/,
    ],
    ['a page given as a pack', () => file('seed.html'), /seed\.html: This file is not a Provenance Lens pack\.$/],
    ['a missing pack', () => file('missing.plpack'), /missing\.plpack: There is no such file\.$/],
  ])('refuses %s: exit 2, one line naming the file', async (_what, make, reason) => {
    const r = await check([file('flood-copy.html'), '--index', make(), '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^check: /);
    expect(r.stderr).toMatch(reason);
  });

  it('refuses --no-bundled without a pack: nothing to match against', async () => {
    const r = await check([file('flood-copy.html'), '--no-bundled']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--no-bundled leaves no index/);
  });
});
