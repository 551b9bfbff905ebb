import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../../lib/index/build';
import { deserializeIndex, serializeIndex } from '../../../lib/index/serialize';
import { composeIndex, originOf, type Segment } from '../../../lib/index/segments';
import { lookup, postingCount } from '../../../lib/index/posting-table';
import type { ArticleInput, ProvenanceIndex } from '../../../lib/index/model';
import { matchPage, type PageInput } from '../../../lib/match/match-page';
import { pageFromDocument, pageFromText } from '../../../lib/extract/page-input';
import { parseHtmlDocument } from '../../../lib/node/parse-html';
import { decodePage } from '../../../lib/node/decode';
import type { PageReport } from '../../../lib/types';
import { SEED_IDS, readSeeds, seedText } from '../../helpers/seeds';
import { readPack, writePack } from '../../../lib/index/pack';
import { EARNINGS_PAPER, EARNINGS_WIRE, FLOOD_PAPER, FLOOD_WIRE, SMALL_ARTICLES } from '../../helpers/small-articles';

const ACCURACY = fileURLToPath(new URL('../../fixtures/accuracy', import.meta.url));

/** Every page of the development set, as bench/accuracy.ts reads it (a seed case reads the seed itself). */
function developmentPages(): Array<[string, PageInput]> {
  return readdirSync(ACCURACY, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const labels = JSON.parse(readFileSync(join(ACCURACY, d.name, 'labels.json'), 'utf8')) as { page?: string; seed?: string };
      if (labels.seed) return [d.name, pageFromText(seedText(labels.seed))];
      const file = join(ACCURACY, d.name, labels.page ?? 'page.txt');
      const bytes = readFileSync(file);
      const page = file.endsWith('.txt')
        ? pageFromText(decodePage(bytes, 'text'))
        : pageFromDocument(parseHtmlDocument(decodePage(bytes, 'html'), null), null, true);
      return [d.name, page];
    });
}

/** An index of these articles as the extension loads one: built, serialised, read back. */
function indexOf(articles: readonly ArticleInput[]): ProvenanceIndex {
  return deserializeIndex(serializeIndex(buildIndex(articles)));
}

const withoutVersion = ({ indexVersion: _v, ...rest }: PageReport) => rest;

let seeds: ArticleInput[];
let whole: ProvenanceIndex;
let pages: Array<[string, PageInput]>;
beforeAll(async () => {
  seeds = (await readSeeds()).map((r) => r.article);
  whole = indexOf(seeds);
  pages = developmentPages();
});

/** The seeds split into segments by position in SEED_IDS, in the order given. */
function split(groups: number[][]): Segment[] {
  return groups.map((g, k) => ({
    id: `pack:${k}`,
    origin: k === 0 ? 'bundled' : 'pack',
    index: indexOf(g.map((i) => seeds.find((s) => s.id === SEED_IDS[i])!)),
  }));
}

