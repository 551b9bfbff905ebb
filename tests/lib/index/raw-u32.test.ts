import { describe, expect, it } from 'vitest';
import { u32Bytes, u32View } from '../../../lib/index/raw-u32';

describe('raw 32-bit arrays', () => {
  const values = [0, 1, 255, 256, 65535, 2 ** 31, 2 ** 32 - 1];

  it('are little-endian bytes', () => {
    expect(Array.from(u32Bytes([1, 0x01020304]))).toEqual([1, 0, 0, 0, 4, 3, 2, 1]);
  });

  it('read back in place where aligned', () => {
    const bytes = u32Bytes(values);
    const view = u32View(bytes);
    expect(Array.from(view)).toEqual(values);
    expect(view.buffer).toBe(bytes.buffer);
  });

  it('read back by copying where not aligned', () => {
    const padded = new Uint8Array(values.length * 4 + 1);
    padded.set(u32Bytes(values), 1);
    const view = u32View(padded.subarray(1));
    expect(Array.from(view)).toEqual(values);
    expect(view.buffer).not.toBe(padded.buffer);
  });

  it('refuse a length that is not a multiple of 4', () => {
    expect(() => u32View(new Uint8Array(5))).toThrow(/corrupt/);
  });
});
