import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fail, messenger, ok } from '../../lib/messages';
import { createBackgroundHandlers } from '../../lib/background/handlers';
import type { AnalysisService } from '../../lib/background/analysis-service';

/** Delivers a message the way the browser would, with a sender the test chooses; resolves with the response. */
async function deliver(type: string, data: unknown, sender: object): Promise<unknown> {
  const message = { id: 1, type, data, timestamp: Date.now() };
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

const service: AnalysisService = {
  analyse: vi.fn(async () => null),
  tabReport: vi.fn(async () => ({ state: 'pending' as const })),
  navigated: vi.fn(async () => undefined),
  removed: vi.fn(async () => undefined),
  sourcesChanged: vi.fn(async () => undefined),
};

describe('the message protocol', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    const handlers = createBackgroundHandlers(service, { id: fakeBrowser.runtime.id, origin: fakeBrowser.runtime.getURL('/') });
    messenger.onMessage('analysePage', handlers.analysePage);
    messenger.onMessage('getTabReport', handlers.getTabReport);
  });
  afterEach(() => messenger.removeAllListeners());

  it('wraps results as { ok, value } or { ok, error }', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('no')).toEqual({ ok: false, error: 'no' });
  });

  it('answers a content script of this extension, with the address the browser gives', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: 'https://news.example/story', frameId: 0, tab: { id: 2 } };
    const response = await deliver('analysePage', { title: null, readerable: false, paragraphs: [] }, sender);
    expect(response).toEqual({ res: { ok: true, value: null } });
    expect(service.analyse).toHaveBeenCalledWith(2, 'https://news.example/story', { title: null, readerable: false, paragraphs: [] }, { incognito: true });
  });

  it('refuses another extension’s message', async () => {
    const sender = { id: 'someone-else', url: 'https://news.example/story', frameId: 0, tab: { id: 2 } };
    expect(await deliver('analysePage', { title: null, readerable: false, paragraphs: [] }, sender)).toEqual({
      res: { ok: false, error: 'not from this extension' },
    });
  });

  it('refuses a message without a sender id, end to end through the typed messenger', async () => {
    // The fake runtime sends with an empty sender, as nothing of this extension would.
    expect(await messenger.sendMessage('getTabReport', { tabId: 1 })).toEqual({ ok: false, error: expect.any(String) });
  });

  it('gives the popup its tab’s report', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    expect(await deliver('getTabReport', { tabId: 5 }, sender)).toEqual({ res: { ok: true, value: { state: 'pending' } } });
  });
});
