import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../../../lib/index/build';
import {
  decodeArray,
  describeIndexFile,
  deserializeIndex,
  encodeArray,
  sectionsAhead,
  serializeIndex,
  serializeIndexBytes,
} from '../../../lib/index/serialize';
import { encodeTexts } from '../../../lib/index/word-codec';
import { INDEX_FORMAT, type ArticleInput, type ProvenanceIndex } from '../../../lib/index/model';
import { lookup } from '../../../lib/index/posting-table';
import { readSeeds } from '../../helpers/seeds';

const seedArticles = async () => (await readSeeds()).map((r) => r.article);

/** Everything the index holds, as plain arrays, for comparison. */
function plain(index: ProvenanceIndex) {
  const table = (name: 'passages' | 'quoteGrams' | 'claimTerms') => ({
    keys: Array.from(index[name].keys),
    offsets: Array.from(index[name].offsets),
    values: Array.from(index[name].values),
  });
  return {
    format: index.format,
    version: index.version,
    sources: index.sources,
    paragraphs: [...index.paragraphs],
    paragraphSource: Array.from(index.paragraphSource),
    sourceStart: Array.from(index.sourceStart),
    sourceWords: Array.from(index.sourceWords),
    quotes: Array.from(index.quotes),
    sentences: Array.from(index.sentences),
    passages: table('passages'),
    quoteGrams: table('quoteGrams'),
    claimTerms: table('claimTerms'),
  };
}

describe('the index file', () => {
  it('round-trips every table of the seed index, in binary and text form', async () => {
    const index = buildIndex(await seedArticles());
    const bytes = serializeIndexBytes(index);
    expect(plain(deserializeIndex(bytes))).toEqual(plain(index));
    expect(plain(deserializeIndex(serializeIndex(index)))).toEqual(plain(index));
    expect(plain(deserializeIndex(JSON.parse(serializeIndex(index)) as object))).toEqual(plain(index));
    expect(plain(deserializeIndex(bytes.slice().buffer))).toEqual(plain(index));
  });

  it('is the same bytes for the same input, whatever the article order, and a new version for any change', async () => {
    const articles = await seedArticles();
    const a = serializeIndexBytes(buildIndex(articles));
    const b = serializeIndexBytes(buildIndex([...articles].reverse()));
    expect(b).toEqual(a);
    const edited = articles.map((x, i) => (i === 0 ? { ...x, title: `${x.title ?? ''}!` } : x));
    const c = buildIndex(edited);
    serializeIndexBytes(c);
    expect(c.version).not.toBe(deserializeIndex(a).version);
  });

  it('is the same bytes with the sections that need no sentences made ahead', async () => {
    const index = buildIndex(await seedArticles());
    const whole = serializeIndexBytes(index);
    const text = encodeTexts(index.paragraphs);
    const { claimTerms: _terms, sentences: _sentences, ...withoutSentences } = index;
    const ahead = sectionsAhead(withoutSentences, text.dictionary);
    expect([...ahead.keys()]).not.toContain('table:claimTerms');
    expect([...ahead.keys()]).not.toContain('array:sentences');
    expect(serializeIndexBytes(index, text, ahead)).toEqual(whole);
  });

  it('sets the version to the hash written in the file', async () => {
    const index = buildIndex(await seedArticles());
    const bytes = serializeIndexBytes(index);
    expect(index.version).toMatch(/^[0-9a-f]{16}$/);
    expect(deserializeIndex(bytes).version).toBe(index.version);
    expect(JSON.parse(serializeIndex(index))).toMatchObject({ format: INDEX_FORMAT, version: index.version });
  });

  it('starts every section at a multiple of 4 bytes', async () => {
    const bytes = serializeIndexBytes(buildIndex(await seedArticles()));
    const { sections } = describeIndexFile(bytes);
    expect(sections.header! % 4).toBe(0);
    expect(Object.keys(sections)).toEqual(expect.arrayContaining(['dictionary:front', 'text', 'sources', 'paragraphOffsets', 'table:passages']));
  });

  it('reads a file written before the dictionary was front-coded (a pack or memory segment stored then) as the same index', () => {
    const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
    const articles = JSON.parse(fixture('index-plain-dictionary.json').toString('utf8')) as ArticleInput[];
    const old = deserializeIndex(fixture('index-plain-dictionary.plix'));
    expect(Object.keys(describeIndexFile(fixture('index-plain-dictionary.plix')).sections)).toContain('dictionary');
    const now = buildIndex(articles);
    serializeIndexBytes(now);
    expect({ ...plain(old), version: '' }).toEqual({ ...plain(now), version: '' });
  });

  it('reads a Node Buffer at any offset', async () => {
    const index = buildIndex(await seedArticles());
    const bytes = serializeIndexBytes(index);
    const padded = Buffer.alloc(bytes.length + 3);
    padded.set(bytes, 3);
    expect(plain(deserializeIndex(padded.subarray(3)))).toEqual(plain(index));
  });

  it('keeps odd text and metadata exactly: empty paragraphs, white space, non-Latin scripts, nulls', () => {
    const articles: ArticleInput[] = [
      { id: 'b', outlet: null, published: null, title: null, url: null, paragraphs: ['', '  spaced  out  ', 'Путин «сказал» — 東京 👍🏽'] },
      { id: 'a', outlet: 'Outlet', published: '2025-10-11', title: 'T', url: 'https://example.org/a', paragraphs: ['One "quoted words here now" two.'] },
    ];
    const index = buildIndex(articles);
    expect(plain(deserializeIndex(serializeIndexBytes(index)))).toEqual(plain(index));
  });

  it('keeps an index of no articles', () => {
    const index = buildIndex([]);
    expect(plain(deserializeIndex(serializeIndexBytes(index)))).toEqual(plain(index));
  });

  it('decodes paragraphs and posting lists only as they are read', async () => {
    const index = deserializeIndex(serializeIndexBytes(buildIndex(await seedArticles())));
    const built = buildIndex(await seedArticles());
    expect(index.paragraphs[10]).toBe(built.paragraphs[10]);
    const key = built.passages.keys[3]!;
    expect(Array.from(lookup(index.passages, key))).toEqual(Array.from(lookup(built.passages, key)));
  });

  it('rejects a file of another format, or no index file at all, with a clear error', async () => {
    expect(() => deserializeIndex('{"format": 99}')).toThrow(/format 99 .*npm run build:index/);
    expect(() => deserializeIndex({ format: 1, sources: [], paragraphs: [], arrays: {} })).toThrow(new RegExp(`format 1 is not ${INDEX_FORMAT}`));
    expect(() => deserializeIndex(new TextEncoder().encode('<html>not an index</html>'))).toThrow(/not an index file/);
    const bytes = serializeIndexBytes(buildIndex(await seedArticles()));
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(4, 99, true);
    expect(() => deserializeIndex(other)).toThrow(/format 99/);
    expect(() => deserializeIndex(bytes.subarray(0, bytes.length - 100))).toThrow(/truncated|corrupt/);
  });
});

