import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createResultsDatabase } from '../../../lib/cache/database';
import { createMemoryStore, type MemoryStore } from '../../../lib/memory/memory-store';
import { createMemoryRecorder } from '../../../lib/memory/memory-recorder';
import { FERRY_PAPER, FERRY_WIRE } from '../../helpers/pack-fixtures';

const freshStore = () => createMemoryStore(createResultsDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }));
const submission = (a: typeof FERRY_WIRE) => ({
  title: a.title,
  readerable: true,
  paragraphs: a.paragraphs,
  meta: { outlet: a.outlet, published: a.published },
});

describe('the memory recorder', () => {
  it('records nothing while the memory is off (the default)', async () => {
    const store = freshStore();
    const changed = vi.fn();
    const r = createMemoryRecorder({ store: () => store, changed });
    r.remember(FERRY_WIRE.url!, submission(FERRY_WIRE));
    await r.idle();
    expect(await store.list()).toEqual([]);
    expect(changed).not.toHaveBeenCalled();
  });

  it('records an article with its outlet and date where it is on, then has the index composed again', async () => {
    const store = freshStore();
    await store.setEnabled(true);
    const changed = vi.fn();
    const r = createMemoryRecorder({ store: () => store, changed });
    r.remember(FERRY_WIRE.url!, submission(FERRY_WIRE));
    r.remember(FERRY_WIRE.url!, submission(FERRY_WIRE)); // a reload: the same text, nothing new
    await r.idle();
    expect(await store.list()).toMatchObject([{ url: FERRY_WIRE.url, outlet: 'Harbour Wire', published: '2026-04-14', title: FERRY_WIRE.title }]);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('logs a storage fault and loses nothing already stored; the next add still works', async () => {
    const store = freshStore();
    await store.setEnabled(true);
    const log = vi.fn();
    let failing = false;
    const faulty: MemoryStore = { ...store, add: (...a) => (failing ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : store.add(...a)) };
    const r = createMemoryRecorder({ store: () => faulty, changed: () => undefined, log });
    r.remember(FERRY_WIRE.url!, submission(FERRY_WIRE));
    await r.idle();
    failing = true;
    r.remember(FERRY_PAPER.url!, submission(FERRY_PAPER));
    await r.idle();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/could not be kept.*nothing stored was lost/));
    expect((await store.list()).map((a) => a.url)).toEqual([FERRY_WIRE.url]);
    failing = false;
    r.remember(FERRY_PAPER.url!, submission(FERRY_PAPER));
    await r.idle();
    expect((await store.list()).length).toBe(2);
  });
});
