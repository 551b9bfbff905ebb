import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { PageAnalysis } from '../../lib/messages';
import type { PageExtract } from '../../lib/content/extract-page';
import { createSignal, type HighlightRequest } from '../../lib/content/marker-signals';
import { commonAncestor } from '../../lib/content/mutation-filter';
import { yieldToPage } from '../../lib/content/yield-to-page';
import { Overlay } from './Overlay';

/** The one element name we add to pages (the extension contract's marker host). */
export const MARKER_HOST = 'provenance-lens-marker';

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
  ui: ShadowRootContentScriptUi<HTMLElement>;
  target: Element;
}

/**
 * One shadow-root host per matched paragraph, first child of the paragraph's
 * element: page styles cannot reach in, ours cannot leak out, and the only
 * thing the page can read on the host is the paragraph's index. Unmatched
 * paragraphs get nothing. WXT removes every host when the content script is
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
    for (const m of mounted.values()) m.ui.remove();
    mounted = new Map();
    drawn = '';
    openCard.set(null);
  };

  return {
    async draw(extract, analysis) {
      const todo = analysis?.report.paragraphs.filter((p) => p.matches.length && extract.elements[p.index]) ?? [];
      // The same matches on the same elements (a re-submission after a jump to an anchor): keep what is drawn.
      const signature = JSON.stringify(todo.map((p) => [p.index, p.matches]));
      const sameTargets = todo.every((p) => mounted.get(p.index)?.target === extract.elements[p.index]);
      if (todo.length && signature === drawn && sameTargets && [...mounted.values()].every((m) => m.ui.shadowHost.isConnected)) return;
      clear();
      const gen = generation;
      root = commonAncestor(extract.elements);
      if (!todo.length) return;
      drawn = signature;
      for (let i = 0; i < todo.length; i += MOUNT_CHUNK) {
        if (i > 0) await yieldToPage();
        const chunk = todo.slice(i, i + MOUNT_CHUNK);
        const uis = await Promise.all(
          chunk.map((paragraph) => {
            const target = extract.elements[paragraph.index]!;
            return createShadowRootUi<HTMLElement>(ctx, {
              name: MARKER_HOST,
              position: 'inline',
              anchor: target,
              append: 'first',
              // Keys typed in the card stay ours: the page's shortcuts do not fire.
              isolateEvents: true,
              onMount: (container) => {
                render(h(Overlay, { paragraph, target, openCard, highlight }), container);
                return container;
              },
              // Unmounting through Preact runs the overlay's clean-ups (its window listeners and timers).
              onRemove: (container) => container && render(null, container),
            }).then((ui) => ({ ui, target, paragraph }));
          }),
        );
        // A newer draw (or a clear) started while the CSS loaded: these are stale.
        if (gen !== generation || ctx.isInvalid) {
          for (const { ui } of uis) ui.remove();
          return;
        }
        for (const { ui, target, paragraph } of uis) {
          if (!target.isConnected) continue;
          ui.shadowHost.setAttribute('data-paragraph-index', String(paragraph.index));
          ui.mount();
          mounted.set(paragraph.index, { ui, target });
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

    intact: () => [...mounted.values()].every((m) => m.ui.shadowHost.isConnected),

    owns: (node) => node.nodeType === 1 && (node as Element).localName === MARKER_HOST,

    scope: () => root,
  };
}
