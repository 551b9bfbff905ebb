import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnalysis } from '../../lib/messages';
import type { PageExtract } from '../../lib/content/extract-page';
import { createSignal, type HighlightRequest } from '../../lib/content/marker-signals';
import { commonAncestor } from '../../lib/content/mutation-filter';
import { yieldToPage } from '../../lib/content/yield-to-page';
import { mountOverlay } from './overlay';
import { createMarkerHost, MARKER_HOST } from './marker-host';

/** Markers mounted between two yields to the page. */
const MOUNT_CHUNK = 20;

/** The page's markers: drawn from an analysis, removed, and shown on request. */
export interface MarkerLayer {
  draw(extract: PageExtract, analysis: PageAnalysis | null): Promise<void>;
  clear(): void;
  /** Scrolls to a matched paragraph and highlights its marker; false where it has none. */
  show(index: number): boolean;
  /** Whether every marker drawn is still in the page. */
  intact(): boolean;
  /** Whether a node is one of our marker hosts. */
  owns(node: Node): boolean;
  /** The part of the page that holds the article's paragraphs (null before any analysis). */
  scope(): Element | null;
}

interface Mounted {
  host: HTMLElement;
  target: Element;
  /** Takes the overlay's window listeners and timers away with it. */
  unmount: () => void;
}

/**
 * One shadow-root host per matched paragraph, first child of the paragraph's
 * element: page styles cannot reach in, ours cannot leak out, and the only
 * thing the page can read on the host is the paragraph's index. Unmatched
 * paragraphs get nothing. Every host goes when the content script is
 * invalidated (extension reloaded or removed).
 */
export function createMarkerLayer(ctx: ContentScriptContext): MarkerLayer {
  let mounted = new Map<number, Mounted>();
  let drawn = '';
  let root: Element | null = null;
  let generation = 0;
  const openCard = createSignal<number | null>(null);
  const highlight = createSignal<HighlightRequest | null>(null);
  let seq = 0;

  const clear = () => {
    generation++;
    for (const m of mounted.values()) {
      m.unmount();
      m.host.remove();
    }
    mounted = new Map();
    drawn = '';
    openCard.set(null);
  };

  ctx.onInvalidated(clear);

  return {
    async draw(extract, analysis) {
      const todo = analysis?.report.paragraphs.filter((p) => p.matches.length && extract.elements[p.index]) ?? [];
      // The same matches on the same elements (a re-submission after a jump to an anchor): keep what is drawn.
      const signature = JSON.stringify(todo.map((p) => [p.index, p.matches]));
      const sameTargets = todo.every((p) => mounted.get(p.index)?.target === extract.elements[p.index]);
      if (todo.length && signature === drawn && sameTargets && [...mounted.values()].every((m) => m.host.isConnected)) return;
      clear();
      const gen = generation;
      root = commonAncestor(extract.elements);
      if (!todo.length) return;
      drawn = signature;
      for (let i = 0; i < todo.length; i += MOUNT_CHUNK) {
        if (i > 0) {
          await yieldToPage();
          // A newer draw (or a clear) started while the page had its turn: the rest is stale.
          if (gen !== generation || ctx.isInvalid) return;
        }
        for (const paragraph of todo.slice(i, i + MOUNT_CHUNK)) {
          const target = extract.elements[paragraph.index]!;
          if (!target.isConnected) continue;
          // The host goes in with its index set: the page sees one node added, nothing else (the
          // overlay is built after, inside the shadow root, as it measures itself against the page).
          const { host, root: shadow } = createMarkerHost(paragraph.index);
          target.prepend(host);
          const unmount = mountOverlay(shadow, { paragraph, target, openCard, highlight });
          mounted.set(paragraph.index, { host, target, unmount });
        }
      }
    },

    clear,

    show(index) {
      const m = mounted.get(index);
      if (!m || !m.target.isConnected) return false;
      const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      m.target.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
      highlight.set({ index, seq: ++seq });
      return true;
    },

    intact: () => [...mounted.values()].every((m) => m.host.isConnected),

    owns: (node) => node.nodeType === 1 && (node as Element).localName === MARKER_HOST,

    scope: () => root,
  };
}
