import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../lib/index/build';
import { bytesHash, serializeIndexBytes } from '../../../lib/index/serialize';
import { MAX_PACK_BYTES, PACK_FORMAT, PackError, readPack, writePack } from '../../../lib/index/pack';
import { describeIndex } from '../../../lib/index/describe';
import { INDEX_FORMAT } from '../../../lib/index/model';
import { SMALL_ARTICLES } from '../../helpers/small-articles';
import { filterBits, FilteredPostingTable } from '../../../lib/index/key-filter';
import { lookup, postingCount } from '../../../lib/index/posting-table';
import { readSeeds } from '../../helpers/seeds';

// The pack's documented layout (lib/index/pack.ts): "PLPK", checksum (16), pack format, total bytes, meta length, meta, index.
const CHECKSUM_AT = 4;
const FORMAT_AT = 20;
const TOTAL_AT = 24;
const META_LENGTH_AT = 28;

const pack = (articles = SMALL_ARTICLES) => writePack(buildIndex(articles), { name: 'Floods and results', createdFrom: 'abc123' });

/** Sets a 32-bit field and writes the checksum again, as a pack of that content would have it. */
function patched(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const out = bytes.slice();
  new DataView(out.buffer).setUint32(at, value, true);
  out.set(new TextEncoder().encode(bytesHash(out.subarray(FORMAT_AT))), CHECKSUM_AT);
  return out;
}

function packError(bytes: Uint8Array): string {
  try {
    readPack(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as Error).message;
  }
  throw new Error('readPack accepted the bytes');
}

describe('writePack and readPack', () => {
  it('round-trips an index with its description', () => {
    const index = buildIndex(SMALL_ARTICLES);
    const bytes = writePack(index, { name: 'Floods and results', createdFrom: 'abc123' });
    const { meta, index: back } = readPack(bytes);
    expect(meta).toEqual({
      name: 'Floods and results',
      articles: 4,
      outlets: 4,
      firstPublished: '2026-02-20',
      lastPublished: '2026-03-03',
      packFormat: PACK_FORMAT,
      indexFormat: INDEX_FORMAT,
      createdFrom: 'abc123',
      checksum: meta.checksum,
      bytes: bytes.length,
    });
    expect(meta.checksum).toMatch(/^[0-9a-f]{16}$/);
    expect(back.version).toBe(index.version);
    expect([...back.paragraphs]).toEqual(index.paragraphs);
    expect([...back.sources]).toEqual(index.sources);
    expect(Array.from(back.sentences)).toEqual(Array.from(index.sentences));
  });

  it('holds the index file itself: the pack adds only its description and a key filter of each table', () => {
    const index = buildIndex(SMALL_ARTICLES);
    const bytes = writePack(index, { name: 'n', createdFrom: 'c' });
    const plix = serializeIndexBytes(buildIndex(SMALL_ARTICLES));
    const filters = [index.passages, index.quoteGrams, index.claimTerms].reduce((n, t) => n + filterBits(t.keys.length) / 8, 0);
    expect(bytes.length - plix.length - filters).toBeLessThan(400);
    expect(bytes.length - plix.length - filters).toBeGreaterThan(0);
  });

  it('answers every look-up of the index it holds as the index does', () => {
    const index = buildIndex(SMALL_ARTICLES);
    const back = readPack(writePack(index, { name: 'n', createdFrom: 'c' })).index;
    for (const name of ['passages', 'quoteGrams', 'claimTerms'] as const) {
      const keys = index[name].keys;
      expect(keys.length).toBeGreaterThan(10);
      for (const k of keys) {
        expect(Array.from(lookup(back[name], k))).toEqual(Array.from(lookup(index[name], k)));
        expect(postingCount(back[name], k)).toBe(postingCount(index[name], k));
      }
      // Keys the index does not hold: none is found, and the filter turns most down.
      let passed = 0;
      for (let i = 0; i < 2000; i++) {
        const key = Math.imul(i + 1, 0x2545f491) >>> 0;
        if (postingCount(index[name], key)) continue;
        expect(lookup(back[name], key).length).toBe(0);
        if ((back[name] as FilteredPostingTable).mayHave(key)) passed++;
      }
      expect(passed).toBeLessThan(200);
    }
  });

  it('is deterministic: the same articles, in any order, give the same bytes; another name, other bytes', () => {
    const a = pack();
    const b = pack([...SMALL_ARTICLES].reverse());
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    const renamed = writePack(buildIndex(SMALL_ARTICLES), { name: 'Other', createdFrom: 'abc123' });
    expect(readPack(renamed).meta.checksum).not.toBe(readPack(a).meta.checksum);
  });

  it('is the same pack whether it serialises the index itself or is given its file (as build:index gives it)', () => {
    const index = buildIndex(SMALL_ARTICLES);
    const given = writePack(index, { name: 'Floods and results', createdFrom: 'abc123' }, serializeIndexBytes(index));
    expect(Buffer.from(given).equals(Buffer.from(pack()))).toBe(true);
  });

  it('describes the seeds as describeIndex does the bundled index', async () => {
    const index = buildIndex((await readSeeds()).map((r) => r.article));
    expect(describeIndex(index)).toEqual({ articles: 5, outlets: 3, firstPublished: '2025-10-10', lastPublished: '2025-10-11' });
    const { meta } = readPack(writePack(index, { name: 'seeds', createdFrom: 'x' }));
    expect({ articles: meta.articles, outlets: meta.outlets, firstPublished: meta.firstPublished, lastPublished: meta.lastPublished }).toEqual(
      describeIndex(index),
    );
  });
});

