import { ByteReader, ByteWriter } from './varint';

/**
 * A list of strings (or nulls) as bytes: the count, each string's length in
 * UTF-16 code units (plus one; zero for null), then all of them as one UTF-8
 * run. Reading decodes the run once and cuts strings out of it on demand, so
 * opening a list of a million words costs one pass over their lengths.
 * Text is stored as UTF-8: a lone surrogate (which neither an HTML parser nor
 * a TextDecoder ever produces) reads back as U+FFFD.
 */
export function encodeStrings(list: ReadonlyArray<string | null>): Uint8Array {
  const out = new ByteWriter();
  out.varint(list.length);
  let all = '';
  for (const s of list) {
    out.varint(s === null ? 0 : s.length + 1);
    if (s) all += s;
  }
  out.bytes(new TextEncoder().encode(all));
  return out.finish();
}

/** A list read by `decodeStrings`. */
export interface StringList {
  length: number;
  /** The i-th string (null where null was stored). */
  at(i: number): string | null;
}

/** Reads a list written by `encodeStrings`. */
export function decodeStrings(bytes: Uint8Array): StringList {
  const r = new ByteReader(bytes);
  const length = r.varint();
  if (length > bytes.length) throw new Error('index file is corrupt: string count');
  const start = new Float64Array(length + 1);
  const isNull = new Uint8Array(length);
  let at = 0;
  for (let i = 0; i < length; i++) {
    const n = r.varint();
    start[i] = at;
    if (n === 0) isNull[i] = 1;
    else at += n - 1;
  }
  start[length] = at;
  const all = new TextDecoder().decode(bytes.subarray(r.pos));
  if (all.length !== at) throw new Error('index file is corrupt: string lengths disagree');
  return {
    length,
    at: (i) => (i >= 0 && i < length && !isNull[i] ? all.slice(start[i], start[i + 1]) : null),
  };
}
