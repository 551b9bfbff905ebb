import type { ProvenanceIndex } from './model';
import { INDEX_FORMAT } from './model';
import { bytesHash, deserializeIndex, serializeIndexBytes } from './serialize';
import { describeIndex } from './describe';
import { buildKeyFilter, filterTables, FILTERED_TABLES } from './key-filter';

/*
 * An index pack: one file a reader imports into the extension (or names to
 * `check --index`), holding an index built by `npm run build:index` and
 * what the options page shows of it.
 *
 *   "PLPK" | checksum (16 ASCII hex) | pack format (u32 LE) | total bytes (u32 LE) | meta length (u32 LE) | meta (JSON) | pad to 4 | data
 *
 * The data is the PLIX index file (serialize.ts), then a key filter of each
 * of its posting tables (key-filter.ts), each at a multiple of 4 bytes; the
 * meta's `layout` gives their byte ranges from the data's start.
 * The first 28 bytes keep this layout in every pack format, so a pack of
 * another format is told apart from a damaged one. The checksum is
 * `bytesHash` over every byte after it; the meta is JSON with its keys in a
 * fixed order, and nothing in the file depends on when it was written, so
 * the same index and options give the same bytes.
 */

/** The pack layout this code writes and reads. */
export const PACK_FORMAT = 1;

/**
 * Largest pack read or written: 256 MiB, about 100,000 articles at the
 * index's 2.6 KB an article, which the background opens in a fraction of a
 * second; a file past it is refused before it is decoded.
 */
export const MAX_PACK_BYTES = 256 * 1024 * 1024;

/** What a pack says of itself. */
export interface PackMeta {
  /** The name given at build time (`--name`, else the folder's name). */
  name: string;
  articles: number;
  outlets: number;
  firstPublished: string | null;
  lastPublished: string | null;
  packFormat: number;
  indexFormat: number;
  /** A hash of what the pack was built from (the folder's file names and bytes). */
  createdFrom: string;
  /** The pack's checksum (16 hex digits): names the pack ('pack:<checksum>'). */
  checksum: string;
  /** The pack file's size. */
  bytes: number;
}

/** A file that cannot be read as a pack; the message is one plain sentence a reader can act on. */
export class PackError extends Error {
  override name = 'PackError';
}

const MAGIC = [0x50, 0x4c, 0x50, 0x4b]; // "PLPK"
const CHECKSUM_AT = 4;
const CHECKSUM_LENGTH = 16;
const FORMAT_AT = CHECKSUM_AT + CHECKSUM_LENGTH;
const TOTAL_AT = FORMAT_AT + 4;
const META_LENGTH_AT = TOTAL_AT + 4;
const META_AT = META_LENGTH_AT + 4;

/** The meta as stored: PackMeta without what the file's own bytes tell (format, checksum, size), and where the data's parts lie. */
type StoredMeta = Omit<PackMeta, 'packFormat' | 'checksum' | 'bytes'> & { layout: Record<Part, [number, number]> };

type Part = 'index' | (typeof FILTERED_TABLES)[number];

/**
 * Writes an index as a pack. Deterministic: the same index and options give
 * the same bytes. Sets the index's version (the hash of its index bytes).
 * `readPack` refuses a pack of no articles; `build:index` never writes one.
 * `indexBytes` is `serializeIndexBytes(index)`, where the caller has it already.
 */
export function writePack(
  index: ProvenanceIndex,
  opts: { name: string; createdFrom: string },
  indexBytes: Uint8Array = serializeIndexBytes(index),
): Uint8Array {
  const parts: Array<[Part, Uint8Array]> = [['index', indexBytes]];
  for (const name of FILTERED_TABLES) parts.push([name, buildKeyFilter(index[name].keys)]);
  const layout = {} as StoredMeta['layout'];
  let dataLength = 0;
  for (const [name, bytes] of parts) {
    layout[name] = [dataLength, bytes.length];
    dataLength = align4(dataLength + bytes.length);
  }
  const summary = describeIndex(index);
  const stored: StoredMeta = {
    name: opts.name,
    articles: summary.articles,
    outlets: summary.outlets,
    firstPublished: summary.firstPublished,
    lastPublished: summary.lastPublished,
    indexFormat: INDEX_FORMAT,
    createdFrom: opts.createdFrom,
    layout,
  };
  const meta = new TextEncoder().encode(JSON.stringify(stored));
  const dataAt = align4(META_AT + meta.length);
  const total = dataAt + dataLength;
  if (total > MAX_PACK_BYTES) throw new PackError(`This pack would be ${total} bytes, over the ${MAX_PACK_BYTES} bytes a pack may hold: split the folder.`);
  const out = new Uint8Array(total);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(FORMAT_AT, PACK_FORMAT, true);
  view.setUint32(TOTAL_AT, total, true);
  view.setUint32(META_LENGTH_AT, meta.length, true);
  out.set(meta, META_AT);
  for (const [name, bytes] of parts) out.set(bytes, dataAt + layout[name][0]);
  out.set(ascii(bytesHash(out.subarray(FORMAT_AT))), CHECKSUM_AT);
  return out;
}