describe('readPack refuses what is not a sound pack, in one sentence', () => {
  const good = pack();

  it.each([
    ['an empty file', new Uint8Array(0), /empty/],
    ['an HTML page', new TextEncoder().encode('<!doctype html><p>Hello</p>'), /not a Provenance Lens pack/],
    ['a bare index file', serializeIndexBytes(buildIndex(SMALL_ARTICLES)), /not a Provenance Lens pack/],
  ])('%s', (_what, bytes, reason) => {
    expect(packError(bytes)).toMatch(reason);
  });

  it.each([1, 3, 4, 12, 27, 40, 200, Math.floor(good.length / 2), good.length - 1])('a pack cut short after %i bytes', (n) => {
    expect(packError(good.subarray(0, n))).toMatch(/cut short/);
  });

  it('a pack with bytes past its end', () => {
    const longer = new Uint8Array(good.length + 8);
    longer.set(good);
    expect(packError(longer)).toMatch(/damaged/);
  });

  it.each([CHECKSUM_AT, FORMAT_AT, META_LENGTH_AT + 5, 200, good.length - 3])('a pack with a byte changed at %i: bad checksum', (at) => {
    const flipped = good.slice();
    flipped[at] = flipped[at]! ^ 0x20;
    expect(packError(flipped)).toMatch(/damaged: its checksum/);
  });

  it('a pack of another pack format', () => {
    expect(packError(patched(good, FORMAT_AT, PACK_FORMAT + 1))).toMatch(new RegExp(`format ${PACK_FORMAT + 1}.*reads format ${PACK_FORMAT}`));
  });

  it('a pack holding an index of another format', () => {
    const metaLength = new DataView(good.buffer).getUint32(META_LENGTH_AT, true);
    const indexAt = (META_LENGTH_AT + 4 + metaLength + 3) & ~3;
    expect(packError(patched(good, indexAt + 4, INDEX_FORMAT + 1))).toMatch(new RegExp(`index of format ${INDEX_FORMAT + 1}`));
  });

  it('a pack of no articles', () => {
    expect(packError(writePack(buildIndex([]), { name: 'empty', createdFrom: 'x' }))).toBe('This pack holds no articles.');
  });

  it('a pack over the size limit, before anything is decoded', () => {
    expect(packError(patched(good, TOTAL_AT, MAX_PACK_BYTES + 1))).toMatch(/larger than/);
  });

  it('says each reason in one sentence, on one line', () => {
    const reasons = [new Uint8Array(0), good.subarray(0, 50), patched(good, FORMAT_AT, 9)].map(packError);
    for (const r of reasons) {
      expect(r).not.toContain('\n');
      expect(r).toMatch(/^[A-Z].*\.$/);
    }
  });
});
