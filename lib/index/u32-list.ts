/** A growable list of 32-bit numbers: the builder's pairs without an array per pair. */
export class U32List {
  private data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  /** The numbers, as an array of their own (the list may go on growing). */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** The arrays end to end. */
export function concatU32(parts: readonly Uint32Array[]): Uint32Array {
  return concatInto(new Uint32Array(totalLength(parts)), parts);
}

/** The byte arrays end to end. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  return concatInto(new Uint8Array(totalLength(parts)), parts);
}

function totalLength(parts: readonly ArrayLike<number>[]): number {
  let n = 0;
  for (const p of parts) n += p.length;
  return n;
}

function concatInto<T extends Uint8Array | Uint32Array>(out: T, parts: readonly T[]): T {
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
