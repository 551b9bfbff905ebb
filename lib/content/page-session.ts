import type { PageAnalysis, PageSubmission, Result } from '../messages';
import type { PageExtract } from './extract-page';
import { changedSubstantially } from './article-change';

/** Quiet time after the last DOM change before the article is read again. */
export const MUTATION_DEBOUNCE_MS = 1000;
/** A page that never stops changing is still read again at most this long after the first change. */
export const MUTATION_MAX_WAIT_MS = 8000;
/** After a history navigation: time for a single-page app to swap the article in. */
export const NAVIGATION_DELAY_MS = 400;

/** What a page session works with: the page, the background and the overlay, as functions (test seams). */
export interface PageSessionDeps {
  extract: () => Promise<PageExtract>;
  submit: (page: PageSubmission) => Promise<Result<PageAnalysis | null>>;
  /** Draws the markers for an analysis (null: remove them all). */
  draw: (extract: PageExtract, analysis: PageAnalysis | null) => Promise<void>;
  /** Whether every marker drawn is still in the page (a re-render may have dropped some). */
  intact: () => boolean;
  /** Timers bound to the content script's life (`ctx.setTimeout`). */
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** False once the extension was reloaded or removed: then nothing more is done. */
  alive: () => boolean;
  now?: () => number; // test seam
  log?: (message: string) => void;
}

/** One page's analysis loop in the content script. */
export interface PageSession {
  /** Reads the page and, where it changed substantially (or `force`), submits it and redraws. */
  run(force?: boolean): Promise<void>;
  /** Runs after `delayMs` of quiet (debounced; bounded by MUTATION_MAX_WAIT_MS). */
  schedule(delayMs: number, force?: boolean): void;
  /**
   * A forced run within `delayMs`, without postponing one already scheduled:
   * for requests that repeat (the background asking while the popup polls).
   */
  request(delayMs: number): void;
  /** The last analysis drawn, if any. */
  readonly analysis: PageAnalysis | null;
}

/**
 * Runs are serialised (one extraction at a time; a request during a run
 * queues one more run), so a burst of mutations never stacks extractions.
 */
export function createPageSession(deps: PageSessionDeps): PageSession {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((m: string) => console.debug(m));
  let submitted: PageSubmission | null = null;
  let analysis: PageAnalysis | null = null;
  let busy = false;
  let queued: { force: boolean } | null = null;
  let timer: number | null = null;
  let firstRequest: number | null = null;
  let forceNext = false;

  async function once(force: boolean): Promise<void> {
    const extract = await deps.extract();
    if (!deps.alive()) return;
    const page = extract.submission;
    const same = submitted !== null && submitted.readerable === page.readerable && !changedSubstantially(submitted.paragraphs, page.paragraphs);
    if (!force && same && deps.intact()) return;
    submitted = page;
    const result = await deps.submit(page);
    if (!deps.alive()) return;
    if (!result.ok) {
      log(`[provenance-lens] analysis refused: ${result.error}`);
      analysis = null;
    } else analysis = result.value;
    await deps.draw(extract, analysis);
  }

  async function run(force = false): Promise<void> {
    if (busy) {
      queued = { force: (queued?.force ?? false) || force };
      return;
    }
    busy = true;
    try {
      await once(force);
    } catch (e) {
      // The extension was reloaded mid-message, or the page threw us a curve: never the page's problem.
      if (deps.alive()) log(`[provenance-lens] analysis failed: ${(e as Error)?.message ?? e}`);
    } finally {
      busy = false;
    }
    if (queued && deps.alive()) {
      const next = queued;
      queued = null;
      await run(next.force);
    }
  }

  const schedule = (delayMs: number, force = false) => {
    forceNext ||= force;
    if (timer !== null) deps.clearTimeout(timer);
    const t = now();
    firstRequest ??= t;
    const wait = Math.max(0, Math.min(delayMs, firstRequest + MUTATION_MAX_WAIT_MS - t));
    timer = deps.setTimeout(() => {
      timer = null;
      firstRequest = null;
      const f = forceNext;
      forceNext = false;
      void run(f);
    }, wait);
  };

  return {
    run,
    schedule,
    request(delayMs) {
      if (timer === null) schedule(delayMs, true);
      else forceNext = true;
    },
    get analysis() {
      return analysis;
    },
  };
}
