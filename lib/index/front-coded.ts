import { ByteReader, ByteWriter } from './varint';
import { utf8, utf8Into, type StringList } from './string-list';

/**
 * A list of strings stored with front coding, in buckets of BUCKET: the first
 * string of a bucket whole, each next one as the length of the prefix it
 * shares with the one before (in UTF-8 bytes) and the rest. A list sorted
 * within runs (the index dictionary is sorted within each varint width of
 * its ranks, word-codec.ts) shares long prefixes: "Minister ", "Minister's ",
 * "Ministers ". A look-up decodes one bucket, so any string is found in a
 * few steps; each is decoded once and kept.
 *
 *   count | each bucket's byte length | buckets
 */
export const BUCKET = 16;

/** Encodes a list of strings; `decodeFrontCoded` gives it back (lone surrogates as U+FFFD, as any UTF-8). */
export function encodeFrontCoded(list: readonly string[]): Uint8Array {
  const body = new ByteWriter();
  const lengths: number[] = [];
  // Each string's UTF-8 in one of two scratch buffers, the one before in the other: no array made per string.
  let cur = new Uint8Array(256);
  let prev = new Uint8Array(256);
  let prevLength = 0;
  let bucketAt = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (cur.length < s.length * 3) cur = new Uint8Array(s.length * 3);
    const length = utf8Into(s, cur);
    let shared = 0;
    if (i % BUCKET === 0) {
      if (i) lengths.push(body.length - bucketAt);
      bucketAt = body.length;
    } else {
      const max = Math.min(prevLength, length);
      while (shared < max && prev[shared] === cur[shared]) shared++;
      body.varint(shared);
    }
    body.varint(length - shared);
    body.bytes(cur.subarray(shared, length));
    [prev, cur] = [cur, prev];
    prevLength = length;
  }
  if (list.length) lengths.push(body.length - bucketAt);
  const out = new ByteWriter();
  out.varint(list.length);
  for (const n of lengths) out.varint(n);
  out.bytes(body.view());
  return out.finish();
}

/** Reads a list written by `encodeFrontCoded`; opening it reads only the buckets' lengths. */
export function decodeFrontCoded(bytes: Uint8Array): StringList {
  const r = new ByteReader(bytes);
  const length = r.varint();
  if (length > bytes.length) throw new Error('index file is corrupt: string count');
  const buckets = Math.ceil(length / BUCKET);
  const start = new Uint32Array(buckets + 1);
  for (let b = 0; b < buckets; b++) start[b + 1] = start[b]! + r.varint();
  const base = r.pos;
  if (base + start[buckets]! > bytes.length) throw new Error('index file is truncated');
  const cache: Array<string | undefined> = new Array<string | undefined>(length);
  let buf = new Uint8Array(256);

  const decodeBucket = (b: number): void => {
    const reader = new ByteReader(bytes, base + start[b]!, base + start[b + 1]!);
    let at = 0;
    for (let i = b * BUCKET, end = Math.min(length, i + BUCKET); i < end; i++) {
      const shared = i === b * BUCKET ? 0 : reader.varint();
      const rest = reader.varint();
      if (shared > at || reader.pos + rest > reader.end) throw new Error('index file is corrupt: a dictionary word');
      if (shared + rest > buf.length) {
        const more = new Uint8Array(Math.max(buf.length * 2, shared + rest));
        more.set(buf.subarray(0, shared));
        buf = more;
      }
      buf.set(bytes.subarray(reader.pos, reader.pos + rest), shared);
      reader.pos += rest;
      at = shared + rest;
      cache[i] = utf8(buf, 0, at);
    }
  };

  return {
    length,
    at: (i) => {
      if (!(i >= 0 && i < length)) return null;
      const s = cache[i];
      if (s !== undefined) return s;
      decodeBucket(Math.floor(i / BUCKET));
      return cache[i]!;
    },
  };
}
