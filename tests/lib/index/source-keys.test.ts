import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { deserializeIndex, serializeIndexBytes } from '../../../lib/index/serialize';
import { composeIndex, isShadowed } from '../../../lib/index/segments';
import { SOURCE_KEYS_SECTION, findSourceByUrl, normalizeUrl, sourceKeys } from '../../../lib/index/source-keys';
import type { ArticleInput, ProvenanceIndex } from '../../../lib/index/model';
import { matchPage } from '../../../lib/match/match-page';
import { article } from '../../helpers/article';
import { EARNINGS_PAPER, EARNINGS_WIRE, FLOOD_PAPER, FLOOD_WIRE } from '../../helpers/small-articles';

const withUrl = (a: ArticleInput, url: string): ArticleInput => ({ ...a, url });
const ARTICLES = [
  withUrl(FLOOD_WIRE, 'https://wire.example/flood/levee-breach'),
  withUrl(FLOOD_PAPER, 'https://www.paper.example/news/flood/'),
  withUrl(EARNINGS_WIRE, 'http://wire.example/markets/earnings#top'),
  EARNINGS_PAPER,
];

const readBack = (index: ProvenanceIndex) => deserializeIndex(serializeIndexBytes(index));

describe('source keys', () => {
  it('normalises an address: no scheme, no www., no fragment, no trailing slash, lower case', () => {
    expect(normalizeUrl(' HTTPS://www.Paper.example/News/Flood/#comments ')).toBe('paper.example/news/flood');
    expect(normalizeUrl('paper.example/news/flood')).toBe('paper.example/news/flood');
  });

  it('are stored in the file and read in place, two numbers a source', () => {
    const built = buildIndex(ARTICLES);
    const read = readBack(built);
    expect(read.sourceKeys).toBeInstanceOf(Uint32Array);
    expect([...read.sourceKeys!]).toEqual([...sourceKeys(built)]);
    expect(read.sourceKeys!.length).toBe(ARTICLES.length * 2);
  });

  it('find a source by any spelling of its address, in a built index and in one read back', () => {
    for (const index of [buildIndex(ARTICLES), readBack(buildIndex(ARTICLES))]) {
      const byId = (id: string) => index.sources.findIndex((s) => s.id === id);
      expect(findSourceByUrl(index, 'http://paper.example/news/flood')).toBe(byId(FLOOD_PAPER.id));
      expect(findSourceByUrl(index, 'https://wire.example/markets/earnings/')).toBe(byId(EARNINGS_WIRE.id));
      expect(findSourceByUrl(index, 'https://wire.example/flood/other-story')).toBeUndefined();
      // A source without an address is never found, whatever the page's address hashes to.
      expect(findSourceByUrl(index, '')).toBeUndefined();
    }
  });

  it('are only a filter: with every key equal (a collision), the address itself decides', () => {
    const index = buildIndex(ARTICLES);
    index.sourceKeys = new Uint32Array(ARTICLES.length * 2);
    const flood = index.sources.findIndex((s) => s.id === FLOOD_PAPER.id);
    // Keys of 0 collide with nothing real here: set them to the page address's own key so every source is a candidate.
    const probe = sourceKeys(buildIndex([withUrl(article('probe', ['x']), 'https://paper.example/news/flood')]));
    index.sourceKeys.fill(probe[1]!);
    expect(findSourceByUrl(index, 'https://paper.example/news/flood')).toBe(flood);
    expect(findSourceByUrl(index, 'https://paper.example/news/other')).toBeUndefined();
    expect(findSourceByUrl(index, 'https://paper.example/news/flood', (s) => s !== flood)).toBeUndefined();
  });

  it('of a file written before them are computed, and the page is still told from the source', () => {
    const bytes = serializeIndexBytes(buildIndex(ARTICLES));
    // The section renamed to a name of the same length that no reader knows: a file of before, as far as keys go.
    const header = new TextDecoder('latin1').decode(bytes);
    const at = header.indexOf(SOURCE_KEYS_SECTION);
    expect(at).toBeGreaterThan(0);
    const old = bytes.slice();
    old.set(new TextEncoder().encode(SOURCE_KEYS_SECTION.replace(/\d+$/, (n) => String(Number(n) + 1).padStart(n.length, '0'))), at);
    const index = deserializeIndex(old);
    expect(index.sourceKeys).toBeUndefined();
    const page = { title: null, readerable: true, paragraphs: FLOOD_PAPER.paragraphs, url: 'https://paper.example/news/flood' };
    const fromOld = matchPage(page, index);
    expect(fromOld).toEqual(matchPage(page, deserializeIndex(bytes)));
    expect(fromOld.outlets.map((o) => o.sourceId)).not.toContain(FLOOD_PAPER.id);
  });

  it('tell a segment duplicate by its id, confirmed on the id where hashes collide', () => {
    const a = buildIndex([FLOOD_WIRE, EARNINGS_WIRE]);
    const b = buildIndex([FLOOD_WIRE, FLOOD_PAPER]);
    const composed = composeIndex([
      { id: 'bundled', origin: 'bundled', index: a },
      { id: 'pack:b', origin: 'pack', index: b },
    ]);
    const shadowed = composed.sources.map((s, i) => [s.id, isShadowed(composed, i)]);
    expect(shadowed).toEqual(expectedOrder(a, b));
    expect(shadowed.filter(([, dup]) => dup)).toEqual([[FLOOD_WIRE.id, true]]);
    expect(composed.sourceKeys!.length).toBe(composed.sources.length * 2);

    // Every id hash made equal: only the true duplicate is shadowed.
    const collide = (index: ProvenanceIndex) => {
      const keys = sourceKeys(index).slice();
      for (let i = 0; i < keys.length; i += 2) keys[i] = 7;
      return { ...index, sourceKeys: keys };
    };
    const colliding = composeIndex([
      { id: 'bundled', origin: 'bundled', index: collide(a) },
      { id: 'pack:b', origin: 'pack', index: collide(b) },
    ]);
    expect(colliding.sources.map((_, i) => isShadowed(colliding, i))).toEqual(composed.sources.map((_, i) => isShadowed(composed, i)));
  });
});

// The sources of `a` then `b` in index order, each marked shadowed where an earlier one has its id.
function expectedOrder(a: ProvenanceIndex, b: ProvenanceIndex): Array<[string, boolean]> {
  const seen = new Set<string>();
  return [...a.sources, ...b.sources].map((s) => {
    const dup = seen.has(s.id);
    seen.add(s.id);
    return [s.id, dup];
  });
}
