import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageSession, MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS, type PageSessionDeps } from '../../../lib/content/page-session';
import type { PageExtract } from '../../../lib/content/extract-page';
import type { PageAnalysis } from '../../../lib/messages';

const paragraphs = Array.from({ length: 10 }, (_, i) => `Paragraph ${i}.`);
const extractOf = (ps: string[]): PageExtract => ({ submission: { title: 'T', readerable: true, paragraphs: ps }, elements: ps.map(() => null) });
const analysis = { report: { paragraphs: [] }, fromCache: false } as unknown as PageAnalysis;

function setup(overrides: Partial<PageSessionDeps> = {}) {
  let current = paragraphs;
  let alive = true;
  const deps = {
    extract: vi.fn(async () => extractOf(current)),
    submit: vi.fn(async () => ({ ok: true as const, value: analysis })),
    draw: vi.fn(async () => undefined),
    intact: vi.fn(() => true),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    alive: () => alive,
    now: () => Date.now(),
    log: () => undefined,
    ...overrides,
  };
  return { session: createPageSession(deps), deps, setPage: (ps: string[]) => (current = ps), kill: () => (alive = false) };
}

describe('the page session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('submits the page and draws the answer', async () => {
    const { session, deps } = setup();
    await session.run(true);
    expect(deps.submit).toHaveBeenCalledWith(extractOf(paragraphs).submission);
    expect(deps.draw).toHaveBeenCalledWith(extractOf(paragraphs), analysis);
    expect(session.analysis).toBe(analysis);
  });

  it('does not submit again for a small change, does for a substantial one', async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `Paragraph ${i}.`);
    const { session, deps, setPage } = setup();
    setPage(twenty);
    await session.run(true);
    // One of twenty edited ("updated 2 minutes ago"): 5%, not worth a new analysis.
    setPage(twenty.map((p, i) => (i === 0 ? `${p} Updated 2 minutes ago.` : p)));
    await session.run();
    expect(deps.submit).toHaveBeenCalledTimes(1);
    // Ten new entries on the live blog: a third of it is new.
    setPage([...Array.from({ length: 10 }, (_, i) => `New entry ${i}.`), ...twenty]);
    await session.run();
    expect(deps.submit).toHaveBeenCalledTimes(2);
  });

  it('submits again, whatever the text, when markers were dropped by the page or when forced', async () => {
    const intact = vi.fn(() => true);
    const { session, deps } = setup({ intact });
    await session.run(true);
    intact.mockReturnValue(false);
    await session.run();
    intact.mockReturnValue(true);
    await session.run(true);
    expect(deps.submit).toHaveBeenCalledTimes(3);
  });

  it('debounces scheduled runs, and bounds the wait on a page that never settles', async () => {
    const { session, deps } = setup();
    for (let t = 0; t < MUTATION_MAX_WAIT_MS + 2000; t += MUTATION_DEBOUNCE_MS / 2) {
      session.schedule(MUTATION_DEBOUNCE_MS, true);
      await vi.advanceTimersByTimeAsync(MUTATION_DEBOUNCE_MS / 2);
    }
    expect(deps.extract).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(MUTATION_DEBOUNCE_MS);
    expect(deps.extract).toHaveBeenCalledTimes(2);
  });

  it('serialises runs: a request during a run queues exactly one more', async () => {
    let release: () => void = () => undefined;
    const submit = vi.fn(() => new Promise<{ ok: true; value: PageAnalysis }>((r) => (release = () => r({ ok: true, value: analysis }))));
    const { session, deps } = setup({ submit });
    const first = session.run(true);
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    void session.run(true);
    void session.run(true);
    release();
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(2));
    release();
    await first;
    expect(deps.extract).toHaveBeenCalledTimes(2);
  });

  it('draws nothing for a refused submission, and stops once the extension is gone', async () => {
    const { session, deps, kill } = setup({ submit: vi.fn(async () => ({ ok: false as const, error: 'no' })) });
    await session.run(true);
    expect(deps.draw).toHaveBeenCalledWith(extractOf(paragraphs), null);
    kill();
    await session.run(true);
    expect(deps.submit).toHaveBeenCalledTimes(1);
  });

  it('never lets a failure escape to the page', async () => {
    const { session } = setup({ submit: vi.fn(async () => Promise.reject(new Error('Extension context invalidated.'))) });
    await expect(session.run(true)).resolves.toBeUndefined();
  });
});

describe('requests for a run', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('do not postpone a run already scheduled (the background asks each time the popup polls)', async () => {
    const { session, deps } = setup();
    session.request(400);
    for (let i = 0; i < 10; i++) {
      await vi.advanceTimersByTimeAsync(100);
      session.request(400);
    }
    // The first request's run happened at 400 ms; the requests after it scheduled one more.
    expect(deps.submit).toHaveBeenCalledTimes(2);
  });
});
