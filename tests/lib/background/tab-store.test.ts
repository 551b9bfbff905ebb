import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabStore, type SessionArea } from '../../../lib/background/tab-store';

const report = { state: 'not-article' as const, url: 'https://a.example/', title: 'A' };

describe('the tab store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps reports in memory and in storage.session, where a new store (a restarted worker) finds them', async () => {
    await createTabStore(fakeBrowser.storage.session).set(3, report);
    expect(await fakeBrowser.storage.session.get('tab:3')).toEqual({ 'tab:3': report });
    expect(await createTabStore(fakeBrowser.storage.session).get(3)).toEqual(report);
  });

  it('deletes from both', async () => {
    const store = createTabStore(fakeBrowser.storage.session);
    await store.set(3, report);
    await store.delete(3);
    expect(await store.get(3)).toBeNull();
    expect(await createTabStore(fakeBrowser.storage.session).get(3)).toBeNull();
  });

  it('keeps working in memory when session storage fails (quota), and logs once', async () => {
    const failing: SessionArea = {
      get: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      remove: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    const log = vi.fn();
    const store = createTabStore(failing, log);
    await store.set(1, report);
    await store.set(2, report);
    expect(await store.get(1)).toEqual(report);
    expect(await store.get(5)).toBeNull();
    expect(log).toHaveBeenCalledTimes(1);
  });
});
