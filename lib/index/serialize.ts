import type { IndexWithoutSentences, ProvenanceIndex, SourceMeta } from './model';
import { INDEX_FORMAT } from './model';
import { packPostingTable, unpackPostingTable, type PostingTable } from './posting-table';
import { ByteReader, ByteWriter } from './varint';
import { encodeTexts, textDecoder, type EncodedTexts } from './word-codec';
import { lazyList } from './lazy-list';
import { decodeStrings, encodeStrings } from './string-list';
import { decodeFrontCoded, encodeFrontCoded } from './front-coded';
import { u32Bytes, u32View } from './raw-u32';
import { fnv1a } from '../text/hash';
import { SOURCE_KEYS_SECTION, sourceKeysOf } from './source-keys';

/*
 * The index file: a small binary container, built to be small on disk (a
 * target of 3 KB per article) and quick to open (a 100,000-article index in
 * well under a second), so nothing in it is decoded at load that a look-up
 * can decode later.
 *
 *   "PLIX" | format (u32 LE) | version (16 ASCII hex digits) | header length (u32 LE) | header (JSON) | sections
 *
 * The header lists the sections by name, with their byte ranges (each starts
 * at a multiple of 4 bytes, so 32-bit arrays are read in place). Numbers are
 * varints (varint.ts) unless a section is a raw 32-bit array (raw-u32.ts).
 * The version is a hash of every byte after it: the same input gives the same
 * bytes and the same version, and any change gives a new version (which
 * invalidates cached results).
 *
 * - text: paragraphs as word ranks (word-codec.ts) found through raw offsets, decoded on first read (lazy-list.ts),
 *   and the words' dictionary, front-coded (front-coded.ts; a plain string list in files written before);
 * - sources: the articles' metadata, one column per field (string-list.ts), decoded on first read,
 *   and their ids' and addresses' hashes (source-keys.ts), read in place;
 * - posting tables: packed (posting-table.ts), a look-up decodes one bucket;
 * - other arrays: each with the codec that suits its shape and size.
 */

/** Posting tables, by name: each is stored packed. Add a table of the index here. */
const TABLES = ['passages', 'quoteGrams', 'claimTerms'] as const satisfies ReadonlyArray<TableName>;

/**
 * Other arrays, by name, with their codec: `plain` (each number), `deltas`
 * (differences from the previous number: sorted or clustered numbers),
 * `runs` (value and run length: long runs of one value), `spans` (triples
 * of a number and a [start, end) range in it, such as sentences in
 * paragraphs), all varints and decoded at load; or `raw` (32 bits each, read
 * in place), or `narrow` (span triples whose offsets fit 16 bits: the
 * owners run-length coded, the offsets as 16-bit pairs; `raw` where an
 * offset does not fit). Any codec stores any array exactly. The varint codecs
 * make an array small; `raw` makes it free to open and to hold (a view of the
 * file's bytes). Sentences and quotes are `narrow`: as varints (`spans`) a
 * 100,000-article index is 2.50 KB an article but takes 0.36 s to open; raw,
 * 2.77 KB and 0.14 s, and 3.27 KB an article at 1,000 articles (over the 3 KB
 * budget); narrow is 12 bytes a sentence down to about 5, decoded by a loop
 * with no varint in it (measured with `npm run bench`).
 */
const ARRAYS = [
  ['paragraphSource', 'runs'],
  ['sourceStart', 'deltas'],
  ['sourceWords', 'plain'],
  ['quotes', 'narrow'],
  ['sentences', 'narrow'],
] as const satisfies ReadonlyArray<readonly [ArrayName, ArrayCodec]>;

/** Metadata fields of a source, stored one column each. */
const SOURCE_FIELDS = ['id', 'outlet', 'published', 'title', 'url'] as const satisfies ReadonlyArray<keyof SourceMeta>;

type TableName = { [K in keyof ProvenanceIndex]-?: ProvenanceIndex[K] extends PostingTable ? K : never }[keyof ProvenanceIndex];
type ArrayName = { [K in keyof ProvenanceIndex]-?: ProvenanceIndex[K] extends Uint32Array ? K : never }[keyof ProvenanceIndex];
type ArrayCodec = 'plain' | 'deltas' | 'runs' | 'spans' | 'raw' | 'narrow';

