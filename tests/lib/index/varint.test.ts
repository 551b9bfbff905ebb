import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter, unzigzag, zigzag } from '../../../lib/index/varint';

describe('varints', () => {
  it.each([0, 1, 127, 128, 255, 16383, 16384, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1])(
    'round-trips %d',
    (n) => {
      const w = new ByteWriter();
      w.varint(n);
      const r = new ByteReader(w.finish());
      expect(r.varint()).toBe(n);
      expect(r.done).toBe(true);
    },
  );

  it('takes one byte below 128 and two below 16384', () => {
    const w = new ByteWriter();
    w.varint(127);
    expect(w.length).toBe(1);
    w.varint(16383);
    expect(w.length).toBe(3);
    w.varint(16384);
    expect(w.length).toBe(6);
  });

  it.each([0, 1, -1, 2, -2, 63, -64, 2 ** 31 - 1, -(2 ** 31), 2 ** 32 - 1, -(2 ** 32 - 1), 2 ** 40, -(2 ** 40)])('zigzag round-trips %d', (n) => {
    expect(unzigzag(zigzag(n))).toBe(n);
    const w = new ByteWriter();
    w.zigzag(n);
    expect(new ByteReader(w.finish()).zigzag()).toBe(n);
  });

  it('maps small signed numbers to small unsigned ones', () => {
    expect([0, -1, 1, -2, 2].map(zigzag)).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses what is not an unsigned integer', () => {
    const w = new ByteWriter();
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) expect(() => w.varint(bad)).toThrow(RangeError);
  });

  it('reads many numbers back in order across buffer growth', () => {
    const w = new ByteWriter();
    const values = Array.from({ length: 5000 }, (_, i) => (i * 2654435761) % 2 ** 32);
    for (const v of values) w.varint(v);
    const r = new ByteReader(w.finish());
    expect(values.map(() => r.varint())).toEqual(values);
    expect(r.done).toBe(true);
  });

  it('throws on a truncated number instead of reading past the end', () => {
    const w = new ByteWriter();
    w.varint(2 ** 20);
    const bytes = w.finish();
    expect(() => new ByteReader(bytes, 0, bytes.length - 1).varint()).toThrow(/truncated/);
    expect(() => new ByteReader(new Uint8Array(0)).varint()).toThrow(/truncated/);
  });

  it('throws on a number that never ends', () => {
    expect(() => new ByteReader(new Uint8Array(12).fill(0xff)).varint()).toThrow(/corrupt|truncated/);
  });

  it('reads raw bytes as a view and refuses to read past the end', () => {
    const r = new ByteReader(Uint8Array.from([1, 2, 3, 4]), 1, 3);
    expect(Array.from(r.bytes(2))).toEqual([2, 3]);
    expect(() => r.bytes(1)).toThrow(/truncated/);
  });
});
