import { describe, expect, it, vi } from 'vitest';
import { createSignal } from '../../../lib/content/marker-signals';

describe('createSignal', () => {
  it('tells listeners of changes only, until they unsubscribe', () => {
    const open = createSignal<number | null>(null);
    const seen = vi.fn();
    const stop = open.subscribe(seen);
    open.set(2);
    open.set(2);
    open.set(null);
    stop();
    open.set(4);
    expect(seen.mock.calls).toEqual([[2], [null]]);
    expect(open.get()).toBe(4);
  });
});