const MAGIC = 'PLIX';
const VERSION_AT = 8;
const VERSION_LENGTH = 16;
const HEADER_AT = VERSION_AT + VERSION_LENGTH;

/** The file's directory of sections: name -> [offset, length] in bytes, offsets counted from the first multiple of 4 after the header. */
interface Header {
  sections: Record<string, [number, number]>;
  paragraphs: number;
}

/** The index file as text, for bundling as JSON (the seed index): the binary file in base64. */
interface IndexFileText {
  format: number;
  version: string;
  base64: string;
}

/**
 * Encodes an index as its binary file and sets its version: a hash of the
 * bytes, so the same input always gives the same bytes and the same version.
 * `text` is `encodeTexts(index.paragraphs)`, where the caller has it already;
 * `ahead`, sections made already (`sectionsAhead`).
 */
export function serializeIndexBytes(
  index: ProvenanceIndex,
  text: EncodedTexts = encodeTexts(index.paragraphs),
  ahead: ReadonlyMap<string, Uint8Array> = new Map(),
): Uint8Array {
  const sections = sectionMakers(index, text).map(([name, make]): [string, Uint8Array] => [name, ahead.get(name) ?? make()]);
  const header: Header = { sections: {}, paragraphs: index.paragraphs.length };
  let at = 0;
  for (const [name, bytes] of sections) {
    header.sections[name] = [at, bytes.length];
    at = align4(at + bytes.length);
  }
  const headerBytes = utf8(JSON.stringify(header));
  const dataAt = align4(HEADER_AT + 4 + headerBytes.length);

  const out = new Uint8Array(dataAt + at);
  out.set(utf8(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, INDEX_FORMAT, true);
  view.setUint32(HEADER_AT, headerBytes.length, true);
  out.set(headerBytes, HEADER_AT + 4);
  for (const [name, bytes] of sections) out.set(bytes, dataAt + header.sections[name]![0]);
  const version = bytesHash(out.subarray(HEADER_AT));
  out.set(utf8(version), VERSION_AT);
  index.version = version;
  return out;
}

/** Sections that depend on the sentences or on the text's bytes: made last (`sectionsAhead` leaves them). */
const LAST_SECTIONS = new Set(['paragraphOffsets', 'text', 'array:sentences', 'table:claimTerms']);

/**
 * The sections of an index's file that need neither its sentences nor its
 * text's bytes, only the text's dictionary: a parallel build makes them
 * while its workers read the sentences, rather than on one core after.
 */
export function sectionsAhead(index: IndexWithoutSentences, dictionary: string[]): Map<string, Uint8Array> {
  const ahead = new Map<string, Uint8Array>();
  for (const [name, make] of sectionMakers(index, { dictionary, bytes: new Uint8Array(0), lengths: [] })) if (!LAST_SECTIONS.has(name)) ahead.set(name, make());
  return ahead;
}

// The file's sections in file order, each with what makes it; those of the sentences are made only where the index has them.
function sectionMakers(index: IndexWithoutSentences & Partial<ProvenanceIndex>, text: EncodedTexts): Array<[string, () => Uint8Array]> {
  const paragraphOffsets = () => {
    const offsets = [0];
    for (const n of text.lengths) offsets.push(offsets[offsets.length - 1]! + n);
    return u32Bytes(offsets);
  };
  return [
    ['dictionary:front', () => encodeFrontCoded(text.dictionary)],
    ['paragraphOffsets', paragraphOffsets],
    ['text', () => text.bytes],
    ['sources', () => encodeSources(index.sources)],
    [SOURCE_KEYS_SECTION, () => u32Bytes(index.sourceKeys ?? sourceKeysOf(index.sources))],
    ...ARRAYS.map(([name, codec]): [string, () => Uint8Array] => [`array:${name}`, () => encodeArray(index[name]!, codec)]),
    ...TABLES.map((name): [string, () => Uint8Array] => [`table:${name}`, () => packPostingTable(index[name]!)]),
  ];
}

/**
 * Serialises an index as text (the binary file in base64, in JSON), which is
 * how the extension bundles its seed index, and sets its version. `bytes` is
 * `serializeIndexBytes(index)`, where the caller has it already.
 */
export function serializeIndex(index: ProvenanceIndex, bytes: Uint8Array = serializeIndexBytes(index)): string {
  const file: IndexFileText = { format: INDEX_FORMAT, version: index.version, base64: toBase64(bytes) };
  return JSON.stringify(file);
}

/**
 * Reads an index file: the binary file's bytes, or its text form (as a
 * string or as parsed JSON). Paragraph text and posting lists are decoded as
 * they are read. Throws on a file of another format.
 */
export function deserializeIndex(file: Uint8Array | ArrayBuffer | string | object): ProvenanceIndex {
  if (file instanceof ArrayBuffer) return decodeBytes(new Uint8Array(file));
  // A Node Buffer is a Uint8Array of another class: viewed as a plain one, the decoding loops see one kind of array.
  if (file instanceof Uint8Array) return decodeBytes(new Uint8Array(file.buffer, file.byteOffset, file.byteLength));
  const data = (typeof file === 'string' ? JSON.parse(file) : file) as Partial<IndexFileText> | null;
  if (!data || data.format !== INDEX_FORMAT || typeof data.base64 !== 'string') throw formatError(data?.format);
  return decodeBytes(fromBase64(data.base64));
}

function decodeBytes(bytes: Uint8Array): ProvenanceIndex {
  if (bytes.length < HEADER_AT + 4 || latin1(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not an index file: rebuild it with npm run build:index');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(4, true);
  if (format !== INDEX_FORMAT) throw formatError(format);
  const version = latin1(bytes.subarray(VERSION_AT, VERSION_AT + VERSION_LENGTH));
  const headerLength = view.getUint32(HEADER_AT, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER_AT + 4, HEADER_AT + 4 + headerLength))) as Header;
  const dataAt = align4(HEADER_AT + 4 + headerLength);
  const section = (name: string): Uint8Array => {
    const range = header.sections[name];
    if (!range) throw new Error(`index file has no section ${name}: rebuild it with npm run build:index`);
    const at = dataAt + range[0];
    if (at + range[1] > bytes.length) throw new Error('index file is truncated');
    return bytes.subarray(at, at + range[1]);
  };

  // Files written before the dictionary was front-coded (packs and memory segments stored then) keep a plain list.
  const dictionary = header.sections['dictionary:front'] ? decodeFrontCoded(section('dictionary:front')) : decodeStrings(section('dictionary'));
  const offsets = u32View(section('paragraphOffsets'));
  if (offsets.length !== header.paragraphs + 1) throw new Error('index file is corrupt: paragraph count disagrees');
  const paragraphs = lazyList(header.paragraphs, textDecoder(dictionary, section('text'), offsets));
  const sources = decodeSources(section('sources'));
  // Files written before the keys, or with keys of another definition, compute them when first asked.
  const keys = header.sections[SOURCE_KEYS_SECTION] ? u32View(section(SOURCE_KEYS_SECTION)) : undefined;
  if (keys && keys.length !== sources.length * 2) throw new Error('index file is corrupt: source keys');
  const arrays = {} as Record<ArrayName, Uint32Array>;
  for (const [name, codec] of ARRAYS) arrays[name] = decodeArray(section(`array:${name}`), codec);
  const tables = {} as Record<TableName, PostingTable>;
  for (const name of TABLES) tables[name] = unpackPostingTable(section(`table:${name}`));
  return { format, version, sources, paragraphs, ...arrays, ...tables, ...(keys ? { sourceKeys: keys } : {}) };
}

/** What an index file holds, without decoding it: its format, version and the byte size of each section. */
export function describeIndexFile(file: Uint8Array): { format: number; version: string; sections: Record<string, number> } {
  if (file.length < HEADER_AT + 4 || latin1(file.subarray(0, 4)) !== MAGIC) throw new Error('not an index file');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const headerLength = view.getUint32(HEADER_AT, true);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(HEADER_AT + 4, HEADER_AT + 4 + headerLength))) as Header;
  const sections: Record<string, number> = { header: align4(HEADER_AT + 4 + headerLength) };
  for (const [name, [, length]] of Object.entries(header.sections)) sections[name] = length;
  return { format: view.getUint32(4, true), version: latin1(file.subarray(VERSION_AT, VERSION_AT + VERSION_LENGTH)), sections };
}

