/**
 * LEB128 variable-length integers, the index file's number format: small
 * numbers (word ranks, gaps between sorted keys, sentence lengths) take one
 * or two bytes instead of four. Values are unsigned integers below 2^53;
 * `zigzag` maps signed differences onto them.
 */

/** Appends numbers to a growing byte buffer. */
export class ByteWriter {
  private buf = new Uint8Array(1024);
  private at = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.at;
  }

  /** Appends an unsigned integer (0 <= n < 2^53). */
  varint(n: number): void {
    if (this.at + 8 > this.buf.length) this.reserve(8);
    const buf = this.buf;
    if (n >>> 0 === n) {
      while (n >= 0x80) {
        buf[this.at++] = (n & 0x7f) | 0x80;
        n >>>= 7;
      }
      buf[this.at++] = n;
      return;
    }
    if (!(n >= 0 && n <= Number.MAX_SAFE_INTEGER && Number.isInteger(n))) throw new RangeError(`varint ${n} is not an unsigned integer`);
    while (n >= 0x80) {
      buf[this.at++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    buf[this.at++] = n;
  }

  /** Appends a signed integer (|n| < 2^52). */
  zigzag(n: number): void {
    this.varint(zigzag(n));
  }

  /** Appends an ASCII string's characters, a byte each. */
  ascii(s: string): void {
    this.reserve(s.length);
    const buf = this.buf;
    for (let i = 0; i < s.length; i++) buf[this.at++] = s.charCodeAt(i);
  }

  /** Appends raw bytes. */
  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }

  /** The bytes written so far, as a view that the next write may overwrite. */
  view(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }

  /** Forgets what was written, keeping the buffer. */
  reset(): void {
    this.at = 0;
  }

  /** The bytes written (a copy, so the writer may go on). */
  finish(): Uint8Array {
    return this.buf.slice(0, this.at);
  }

  private reserve(n: number): void {
    if (this.at + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.at + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
  }
}

/** Reads numbers from bytes written by `ByteWriter`. */
export class ByteReader {
  /** Position of the next byte to read. */
  pos: number;

  constructor(
    private readonly buf: Uint8Array,
    start = 0,
    /** Position just past the last byte that may be read. */
    readonly end: number = buf.length,
  ) {
    this.pos = start;
  }

  /** True once every byte up to `end` has been read. */
  get done(): boolean {
    return this.pos >= this.end;
  }

  /** Reads an unsigned integer; throws past the end (a truncated file). */
  varint(): number {
    // One- and two-byte numbers (most of an index file) on a path small
    // enough to be inlined into the decoding loops; the rest below.
    const pos = this.pos;
    if (pos + 1 < this.end) {
      const b = this.buf[pos]!;
      if (b < 0x80) {
        this.pos = pos + 1;
        return b;
      }
      const c = this.buf[pos + 1]!;
      if (c < 0x80) {
        this.pos = pos + 2;
        return (b & 0x7f) | (c << 7);
      }
    }
    return this.longVarint();
  }

  private longVarint(): number {
    const { buf, end } = this;
    let pos = this.pos;
    let n = 0;
    let scale = 1;
    for (;;) {
      if (pos >= end) truncated();
      const b = buf[pos++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) {
        this.pos = pos;
        return n;
      }
      scale *= 0x80;
      if (scale > 2 ** 56) throw new Error('index file is corrupt: a number runs on');
    }
  }

  /** Reads a signed integer written by `zigzag`. */
  zigzag(): number {
    return unzigzag(this.varint());
  }

  /** The next `n` bytes (a view, not a copy). */
  bytes(n: number): Uint8Array {
    if (this.pos + n > this.end) truncated();
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

/** Maps a signed integer to an unsigned one: 0, -1, 1, -2, ... -> 0, 1, 2, 3, ... */
export function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

/** The inverse of `zigzag`. */
export function unzigzag(z: number): number {
  if (z <= 0x7fffffff) return (z >>> 1) ^ -(z & 1);
  return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
}

function truncated(): never {
  throw new Error('index file is truncated');
}
