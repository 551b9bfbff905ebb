import { describe, expect, it } from 'vitest';
import { lazyList } from '../../../lib/index/lazy-list';

describe('lazy lists', () => {
  it('make each element on first read, once', () => {
    const made: number[] = [];
    const list = lazyList(5, (i) => {
      made.push(i);
      return `p${i}`;
    });
    expect(made).toEqual([]);
    expect(list[3]).toBe('p3');
    expect(list[3]).toBe('p3');
    expect(made).toEqual([3]);
  });

  it('behave as an array to every reader', () => {
    const list = lazyList(3, (i) => `p${i}`);
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBe(3);
    expect([...list]).toEqual(['p0', 'p1', 'p2']);
    expect(list.slice(1)).toEqual(['p1', 'p2']);
    expect(list.map((s) => s.toUpperCase())).toEqual(['P0', 'P1', 'P2']);
    expect(list.join('|')).toBe('p0|p1|p2');
    expect(JSON.stringify(list)).toBe('["p0","p1","p2"]');
    expect(Object.keys(list)).toEqual(['0', '1', '2']);
    expect(1 in list).toBe(true);
    expect(3 in list).toBe(false);
    expect(list).toEqual(['p0', 'p1', 'p2']);
  });

  it('give undefined past the end and for keys that are not indexes', () => {
    const list = lazyList(2, (i) => i);
    expect(list[2]).toBeUndefined();
    expect((list as unknown as Record<string, unknown>)['01']).toBeUndefined();
    expect((list as unknown as Record<string, unknown>)['-1']).toBeUndefined();
  });

  it('are read-only', () => {
    const list = lazyList(2, (i) => i);
    expect(() => {
      'use strict';
      list[0] = 5;
    }).toThrow(TypeError);
    expect(() => list.push(1)).toThrow(TypeError);
    expect(list[0]).toBe(0);
  });
});
