/**
 * Arrays of 32-bit numbers stored as they lie in memory (little-endian):
 * read back as a view of the file's bytes, with nothing to decode, where the
 * bytes are 4-byte aligned (the index file aligns such sections); copied
 * where they are not, or where the machine is big-endian.
 */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** The numbers as little-endian bytes. */
export function u32Bytes(a: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(a.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < a.length; i++) view.setUint32(i * 4, a[i]!, true);
  return out;
}

/** The numbers in little-endian bytes written by `u32Bytes` (a view of them where possible). */
export function u32View(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4) throw new Error('index file is corrupt: a 32-bit array of odd length');
  if (LITTLE_ENDIAN && (bytes.byteOffset & 3) === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
  const out = new Uint32Array(bytes.length >>> 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
