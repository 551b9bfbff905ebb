import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnalysisService, UNSUPPORTED_PAGE_MESSAGE, type AnalysisServiceDeps } from '../../../lib/background/analysis-service';
import { createTabStore } from '../../../lib/background/tab-store';
import { createResultCache, type ResultCache } from '../../../lib/cache/result-cache';
import { createResultsDatabase } from '../../../lib/cache/database';
import { matchPage } from '../../../lib/match/match-page';
import type { ProvenanceIndex } from '../../../lib/index/model';
import type { PageSubmission } from '../../../lib/messages';
import { seedTestIndex } from '../../helpers/seeds';
import { fixtureSubmission } from '../../helpers/fixture-page';

const URL_A = 'http://127.0.0.1:8000/seed-wire-story.html';
let index: ProvenanceIndex;
let story: PageSubmission;
let unrelated: PageSubmission;

beforeAll(async () => {
  index = await seedTestIndex();
  story = fixtureSubmission('seed-wire-story.html');
  unrelated = fixtureSubmission('unrelated-tram-line.html');
});
beforeEach(() => fakeBrowser.reset());

/** A service over a fresh IndexedDB, fake session storage and a badge map; `match` counts its calls. */
function setup(overrides: Partial<AnalysisServiceDeps> = {}, api = { indexedDB: new IDBFactory(), IDBKeyRange }) {
  const badges = new Map<number, string>();
  const match = vi.fn(matchPage);
  const deps: AnalysisServiceDeps = {
    index: () => index,
    cache: createResultCache({ database: () => createResultsDatabase(api), indexVersion: () => index.version, log: () => undefined }),
    tabs: createTabStore(fakeBrowser.storage.session),
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    askResubmit: async () => true,
    match,
    ...overrides,
  };
  return { service: createAnalysisService(deps), badges, match, deps, api };
}

