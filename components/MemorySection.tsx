import { useState } from 'preact/hooks';
import type { MemoryArticle } from '../lib/cache/database';
import { formatBytes, plural } from './format';

/** Props: the memory's switch, articles and size (null while loading), and what its controls ask for. */
export interface MemorySectionProps {
  enabled: boolean;
  articles: MemoryArticle[] | null;
  bytes: number;
  /** The most articles kept (said on the page). */
  cap: number;
  busy: boolean;
  /** Just turned off with articles stored: ask whether to keep or delete them. */
  askKeep: boolean;
  onToggle: (on: boolean) => void;
  onForget: (id: string) => void;
  onForgetSite: (site: string) => void;
  onClear: () => void;
  onKeep: () => void;
  onExport: () => void;
}

/** The day an article was read, as the page says it. */
const readDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The reading memory's section of the options page: switch, size, cap, searchable list with forget, clear, export. */
export function MemorySection(p: MemorySectionProps) {
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState(false);
  const q = query.trim().toLowerCase();
  const shown = (p.articles ?? []).filter((a) => !q || `${a.outlet ?? ''} ${a.title ?? ''} ${a.site}`.toLowerCase().includes(q));
  const count = p.articles?.length ?? 0;
  return (
    <section aria-labelledby="memory-title" class="memory">
      <h2 id="memory-title">Reading memory</h2>
      <p class="note">
        When it is on, every article Provenance Lens analyses (not in private windows, not on sites you turned off) is kept on this device, in the extension’s
        own storage: its paragraphs, outlet, title, address, date and the day you read it. Later pages are compared with it too. Nothing is sent anywhere. At
        most {p.cap.toLocaleString('en')} articles are kept; past that, the oldest read are dropped first, a twentieth at a time.
      </p>
      <div class="source-set" data-source-set="memory" data-origin="memory" data-articles={count} data-enabled={String(p.enabled)}>
        <label class="set-switch">
          <input
            type="checkbox"
            data-setting="memory"
            checked={p.enabled}
            disabled={p.busy || !p.articles}
            onChange={(e) => p.onToggle((e.currentTarget as HTMLInputElement).checked)}
          />
          <span>Remember the articles I read</span>
        </label>
        <div class="set-facts">
          <span data-memory-count={count}>{plural(count, 'article')}</span>
          <span>{formatBytes(p.bytes)}</span>
        </div>
      </div>
      {p.askKeep && (
        <p class="memory-ask" role="group" aria-label="Keep the stored articles?">
          The memory is off: nothing more is recorded. Keep the {plural(count, 'article')} stored (not used while it is off), or delete them?{' '}
          <button type="button" data-action="keep-memory" disabled={p.busy} onClick={p.onKeep}>
            Keep
          </button>{' '}
          <button type="button" data-action="delete-memory" disabled={p.busy} onClick={p.onClear}>
            Delete
          </button>
        </p>
      )}
      {count > 0 && (
        <div class="memory-tools">
          <button type="button" data-action="export-memory" disabled={p.busy} onClick={p.onExport}>
            Export as a pack file
          </button>{' '}
          {confirming ? (
            <span role="group" aria-label="Confirm clearing the memory">
              Delete every remembered article?{' '}
              <button type="button" data-action="confirm" disabled={p.busy} onClick={() => (setConfirming(false), p.onClear())}>
                Delete all
              </button>{' '}
              <button type="button" data-action="cancel" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" data-action="clear-memory" disabled={p.busy} onClick={() => setConfirming(true)}>
              Clear memory
            </button>
          )}
        </div>
      )}
      {count > 0 && (
        <>
          <label class="memory-search">
            <span>Search remembered articles</span>{' '}
            <input type="search" data-action="search-memory" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <ul class="memory-list">
            {shown.map((a) => (
              <li key={a.id} data-memory-article={a.id} data-source-url={a.url}>
                <span class="memory-outlet">{a.outlet ?? a.site}</span> <span class="memory-title">{a.title ?? a.url}</span>{' '}
                <span class="memory-date">read on {readDay(a.readAt)}</span>{' '}
                <button type="button" data-action="forget" disabled={p.busy} aria-label={`Forget ${a.title ?? a.url}`} onClick={() => p.onForget(a.id)}>
                  Forget
                </button>{' '}
                <button
                  type="button"
                  data-action="forget-site"
                  disabled={p.busy}
                  aria-label={`Forget every article from ${a.site}`}
                  onClick={() => p.onForgetSite(a.site)}
                >
                  Forget this site
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