function formatError(format: unknown): Error {
  return new Error(`index format ${String(format)} is not ${INDEX_FORMAT}: rebuild it with npm run build:index`);
}

/** Encodes numbers with one of the codecs of `ARRAYS`. */
export function encodeArray(a: ArrayLike<number>, codec: ArrayCodec): Uint8Array {
  if (codec === 'raw') return u32Bytes(a);
  if (codec === 'narrow') return encodeNarrow(a);
  const out = new ByteWriter();
  out.varint(a.length);
  if (codec === 'plain') for (let i = 0; i < a.length; i++) out.varint(a[i]!);
  else if (codec === 'deltas') for (let i = 0; i < a.length; i++) out.zigzag(a[i]! - (i ? a[i - 1]! : 0));
  else if (codec === 'runs') {
    let prev = 0;
    for (let i = 0; i < a.length;) {
      let j = i + 1;
      while (j < a.length && a[j] === a[i]) j++;
      out.zigzag(a[i]! - prev);
      out.varint(j - i);
      prev = a[i]!;
      i = j;
    }
  } else {
    if (a.length % 3) throw new Error('a spans array must hold triples');
    let prevOwner = 0,
      prevEnd = 0;
    for (let i = 0; i < a.length; i += 3) {
      const owner = a[i]!,
        start = a[i + 1]!,
        end = a[i + 2]!;
      out.zigzag(owner - prevOwner);
      out.zigzag(start - (owner === prevOwner ? prevEnd : 0));
      out.zigzag(end - start);
      prevOwner = owner;
      prevEnd = end;
    }
  }
  return out.finish();
}