describe('the analysis service', () => {
  it('records where its time went: the cache look-up, and matching on a miss only', async () => {
    let clock = 0;
    const { service } = setup({ now: () => (clock += 5) });
    await service.analyse(3, URL_A, story);
    const first = await service.tabReport(3);
    expect(first).toMatchObject({ state: 'matched', fromCache: false, timings: { lookupMs: 5, matchMs: 5 } });
    await service.analyse(4, URL_A, story);
    expect(await service.tabReport(4)).toMatchObject({ state: 'matched', fromCache: true, timings: { lookupMs: 5, matchMs: null } });
  });

  it('matches a page, records the tab report and sets the badge to the number of outlets', async () => {
    const { service, badges, match } = setup();
    const result = await service.analyse(7, URL_A, story);
    const expected = matchPage({ ...story, url: URL_A }, index);
    expect(result).toEqual({ report: expected, fromCache: false });
    expect(match).toHaveBeenCalledTimes(1);
    expect(expected.outlets.length).toBeGreaterThan(0);
    expect(badges.get(7)).toBe(String(expected.outlets.length));
    expect(await service.tabReport(7)).toMatchObject({ state: 'matched', url: URL_A, report: expected, fromCache: false });
  });

  it('answers a revisit with unchanged text from the cache, without matching again', async () => {
    const { service, match } = setup();
    const first = await service.analyse(1, URL_A, story);
    const again = await service.analyse(2, URL_A, story);
    expect(match).toHaveBeenCalledTimes(1);
    expect(again).toEqual({ report: first!.report, fromCache: true });
    expect(await service.tabReport(2)).toMatchObject({ state: 'matched', fromCache: true });
  });

  it('matches again when the text, the address or the index changed', async () => {
    const { service, match, api } = setup();
    await service.analyse(1, URL_A, story);
    await service.analyse(1, URL_A, { ...story, paragraphs: [...story.paragraphs, 'A new closing paragraph was added.'] });
    await service.analyse(1, `${URL_A}?page=2`, story);
    expect(match).toHaveBeenCalledTimes(3);
    const newer = { ...index, version: `${index.version}-next` };
    const other = setup({ index: () => newer }, api);
    await other.service.analyse(1, URL_A, story);
    expect(other.match).toHaveBeenCalledTimes(1);
  });

  it('reports "none" with an empty badge for an article nothing carried', async () => {
    const { service, badges } = setup();
    const result = await service.analyse(3, 'http://127.0.0.1/tram.html', unrelated);
    expect(result!.report.outlets).toEqual([]);
    expect(badges.get(3)).toBe('');
    expect(await service.tabReport(3)).toMatchObject({ state: 'none' });
  });

  it('records a page that is not an article without matching it', async () => {
    const { service, match, badges } = setup();
    expect(await service.analyse(4, 'http://127.0.0.1/front.html', { title: 'World', readerable: false, paragraphs: [] })).toBeNull();
    expect(match).not.toHaveBeenCalled();
    expect(badges.get(4)).toBe('');
    expect(await service.tabReport(4)).toEqual({ state: 'not-article', url: 'http://127.0.0.1/front.html', title: 'World' });
  });

  it('records a page on a switched-off site as disabled, without matching it', async () => {
    const { service, match, badges } = setup();
    expect(await service.analyse(5, 'https://example.org/a', { title: 'T', readerable: false, paragraphs: [], disabled: true })).toBeNull();
    expect(match).not.toHaveBeenCalled();
    expect(badges.get(5)).toBe('');
    expect(await service.tabReport(5)).toEqual({ state: 'disabled', url: 'https://example.org/a' });
  });

  it('forgets a tab’s report and badge when it navigates, and a late analysis of the old page does not come back', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow: ResultCache = { disabled: false, get: async () => (await gate, null), put: async () => undefined };
    const { service, badges } = setup({ cache: slow });
    const pending = service.analyse(5, URL_A, story);
    await vi.waitFor(async () => expect(await service.tabReport(5)).toEqual({ state: 'pending' }));
    await service.navigated(5);
    release();
    expect(await pending).not.toBeNull();
    expect(badges.get(5)).toBe('');
    // Nothing recorded: the content script is asked to submit again.
    expect(await service.tabReport(5)).toEqual({ state: 'pending' });
  });

  it('says where no content script runs (a browser page)', async () => {
    const { service } = setup({ askResubmit: async () => false });
    expect(await service.tabReport(99)).toEqual({ state: 'error', reason: 'unsupported-page', message: UNSUPPORTED_PAGE_MESSAGE });
  });

  it('still answers the popup after the service worker restarted (report kept in storage.session)', async () => {
    const { service, api } = setup();
    await service.analyse(8, URL_A, story);
    const askResubmit = vi.fn(async () => true);
    const restarted = setup({ askResubmit }, api).service;
    expect(await restarted.tabReport(8)).toMatchObject({ state: 'matched', url: URL_A });
    expect(askResubmit).not.toHaveBeenCalled();
  });

  it('drops a closed tab’s report', async () => {
    const { service } = setup({ askResubmit: async () => false });
    await service.analyse(9, URL_A, story);
    await service.removed(9);
    expect(await service.tabReport(9)).toMatchObject({ state: 'error' });
    expect(await fakeBrowser.storage.session.get('tab:9')).toEqual({});
  });

  it('never loses the result to a cache fault', async () => {
    const broken = {
      open: () => {
        throw new DOMException('no IndexedDB', 'InvalidStateError');
      },
    };
    const log = vi.fn();
    const { service, match } = setup({
      cache: createResultCache({
        database: () => createResultsDatabase({ indexedDB: broken as unknown as IDBFactory, IDBKeyRange }),
        indexVersion: () => index.version,
        log,
      }),
    });
    const first = await service.analyse(1, URL_A, story);
    const second = await service.analyse(1, URL_A, story);
    expect(first).toEqual({ report: matchPage({ ...story, url: URL_A }, index), fromCache: false });
    expect(second!.fromCache).toBe(false);
    expect(match).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('records an error state when matching fails, and rethrows', async () => {
    const { service, badges } = setup({
      match: () => {
        throw new Error('index corrupt');
      },
    });
    await expect(service.analyse(6, URL_A, story)).rejects.toThrow('index corrupt');
    expect(await service.tabReport(6)).toMatchObject({ state: 'error', reason: 'failed' });
    expect(badges.get(6)).toBe('');
  });

  it('loads the index once, on first use', async () => {
    const load = vi.fn(() => index);
    const { service } = setup({ index: load });
    expect(load).not.toHaveBeenCalled();
    await service.analyse(1, URL_A, story);
    await service.analyse(2, 'http://127.0.0.1/tram.html', unrelated);
    expect(load).toHaveBeenCalledTimes(1);
  });

  describe('the reading memory hook', () => {
    it('hands an article to the memory only after its report is recorded, and never from a private window', async () => {
      const order: string[] = [];
      const remember = vi.fn(() => void order.push('remember'));
      const { service } = setup({ remember, setBadge: async () => void order.push('badge') });
      await service.analyse(1, URL_A, story, { incognito: true });
      await service.analyse(2, URL_A, story);
      expect(remember).not.toHaveBeenCalled();
      order.length = 0;
      await service.analyse(3, URL_A, story, { incognito: false });
      expect(remember).toHaveBeenCalledWith(URL_A, story);
      expect(order).toEqual(['badge', 'remember']);
      expect((await service.tabReport(3)).state).toBe('matched');
    });

    it('does not hand over a page that is not an article, or on a site turned off', async () => {
      const remember = vi.fn();
      const { service } = setup({ remember });
      await service.analyse(1, URL_A, { title: 'x', readerable: false, paragraphs: [] }, { incognito: false });
      await service.analyse(2, URL_A, { title: null, readerable: false, paragraphs: [], disabled: true }, { incognito: false });
      expect(remember).not.toHaveBeenCalled();
    });
  });
});