/**
 * Reads a pack, checking the whole file before decoding anything: that it is
 * a pack, its size (the limit, cut short, extra bytes), its checksum, its
 * pack and index formats, and that it holds articles. Throws `PackError`.
 */
export function readPack(bytes: Uint8Array): { meta: PackMeta; index: ProvenanceIndex } {
  if (!bytes.length) throw new PackError('This file is empty, not a Provenance Lens pack.');
  const head = Math.min(bytes.length, MAGIC.length);
  for (let i = 0; i < head; i++) if (bytes[i] !== MAGIC[i]) throw new PackError('This file is not a Provenance Lens pack.');
  if (bytes.length > MAX_PACK_BYTES) throw new PackError(`This pack is larger than the ${MAX_PACK_BYTES} bytes a pack may hold.`);
  if (bytes.length < META_AT) throw new PackError('This pack is cut short: copy or download it again.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const total = view.getUint32(TOTAL_AT, true);
  if (total > MAX_PACK_BYTES) throw new PackError(`This pack is larger than the ${MAX_PACK_BYTES} bytes a pack may hold.`);
  if (bytes.length < total) throw new PackError(`This pack is cut short (${bytes.length} of its ${total} bytes): copy or download it again.`);
  if (bytes.length > total) throw new PackError('This pack is damaged: it has bytes past its end.');
  const checksum = latin1(bytes.subarray(CHECKSUM_AT, CHECKSUM_AT + CHECKSUM_LENGTH));
  if (bytesHash(bytes.subarray(FORMAT_AT)) !== checksum) throw new PackError('This pack is damaged: its checksum does not match its contents.');
  const packFormat = view.getUint32(FORMAT_AT, true);
  if (packFormat !== PACK_FORMAT)
    throw new PackError(
      `This pack is of format ${packFormat}, and this version of Provenance Lens reads format ${PACK_FORMAT}: rebuild it with npm run build:index.`,
    );
  const metaLength = view.getUint32(META_LENGTH_AT, true);
  const dataAt = align4(META_AT + metaLength);
  let stored: StoredMeta;
  try {
    stored = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(META_AT, META_AT + metaLength))) as StoredMeta;
  } catch {
    throw new PackError('This pack is damaged: its description cannot be read.');
  }
  if (!stored || typeof stored !== 'object') throw new PackError('This pack is damaged: its description cannot be read.');
  const part = (name: Part): Uint8Array => {
    const range = stored.layout?.[name];
    const from = dataAt + (range?.[0] ?? -total);
    if (!range || from < dataAt || from + range[1] > total) throw new PackError('This pack is damaged: its parts lie outside it.');
    return bytes.subarray(from, from + range[1]);
  };
  const indexBytes = part('index');
  if (indexBytes.length < 8) throw new PackError('This pack is damaged: it holds no index.');
  const indexFormat = new DataView(indexBytes.buffer, indexBytes.byteOffset, 8).getUint32(4, true);
  if (stored.indexFormat !== indexFormat || indexFormat !== INDEX_FORMAT) {
    throw new PackError(
      `This pack holds an index of format ${indexFormat}, and this version of Provenance Lens reads format ${INDEX_FORMAT}: rebuild it with npm run build:index.`,
    );
  }
  let index: ProvenanceIndex;
  try {
    index = deserializeIndex(indexBytes);
  } catch {
    throw new PackError('This pack is damaged: its index cannot be read.');
  }
  filterTables(index, part);
  if (stored.articles !== index.sources.length) throw new PackError('This pack is damaged: its article count disagrees with its index.');
  if (!index.sources.length) throw new PackError('This pack holds no articles.');
  const meta: PackMeta = {
    name: String(stored.name),
    articles: stored.articles,
    outlets: stored.outlets,
    firstPublished: stored.firstPublished ?? null,
    lastPublished: stored.lastPublished ?? null,
    packFormat,
    indexFormat,
    createdFrom: String(stored.createdFrom),
    checksum,
    bytes: bytes.length,
  };
  return { meta, index };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

function latin1(b: Uint8Array): string {
  return String.fromCharCode(...b);
}
