import type { ProvenanceIndex } from './model';
import { INDEX_FORMAT } from './model';
import type { PostingTable } from './posting-table';
import { fnv1a } from '../match/hash';

/** The index as stored: JSON, with every typed array as little-endian base64. */
interface IndexFile {
  format: number;
  version: string;
  sources: ProvenanceIndex['sources'];
  paragraphs: string[];
  arrays: Record<string, string>;
}

const ARRAYS = ['paragraphSource', 'sourceStart', 'sourceWords', 'quotes', 'sentences'] as const;
const TABLES = ['passages', 'quoteGrams', 'claimTerms'] as const;

/**
 * Serialises an index to its file text and sets its version: a hash of that
 * text, so the same input always gives the same bytes and the same version,
 * and any change gives a new version (which invalidates cached results).
 */
export function serializeIndex(index: ProvenanceIndex): string {
  const arrays: Record<string, string> = {};
  for (const name of ARRAYS) arrays[name] = toBase64(index[name]);
  for (const name of TABLES) {
    arrays[`${name}.keys`] = toBase64(index[name].keys);
    arrays[`${name}.offsets`] = toBase64(index[name].offsets);
    arrays[`${name}.values`] = toBase64(index[name].values);
  }
  const body: IndexFile = { format: INDEX_FORMAT, version: '', sources: index.sources, paragraphs: index.paragraphs, arrays };
  const version = contentHash(JSON.stringify(body));
  index.version = version;
  return JSON.stringify({ ...body, version });
}

/** Reads an index file's text (or its parsed JSON) back into tables. Throws on a file of another format. */
export function deserializeIndex(file: string | object): ProvenanceIndex {
  const data = (typeof file === 'string' ? JSON.parse(file) : file) as IndexFile;
  if (!data || data.format !== INDEX_FORMAT || !data.arrays) {
    throw new Error(`index format ${String((data as IndexFile | null)?.format)} is not ${INDEX_FORMAT}: rebuild it with npm run build:index`);
  }
  const arr = (name: string) => fromBase64(data.arrays[name] ?? '');
  const table = (name: string): PostingTable => ({
    keys: arr(`${name}.keys`),
    offsets: arr(`${name}.offsets`),
    values: arr(`${name}.values`),
  });
  return {
    format: data.format,
    version: data.version,
    sources: data.sources,
    paragraphs: data.paragraphs,
    paragraphSource: arr('paragraphSource'),
    sourceStart: arr('sourceStart'),
    sourceWords: arr('sourceWords'),
    quotes: arr('quotes'),
    sentences: arr('sentences'),
    passages: table('passages'),
    quoteGrams: table('quoteGrams'),
    claimTerms: table('claimTerms'),
  };
}

/** A 64-bit content hash (two independent FNV-1a lanes) as 16 hex digits. */
export function contentHash(text: string): string {
  const a = fnv1a(text);
  const b = fnv1a(`${text.length}:${text}`);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

function toBase64(a: Uint32Array): string {
  const bytes = new Uint8Array(a.length * 4);
  const view = new DataView(bytes.buffer);
  a.forEach((v, i) => view.setUint32(i * 4, v, true));
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

function fromBase64(s: string): Uint32Array {
  const bin = atob(s);
  const out = new Uint32Array(bin.length >>> 2);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = (bin.charCodeAt(j) | (bin.charCodeAt(j + 1) << 8) | (bin.charCodeAt(j + 2) << 16) | (bin.charCodeAt(j + 3) << 24)) >>> 0;
  }
  return out;
}