describe('composeIndex: segments read as one index', () => {
  it.each([
    ['[000,001] [002] [003,004]', [[0, 1], [2], [3, 4]]],
    ['[004] [002,000] [003] [001]', [[4], [2, 0], [3], [1]]],
    ['one segment of all five', [[0, 1, 2, 3, 4]]],
  ])(
    'the development set gives the same reports over %s as over one index',
    (_name, groups) => {
      expect(pages.length).toBeGreaterThan(30);
      const composed = composeIndex(split(groups));
      let matched = 0;
      for (const [name, page] of pages) {
        const one = matchPage(page, whole);
        const many = matchPage(page, composed);
        // Origins are the segments'; everything else must agree.
        const strip = (r: PageReport) => {
          const x = withoutVersion(r);
          return {
            ...x,
            paragraphs: x.paragraphs.map((p) => ({ ...p, matches: p.matches.map(({ origin: _o, ...m }) => m) })),
            outlets: x.outlets.map(({ origin: _o, ...o }) => o),
          };
        };
        expect(strip(many), name).toEqual(strip(one));
        matched += one.paragraphs.filter((p) => p.matches.length).length;
      }
      // The comparison is worth something only where there are matches to compare.
      expect(matched).toBeGreaterThan(100);
    },
    60_000,
  );

  it('gives each match the origin of the segment its source came from', () => {
    const composed = composeIndex(
      split([
        [0, 1],
        [2, 3, 4],
      ]),
    );
    const r = matchPage(pages.find(([n]) => n.startsWith('syndicated-01'))![1], composed);
    const matches = r.paragraphs.flatMap((p) => p.matches);
    expect(matches.length).toBeGreaterThan(0);
    const bundled: string[] = [SEED_IDS[0], SEED_IDS[1]];
    for (const m of matches) expect(m.origin).toBe(bundled.includes(m.sourceId) ? 'bundled' : 'pack');
    for (const o of r.outlets) expect(o.origin).toBe(matches.find((m) => m.sourceId === o.sourceId)!.origin);
  });

  it('reads every statistic as the sum over segments', () => {
    const segs = split([[0, 1], [2], [3, 4]]);
    const composed = composeIndex(segs);
    expect(composed.sources.map((s) => s.id)).toEqual(segs.flatMap((s) => s.index.sources.map((x) => x.id)));
    expect(composed.sentences.length).toBe(whole.sentences.length);
    expect(composed.paragraphs.length).toBe(whole.paragraphs.length);
    // Every term of the whole index has the same count, and its postings name the same source sentences.
    const sentenceText = (x: ProvenanceIndex, s: number) => x.paragraphs[x.sentences[s * 3]!]!.slice(x.sentences[s * 3 + 1]!, x.sentences[s * 3 + 2]!);
    const keys = whole.claimTerms.keys;
    for (let k = 0; k < keys.length; k += 7) {
      expect(postingCount(composed.claimTerms, keys[k]!)).toBe(postingCount(whole.claimTerms, keys[k]!));
      const a = [...lookup(whole.claimTerms, keys[k]!)].map((s) => sentenceText(whole, s)).sort();
      const b = [...lookup(composed.claimTerms, keys[k]!)].map((s) => sentenceText(composed, s)).sort();
      expect(b).toEqual(a);
    }
  });

  it('answers a count asked again as it did the first time, also past the counts it keeps', () => {
    const composed = composeIndex(split([[0, 1], [2], [3, 4]]));
    const keys = [...whole.claimTerms.keys];
    const first = keys.map((k) => postingCount(composed.claimTerms, k));
    // More keys than the cache holds (absent ones too), then the same keys again.
    for (let k = 0; k < 70_000; k++) postingCount(composed.claimTerms, k * 61_001);
    expect(keys.map((k) => postingCount(composed.claimTerms, k))).toEqual(first);
    expect(first).toEqual(keys.map((k) => postingCount(whole.claimTerms, k)));
  });

  it('changes version with the set and order of segments, and keeps it for the same set', () => {
    const a = composeIndex(
      split([
        [0, 1],
        [2, 3, 4],
      ]),
    );
    const again = composeIndex(
      split([
        [0, 1],
        [2, 3, 4],
      ]),
    );
    const reordered = composeIndex(
      split([
        [2, 3, 4],
        [0, 1],
      ]),
    );
    const fewer = composeIndex(split([[0, 1]]));
    expect(again.version).toBe(a.version);
    expect(new Set([a.version, reordered.version, fewer.version]).size).toBe(3);
    expect(a.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('takes a single index for origin bundled, and refuses no segment at all', () => {
    expect(originOf(whole, 0)).toBe('bundled');
    expect(() => composeIndex([])).toThrow();
  });
});

describe('composeIndex over packs', () => {
  const asPack = (articles: readonly ArticleInput[]): Segment => {
    const { meta, index } = readPack(writePack(buildIndex(articles), { name: 'test', createdFrom: 'test' }));
    return { id: `pack:${meta.checksum}`, origin: 'pack', index };
  };

  it('matches pages against packs of small articles as against one index of them all', () => {
    const composed = composeIndex([asPack([FLOOD_WIRE, EARNINGS_PAPER]), asPack([EARNINGS_WIRE]), asPack([FLOOD_PAPER])]);
    const whole = indexOf(SMALL_ARTICLES);
    const reworded: PageInput = {
      title: null,
      readerable: true,
      paragraphs: [
        'Floodwater from the River Aln reached nearly two metres on Riverside Terrace within an hour on Monday, and crews took families from upper floors by boat.',
        FLOOD_WIRE.paragraphs[2]!,
        'Harrow & Finch will shut 14 of its 96 stores in the next two years, chief executive Priya Sandhu said after profit fell 18 percent to 412 million pounds.',
      ],
    };
    const pages = [reworded, ...SMALL_ARTICLES.map((a) => ({ title: a.title, readerable: true, paragraphs: [a.title!, ...a.paragraphs] }))];
    let matches = 0;
    for (const page of pages) {
      const many = matchPage(page, composed);
      const one = withoutVersion(matchPage(page, whole));
      const strip = (r: ReturnType<typeof withoutVersion>) => JSON.parse(JSON.stringify(r).replace(/"origin":"(bundled|pack)"/g, '"origin":""')) as unknown;
      expect(strip(withoutVersion(many))).toEqual(strip(one));
      for (const m of many.paragraphs.flatMap((p) => p.matches)) expect(m.origin).toBe('pack');
      matches += many.paragraphs.flatMap((p) => p.matches).length;
    }
    expect(matches).toBeGreaterThan(8);
    // Each article read back is its own page: self, in whichever pack it lies.
    for (const [k, a] of SMALL_ARTICLES.entries()) expect(matchPage(pages[k + 1]!, composed).self?.sourceId, a.id).toBe(a.id);
  });
});

describe('composeIndex: duplicates and self across segments', () => {
  it('reports a source found in two segments once, from the first segment', () => {
    const composed = composeIndex(split([[0, 1, 2], [2, 3, 4], [0]]));
    for (const [name, page] of pages) {
      const r = matchPage(page, composed);
      const ids = r.outlets.map((o) => o.sourceId);
      expect(new Set(ids).size, name).toBe(ids.length);
      for (const p of r.paragraphs) {
        const pid = p.matches.map((m) => m.sourceId);
        expect(new Set(pid).size, name).toBe(pid.length);
        for (const m of p.matches) if (m.sourceId === SEED_IDS[2] || m.sourceId === SEED_IDS[0]) expect(m.origin, name).toBe('bundled');
      }
    }
  });

  it.each(SEED_IDS.map((id, i) => [id, i] as const))('never matches %s with itself, whichever segment holds it', (id, i) => {
    const others = [0, 1, 2, 3, 4].filter((k) => k !== i);
    for (const groups of [
      [[i], others],
      [others, [i]],
      [others.slice(0, 2), [i], others.slice(2)],
    ]) {
      const r = matchPage(pageFromText(seedText(id)), composeIndex(split(groups)));
      expect(r.self?.sourceId).toBe(id);
      expect(r.paragraphs.flatMap((p) => p.matches).some((m) => m.sourceId === id)).toBe(false);
      expect(r.outlets.length).toBeGreaterThanOrEqual(2);
    }
  });
});
