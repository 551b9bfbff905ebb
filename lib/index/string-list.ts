import { ByteReader, ByteWriter } from './varint';

const encoder = new TextEncoder();

/**
 * A list of strings (or nulls) as bytes: the count, each string's UTF-8
 * length in bytes (plus one; zero for null), then the strings' UTF-8 bytes
 * one after another. Reading costs one pass over the lengths; each string is
 * decoded when first asked for, and kept. A dictionary of a million words
 * opens in milliseconds, and only the words read are ever decoded.
 */
export function encodeStrings(list: ReadonlyArray<string | null>): Uint8Array {
  const out = new ByteWriter();
  out.varint(list.length);
  // An ASCII string (most words) is its own UTF-8: only the others go through the encoder.
  const bytes = list.map((s) => (s === null ? null : isAscii(s) ? s : encoder.encode(s)));
  for (const b of bytes) out.varint(b === null ? 0 : b.length + 1);
  for (const b of bytes) {
    if (typeof b === 'string') out.ascii(b);
    else if (b) out.bytes(b);
  }
  return out.finish();
}

/** Writes a string's UTF-8 into `out` (at least 3 bytes per UTF-16 unit) and gives its length; ASCII without the encoder. */
export function utf8Into(s: string, out: Uint8Array): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return encoder.encodeInto(s, out).written;
    out[i] = c;
  }
  return s.length;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** A list read by `decodeStrings`. */
export interface StringList {
  length: number;
  /** The i-th string (null where null was stored, or past the end). */
  at(i: number): string | null;
}

/**
 * Reads a list written by `encodeStrings`. Text is stored as UTF-8: a lone
 * surrogate (which neither an HTML parser nor a TextDecoder ever produces)
 * reads back as U+FFFD.
 */
export function decodeStrings(bytes: Uint8Array): StringList {
  const r = new ByteReader(bytes);
  const length = r.varint();
  if (length > bytes.length) throw new Error('index file is corrupt: string count');
  // Offsets relative to the first string: the lengths all come before the strings.
  const offset = new Uint32Array(length + 1);
  const isNull = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const n = r.varint();
    if (n === 0) isNull[i] = 1;
    offset[i + 1] = offset[i]! + (n === 0 ? 0 : n - 1);
  }
  const base = r.pos;
  if (base + offset[length]! > bytes.length) throw new Error('index file is truncated');
  const cache: Array<string | undefined> = new Array<string | undefined>(length);
  return {
    length,
    at: (i) => {
      if (!(i >= 0 && i < length) || isNull[i]) return null;
      return (cache[i] ??= utf8(bytes, base + offset[i]!, base + offset[i + 1]!));
    },
  };
}

const decoder = new TextDecoder();

/** UTF-8 bytes [from, to) as a string: short ASCII (most words) without a TextDecoder call. */
export function utf8(bytes: Uint8Array, from: number, to: number): string {
  if (to - from > 256) return decoder.decode(bytes.subarray(from, to));
  for (let i = from; i < to; i++) if (bytes[i]! >= 0x80) return decoder.decode(bytes.subarray(from, to));
  return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
}
