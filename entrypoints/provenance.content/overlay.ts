import type { ParagraphReport } from '../../lib/types';
import type { HighlightRequest, Signal } from '../../lib/content/marker-signals';
import { markerSide, placeCard, MARKER_ROOM, type MarkerSide } from '../../lib/content/marker-place';
import { plural } from '../../components/format';
import { paragraphCard } from './card';
import { el } from './el';

/** What one paragraph's overlay needs, mounted inside its shadow root. */
export interface OverlayOptions {
  paragraph: ParagraphReport;
  /** The paragraph's element on the page: read for its box, never restyled. */
  target: Element;
  /** Which paragraph's card is open: one at a time. */
  openCard: Signal<number | null>;
  highlight: Signal<HighlightRequest | null>;
}

const MARKER_SIZE = 20;
const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 250;
const FLASH_MS = 2000;

const px = (n: number) => `${n}px`;

/**
 * The margin marker of one matched paragraph and its card, built into
 * `root` (the host must already be in the page: the marker is placed from
 * the host's own place). An absolutely positioned box with no offsets stays
 * where the host is: the marker moves with the paragraph, and the page's
 * layout does not move for it. Returns the clean-up: window listeners,
 * timers and subscriptions go with the marker.
 */
export function mountOverlay(root: ShadowRoot, { paragraph, target, openCard, highlight }: OverlayOptions): () => void {
  const index = paragraph.index;
  const host = root.host;
  const cardId = `pl-card-${index}`;
  const n = paragraph.matches.length;
  const label = `Also carried by ${plural(n, 'other outlet')}: show where`;

  let side: MarkerSide = 'inside';
  let pinned = false;
  let timer: number | undefined;
  let card: HTMLElement | null = null;
  /** Takes down the open card (its listeners, its popover); null while closed. */
  let closeCard: (() => void) | null = null;
  let flashBox: HTMLElement | null = null;
  let flashTimer: number | undefined;
  // Focus we move ourselves (back to the marker on close) must not reopen the card.
  let quietFocus = false;

  const anchor = el('div', { class: 'pl-anchor' });
  const button = el(
    'button',
    { type: 'button', 'aria-label': label, title: label, 'aria-expanded': 'false', 'aria-controls': cardId, 'aria-haspopup': 'dialog' },
    el('span', { 'aria-hidden': 'true' }, String(n)),
  );
  anchor.append(button);
  root.append(anchor);

  const paint = () => {
    button.className = `pl-marker pl-side-${side}${card ? ' pl-open' : ''}${flashBox ? ' pl-flash' : ''}`;
    button.setAttribute('aria-expanded', String(!!card));
  };
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    timer = window.setTimeout(fn, ms);
  };
  const show = () => openCard.set(index);
  const hide = () => {
    pinned = false;
    if (openCard.get() === index) openCard.set(null);
  };
  const refocus = () => {
    quietFocus = true;
    button.focus();
    quietFocus = false;
  };

  // Where the marker sits: measured against the paragraph, again on resize.
  const measure = () => {
    const a = anchor.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const style = getComputedStyle(target);
    const fontSize = parseFloat(style.fontSize) || 16;
    const line = style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight) || fontSize * 1.4;
    const contentTop = box.top + (parseFloat(style.borderTopWidth) || 0) + (parseFloat(style.paddingTop) || 0);
    side = markerSide(box, document.documentElement.clientWidth || window.innerWidth, style.direction === 'rtl');
    const x = side === 'left' ? box.left - MARKER_ROOM : side === 'right' ? box.right + MARKER_ROOM - MARKER_SIZE : box.left;
    const y = side === 'inside' ? contentTop - MARKER_SIZE - 2 : contentTop + Math.max(0, (line - MARKER_SIZE) / 2);
    button.style.left = px(Math.round(x - a.left));
    button.style.top = px(Math.round(y - a.top));
    paint();
  };

  // An open card: in the top layer where the browser has popovers (no page
  // box can clip or cover it), placed by the marker, following scrolls.
  const open = () => {
    const c = el('div', { id: cardId, class: 'pl-card', popover: 'manual', role: 'dialog', 'aria-label': 'Where this paragraph was also published' });
    c.append(
      paragraphCard(paragraph, () => {
        hide();
        refocus();
      }),
    );
    c.addEventListener('mouseenter', () => clearTimeout(timer));
    c.addEventListener('mouseleave', () => !pinned && later(hide, CLOSE_DELAY_MS));
    c.addEventListener('focusout', (e) => {
      const next = e.relatedTarget as Node | null;
      if (!pinned && next && !anchor.contains(next)) hide();
    });
    anchor.append(c);
    card = c;
    paint();

    const popover = typeof c.showPopover === 'function';
    if (popover) c.showPopover();
    const place = () => {
      const at = placeCard(
        button.getBoundingClientRect(),
        target.getBoundingClientRect(),
        { width: c.offsetWidth, height: c.offsetHeight },
        { width: window.innerWidth, height: window.innerHeight },
      );
      c.style.left = px(Math.round(at.left));
      c.style.top = px(Math.round(at.top));
    };
    place();
    // Escape pressed elsewhere on the page; inside our root the anchor's own handler also refocuses.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.composedPath().includes(host)) hide();
    };
    const onPointer = (e: PointerEvent) => {
      if (!e.composedPath().includes(host)) hide();
    };
    window.addEventListener('scroll', place, { passive: true, capture: true });
    window.addEventListener('resize', place, { passive: true });
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    closeCard = () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
      if (popover && c.isConnected && c.matches(':popover-open')) c.hidePopover();
      c.remove();
      card = closeCard = null;
      paint();
    };
  };

  // The card follows the shared signal: opening another paragraph's closes this one (and unpins it).
  const sync = (value: number | null) => {
    if (value === index && !card) open();
    else if (value !== index && closeCard) {
      pinned = false;
      closeCard();
    }
  };

  // The popup asked to show this paragraph: outline it for a moment (a new box restarts the animation).
  const flash = (req: HighlightRequest | null) => {
    if (!req || req.index !== index) return;
    const a = anchor.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    flashBox?.remove();
    flashBox = el('div', { class: 'pl-flash-box', 'aria-hidden': 'true' });
    Object.assign(flashBox.style, { left: px(box.left - a.left - 8), top: px(box.top - a.top - 6), width: px(box.width + 16), height: px(box.height + 12) });
    button.after(flashBox);
    paint();
    clearTimeout(flashTimer);
    flashTimer = window.setTimeout(() => {
      flashBox?.remove();
      flashBox = null;
      paint();
    }, FLASH_MS);
  };

  anchor.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && card) {
      e.preventDefault();
      hide();
      refocus();
    }
  });
  button.addEventListener('mouseenter', () => later(show, OPEN_DELAY_MS));
  button.addEventListener('mouseleave', () => !pinned && later(hide, CLOSE_DELAY_MS));
  button.addEventListener('focus', () => !quietFocus && show());
  button.addEventListener('blur', (e) => {
    const next = e.relatedTarget as Node | null;
    if (!pinned && !(next && card?.contains(next))) later(hide, CLOSE_DELAY_MS);
  });
  button.addEventListener('click', () => {
    clearTimeout(timer);
    if (card && pinned) hide();
    else {
      pinned = true;
      show();
    }
  });

  measure();
  window.addEventListener('resize', measure, { passive: true });
  const unsubscribe = [openCard.subscribe(sync), highlight.subscribe(flash)];
  sync(openCard.get());

  return () => {
    for (const u of unsubscribe) u();
    window.removeEventListener('resize', measure);
    clearTimeout(timer);
    clearTimeout(flashTimer);
    closeCard?.();
  };
}
