import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ParagraphReport } from '../../lib/types';
import type { HighlightRequest, Signal } from '../../lib/content/marker-signals';
import { markerSide, placeCard, MARKER_ROOM, type MarkerSide } from '../../lib/content/marker-place';
import { ParagraphCard } from '../../components/ParagraphCard';
import { plural } from '../../components/format';

/** Props of one paragraph's overlay, mounted inside its shadow root. */
export interface OverlayProps {
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

interface Layout {
  side: MarkerSide;
  /** Marker offset from the anchor (the host's place in the first line). */
  x: number;
  y: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The margin marker of one matched paragraph and its card. Positioned from
 * the host's own place in the page (an absolutely positioned box with no
 * offsets stays where the host is): it moves with the paragraph, and the
 * page's layout does not move for it.
 */
export function Overlay({ paragraph, target, openCard, highlight }: OverlayProps) {
  const index = paragraph.index;
  const [open, setOpen] = useState(openCard.get() === index);
  const [pinned, setPinned] = useState(false);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [flash, setFlash] = useState<(Box & { seq: number }) | null>(null);
  const anchor = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const card = useRef<HTMLDivElement>(null);
  const timer = useRef<number | undefined>(undefined);
  // Focus we move ourselves (back to the marker on close) must not reopen the card.
  const quietFocus = useRef(false);
  const cardId = `pl-card-${index}`;

  const later = (fn: () => void, ms: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(fn, ms);
  };
  const show = () => openCard.set(index);
  const refocus = () => {
    quietFocus.current = true;
    button.current?.focus();
    quietFocus.current = false;
  };
  const hide = () => {
    setPinned(false);
    if (openCard.get() === index) openCard.set(null);
  };

  useEffect(() => openCard.subscribe((v) => setOpen(v === index)), [openCard, index]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // Where the marker sits: measured against the paragraph, again on resize.
  useLayoutEffect(() => {
    const measure = () => {
      const a = anchor.current?.getBoundingClientRect();
      if (!a) return;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      const fontSize = parseFloat(style.fontSize) || 16;
      const line = style.lineHeight === 'normal' ? fontSize * 1.2 : parseFloat(style.lineHeight) || fontSize * 1.4;
      const contentTop = box.top + (parseFloat(style.borderTopWidth) || 0) + (parseFloat(style.paddingTop) || 0);
      const side = markerSide(box, document.documentElement.clientWidth || window.innerWidth, style.direction === 'rtl');
      const x = side === 'left' ? box.left - MARKER_ROOM : side === 'right' ? box.right + MARKER_ROOM - MARKER_SIZE : box.left;
      const y = side === 'inside' ? contentTop - MARKER_SIZE - 2 : contentTop + Math.max(0, (line - MARKER_SIZE) / 2);
      setLayout({ side, x: Math.round(x - a.left), y: Math.round(y - a.top) });
    };
    measure();
    window.addEventListener('resize', measure, { passive: true });
    return () => window.removeEventListener('resize', measure);
  }, [target]);

  // The popup asked to show this paragraph: outline it for a moment.
  useEffect(
    () =>
      highlight.subscribe((req) => {
        if (!req || req.index !== index || !anchor.current) return;
        const a = anchor.current.getBoundingClientRect();
        const box = target.getBoundingClientRect();
        setFlash({ x: box.left - a.left - 8, y: box.top - a.top - 6, width: box.width + 16, height: box.height + 12, seq: req.seq });
      }),
    [highlight, index, target],
  );
  useEffect(() => {
    if (!flash) return;
    const t = window.setTimeout(() => setFlash(null), FLASH_MS);
    return () => window.clearTimeout(t);
  }, [flash]);

  // An open card: in the top layer where the browser has popovers (no page
  // box can clip or cover it), placed by the marker, following scrolls.
  useLayoutEffect(() => {
    const el = card.current;
    const b = button.current;
    if (!open || !el || !b) return;
    const popover = typeof el.showPopover === 'function';
    if (popover && !el.matches(':popover-open')) el.showPopover();
    const place = () => {
      const at = placeCard(
        b.getBoundingClientRect(),
        target.getBoundingClientRect(),
        { width: el.offsetWidth, height: el.offsetHeight },
        { width: window.innerWidth, height: window.innerHeight },
      );
      el.style.left = `${Math.round(at.left)}px`;
      el.style.top = `${Math.round(at.top)}px`;
    };
    place();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    const onPointer = (e: PointerEvent) => {
      const host = (anchor.current?.getRootNode() as ShadowRoot | undefined)?.host;
      if (host && !e.composedPath().includes(host)) hide();
    };
    window.addEventListener('scroll', place, { passive: true, capture: true });
    window.addEventListener('resize', place, { passive: true });
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
      if (popover && el.isConnected && el.matches(':popover-open')) el.hidePopover();
    };
  }, [open]);

  const n = paragraph.matches.length;
  const label = `Also carried by ${plural(n, 'other outlet')}: show where`;
  return (
    <div
      ref={anchor}
      class="pl-anchor"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          hide();
          refocus();
        }
      }}
    >
      {layout && (
        <button
          ref={button}
          type="button"
          class={`pl-marker pl-side-${layout.side}${open ? ' pl-open' : ''}${flash ? ' pl-flash' : ''}`}
          style={{ left: `${layout.x}px`, top: `${layout.y}px` }}
          aria-label={label}
          title={label}
          aria-expanded={open}
          aria-controls={cardId}
          aria-haspopup="dialog"
          onMouseEnter={() => later(show, OPEN_DELAY_MS)}
          onMouseLeave={() => !pinned && later(hide, CLOSE_DELAY_MS)}
          onFocus={() => !quietFocus.current && show()}
          onBlur={(e) => {
            const next = e.relatedTarget as Node | null;
            if (!pinned && !(next && card.current?.contains(next))) later(hide, CLOSE_DELAY_MS);
          }}
          onClick={() => {
            window.clearTimeout(timer.current);
            if (open && pinned) hide();
            else {
              setPinned(true);
              show();
            }
          }}
        >
          <span aria-hidden="true">{n}</span>
        </button>
      )}
      {flash && (
        <div
          key={flash.seq}
          class="pl-flash-box"
          aria-hidden="true"
          style={{ left: `${flash.x}px`, top: `${flash.y}px`, width: `${flash.width}px`, height: `${flash.height}px` }}
        />
      )}
      {open && (
        <div
          ref={card}
          id={cardId}
          class="pl-card"
          popover="manual"
          role="dialog"
          aria-label="Where this paragraph was also published"
          onMouseEnter={() => window.clearTimeout(timer.current)}
          onMouseLeave={() => !pinned && later(hide, CLOSE_DELAY_MS)}
          onFocusOut={(e) => {
            const next = e.relatedTarget as Node | null;
            if (!pinned && next && !anchor.current?.contains(next)) hide();
          }}
        >
          <ParagraphCard
            paragraph={paragraph}
            onClose={() => {
              hide();
              refocus();
            }}
          />
        </div>
      )}
    </div>
  );
}
