import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers } from '../../../lib/background/handlers';
import type { AnalysisService } from '../../../lib/background/analysis-service';
import type { PageAnalysis } from '../../../lib/messages';

const SELF = { id: 'our-id', origin: 'chrome-extension://our-id/' };
const page = { title: 'T', readerable: true, paragraphs: ['One paragraph.'] };
const fromTab = { id: 'our-id', url: 'https://news.example/story#comments', frameId: 0, tab: { id: 4, url: 'https://news.example/story', incognito: false } };

function service(): AnalysisService & { analyse: ReturnType<typeof vi.fn>; sourcesChanged: ReturnType<typeof vi.fn<() => Promise<void>>> } {
  return {
    analyse: vi.fn(async () => ({ fromCache: false }) as unknown as PageAnalysis),
    tabReport: vi.fn(async () => ({ state: 'pending' as const })),
    navigated: vi.fn(async () => undefined),
    removed: vi.fn(async () => undefined),
    sourcesChanged: vi.fn(async () => undefined),
  };
}

describe('analysePage', () => {
  it('takes the address from the sender, never from the message, and drops the fragment', async () => {
    const s = service();
    const h = createBackgroundHandlers(s, SELF);
    const result = await h.analysePage({ data: { ...page, url: 'https://evil.example/' }, sender: fromTab });
    expect(result.ok).toBe(true);
    expect(s.analyse).toHaveBeenCalledWith(4, 'https://news.example/story', page, { incognito: false });
  });

  it.each([
    ['a private window', { incognito: true }],
    ['a tab whose window the browser did not say', {}],
  ])('tells the service the page is private in %s (the browser’s word, never the page’s)', async (_name, tab) => {
    const s = service();
    await createBackgroundHandlers(s, SELF).analysePage({
      data: { ...page, incognito: false },
      sender: { ...fromTab, tab: { id: 4, url: fromTab.tab.url, ...tab } },
    });
    expect(s.analyse).toHaveBeenCalledWith(4, 'https://news.example/story', page, { incognito: true });
  });

  it.each([
    ['another extension', { ...fromTab, id: 'other-id' }, /not from this extension/],
    ['no sender id (a web page)', { ...fromTab, id: undefined }, /not from this extension/],
    ['no tab (an extension page)', { id: 'our-id', url: 'chrome-extension://our-id/popup.html' }, /top frame/],
    ['a sub-frame', { ...fromTab, frameId: 3 }, /top frame/],
    ['a non-web page', { ...fromTab, url: 'file:///home/me/page.html', tab: { id: 4 } }, /http and https/],
  ])('refuses %s', async (_name, sender, reason) => {
    const s = service();
    const result = await createBackgroundHandlers(s, SELF).analysePage({ data: page, sender });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(reason) });
    expect(s.analyse).not.toHaveBeenCalled();
  });

  it('refuses a malformed submission', async () => {
    const s = service();
    const result = await createBackgroundHandlers(s, SELF).analysePage({ data: { title: 3, readerable: true, paragraphs: [] }, sender: fromTab });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/refused/) });
  });

  it('answers a failure as a result, not a thrown error', async () => {
    const s = service();
    s.analyse.mockRejectedValueOnce(new Error('boom'));
    expect(await createBackgroundHandlers(s, SELF).analysePage({ data: page, sender: fromTab })).toEqual({ ok: false, error: 'analysis failed: boom' });
  });
});

describe('getTabReport', () => {
  it('answers the extension’s own pages', async () => {
    const s = service();
    const result = await createBackgroundHandlers(s, SELF).getTabReport({
      data: { tabId: 12 },
      sender: { id: 'our-id', url: 'chrome-extension://our-id/popup.html?tab=12' },
    });
    expect(result).toEqual({ ok: true, value: { state: 'pending' } });
    expect(s.tabReport).toHaveBeenCalledWith(12);
  });

  it.each([
    ['a content script (it would learn what other tabs read)', fromTab],
    ['another extension', { id: 'other-id', url: 'chrome-extension://other-id/popup.html' }],
  ])('refuses %s', async (_name, sender) => {
    const s = service();
    expect((await createBackgroundHandlers(s, SELF).getTabReport({ data: { tabId: 4 }, sender })).ok).toBe(false);
    expect(s.tabReport).not.toHaveBeenCalled();
  });

  it.each([[{}], [{ tabId: -1 }], [{ tabId: 1.5 }], [{ tabId: '4' }], [null]])('refuses a bad tab id %j', async (data) => {
    const s = service();
    expect((await createBackgroundHandlers(s, SELF).getTabReport({ data, sender: { id: 'our-id', url: 'chrome-extension://our-id/popup.html' } })).ok).toBe(
      false,
    );
  });
});

describe('sourceSetsChanged', () => {
  it('tells the service when the options page says the source sets changed', async () => {
    const s = service();
    const result = await createBackgroundHandlers(s, SELF).sourceSetsChanged({
      data: {},
      sender: { id: 'our-id', url: 'chrome-extension://our-id/options.html' },
    });
    expect(result).toEqual({ ok: true, value: true });
    expect(s.sourcesChanged).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a content script (a page must not make the background drop its index)', fromTab],
    ['another extension', { id: 'other-id', url: 'chrome-extension://other-id/options.html' }],
  ])('refuses %s', async (_name, sender) => {
    const s = service();
    expect((await createBackgroundHandlers(s, SELF).sourceSetsChanged({ data: {}, sender })).ok).toBe(false);
    expect(s.sourcesChanged).not.toHaveBeenCalled();
  });
});