/** Decodes numbers written by `encodeArray` with the same codec. */
export function decodeArray(bytes: Uint8Array, codec: ArrayCodec): Uint32Array {
  if (codec === 'raw') return u32View(bytes);
  if (codec === 'narrow') return decodeNarrow(bytes);
  const r = new ByteReader(bytes);
  const n = r.varint();
  if (n > bytes.length * 128) throw new Error('index file is corrupt: array length');
  const out = new Uint32Array(n);
  if (codec === 'plain') for (let i = 0; i < n; i++) out[i] = r.varint();
  else if (codec === 'deltas') for (let i = 0, v = 0; i < n; i++) out[i] = v += r.zigzag();
  else if (codec === 'runs') {
    for (let i = 0, v = 0; i < n;) {
      v += r.zigzag();
      const run = r.varint();
      if (i + run > n) throw new Error('index file is corrupt: run past the end');
      out.fill(v, i, i + run);
      i += run;
    }
  } else {
    for (let i = 0, owner = 0, end = 0; i < n; i += 3) {
      const next = owner + r.zigzag();
      const start = r.zigzag() + (next === owner && i ? end : 0);
      end = start + r.zigzag();
      owner = next;
      out[i] = owner;
      out[i + 1] = start;
      out[i + 2] = end;
    }
  }
  return out;
}

// `narrow`: a tag byte; 0: the triples as raw 32-bit numbers after 3 padding
// bytes; 1: the count of numbers, the owners as runs (zigzag delta, length),
// then each triple's start and end as 16-bit little-endian numbers.
function encodeNarrow(a: ArrayLike<number>): Uint8Array {
  if (a.length % 3) throw new Error('a spans array must hold triples');
  let fits = true;
  for (let i = 0; i < a.length && fits; i += 3) fits = a[i + 1]! <= 0xffff && a[i + 2]! <= 0xffff;
  if (!fits) {
    const raw = u32Bytes(a);
    const out = new Uint8Array(4 + raw.length);
    out.set(raw, 4);
    return out;
  }
  const out = new ByteWriter();
  out.bytes(Uint8Array.of(1));
  out.varint(a.length);
  let prev = 0;
  for (let i = 0; i < a.length;) {
    let j = i + 3;
    while (j < a.length && a[j] === a[i]) j += 3;
    out.zigzag(a[i]! - prev);
    out.varint((j - i) / 3);
    prev = a[i]!;
    i = j;
  }
  const offsets = new Uint8Array((a.length / 3) * 4);
  for (let i = 0, k = 0; i < a.length; i += 3, k += 4) {
    offsets[k] = a[i + 1]! & 0xff;
    offsets[k + 1] = a[i + 1]! >>> 8;
    offsets[k + 2] = a[i + 2]! & 0xff;
    offsets[k + 3] = a[i + 2]! >>> 8;
  }
  out.bytes(offsets);
  return out.finish();
}