describe('array codecs', () => {
  const cases: Array<[string, number[]]> = [
    ['empty', []],
    ['increasing', [0, 1, 5, 9, 9, 200, 70000]],
    ['decreasing and extreme', [2 ** 32 - 1, 0, 2 ** 31, 1, 2 ** 32 - 1]],
    ['runs', [0, 0, 0, 1, 1, 5, 5, 5, 5, 2]],
    ['spans', [0, 0, 10, 0, 11, 30, 1, 0, 5, 3, 2, 4, 3, 0, 2 ** 32 - 1, 0, 7, 9]],
    ['narrow spans (16-bit offsets)', [0, 0, 10, 0, 11, 65535, 1, 0, 5, 7, 2, 4, 3, 0, 1, 3, 7, 9]],
  ];
  for (const codec of ['plain', 'deltas', 'runs', 'spans', 'raw', 'narrow'] as const) {
    it.each(cases.filter(([, a]) => (codec !== 'spans' && codec !== 'narrow') || a.length % 3 === 0))(`${codec} round-trips %s`, (_name, a) => {
      expect(Array.from(decodeArray(encodeArray(a, codec), codec))).toEqual(a);
    });
  }

  it('refuses a spans array that is not triples', () => {
    expect(() => encodeArray([1, 2], 'spans')).toThrow(/triples/);
    expect(() => encodeArray([1, 2], 'narrow')).toThrow(/triples/);
  });

  it('narrow stores 16-bit offsets in 4 bytes a triple, and falls back to 32 bits where one does not fit', () => {
    // 1,000 sentences, three a paragraph: 12,000 bytes raw.
    const sentences = Array.from({ length: 1000 }, (_, i) => [Math.floor(i / 3), (i % 3) * 100, (i % 3) * 100 + 90]).flat();
    expect(encodeArray(sentences, 'narrow').length).toBeLessThan(1000 * 4 + 1000);
    const wide = [0, 0, 70000, 1, 5, 9];
    expect(encodeArray(wide, 'narrow').length).toBe(4 + wide.length * 4);
    expect(Array.from(decodeArray(encodeArray(wide, 'narrow'), 'narrow'))).toEqual(wide);
  });

  it('narrow refuses corrupt bytes with a clear error', () => {
    const bytes = encodeArray([0, 1, 2, 0, 3, 4], 'narrow');
    expect(() => decodeArray(bytes.subarray(0, bytes.length - 1), 'narrow')).toThrow(/corrupt|truncated/);
    expect(() => decodeArray(new Uint8Array(0), 'narrow')).toThrow(/truncated/);
  });
});