function decodeNarrow(bytes: Uint8Array): Uint32Array {
  if (!bytes.length) throw new Error('index file is truncated');
  if (bytes[0] === 0) return u32View(bytes.subarray(4));
  const r = new ByteReader(bytes, 1);
  const n = r.varint();
  if (n % 3 || n > bytes.length * 3) throw new Error('index file is corrupt: array length');
  const out = new Uint32Array(n);
  for (let i = 0, v = 0; i < n;) {
    v += r.zigzag();
    const run = r.varint() * 3;
    if (!run || i + run > n) throw new Error('index file is corrupt: run past the end');
    for (let k = i; k < i + run; k += 3) out[k] = v;
    i += run;
  }
  let at = r.pos;
  if (bytes.length - at !== (n / 3) * 4) throw new Error('index file is corrupt: span offsets');
  for (let i = 0; i < n; i += 3, at += 4) {
    out[i + 1] = bytes[at]! | (bytes[at + 1]! << 8);
    out[i + 2] = bytes[at + 2]! | (bytes[at + 3]! << 8);
  }
  return out;
}

/**
 * Source metadata, one column per field: a column with few distinct values
 * (outlets, dates) is stored as those values and each source's number among them.
 */
function encodeSources(sources: readonly SourceMeta[]): Uint8Array {
  const out = new ByteWriter();
  out.varint(sources.length);
  for (const field of SOURCE_FIELDS) {
    const column = sources.map((s) => s[field]);
    const distinct = [...new Set(column)];
    const few = distinct.length * 4 <= column.length;
    const strings = encodeStrings(few ? distinct : column);
    out.varint(few ? 1 : 0);
    out.varint(strings.length);
    out.bytes(strings);
    if (few) {
      const ref = new Map(distinct.map((v, i) => [v, i]));
      for (const v of column) out.varint(ref.get(v)!);
    }
  }
  return out.finish();
}

/** Sources read back as a lazy list: a source's metadata is decoded when first read. */
function decodeSources(bytes: Uint8Array): SourceMeta[] {
  const r = new ByteReader(bytes);
  const n = r.varint();
  if (n > bytes.length) throw new Error('index file is corrupt: source count');
  const columns = {} as Record<(typeof SOURCE_FIELDS)[number], (i: number) => string | null>;
  for (const field of SOURCE_FIELDS) {
    const few = r.varint() === 1;
    const strings = decodeStrings(r.bytes(r.varint()));
    if (!few) {
      columns[field] = (i) => strings.at(i);
      continue;
    }
    const refs = new Uint32Array(n);
    for (let i = 0; i < n; i++) refs[i] = r.varint();
    columns[field] = (i) => strings.at(refs[i]!);
  }
  return lazyList(n, (i) => ({
    id: columns.id(i) ?? '',
    outlet: columns.outlet(i),
    published: columns.published(i),
    title: columns.title(i),
    url: columns.url(i),
  }));
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** A 64-bit content hash (two independent FNV-1a lanes) as 16 hex digits. */
export function contentHash(text: string): string {
  const a = fnv1a(text);
  const b = fnv1a(`${text.length}:${text}`);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** `contentHash` over bytes: the version of an index file. */
export function bytesHash(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = fnv1a(`${bytes.length}:`);
  for (let i = 0; i < bytes.length; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function latin1(b: Uint8Array): string {
  return String.fromCharCode(...b);
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
