/** Which side of its paragraph a marker sits (physical sides), or over the text's start where neither margin has room. */
export type MarkerSide = 'left' | 'right' | 'inside';

/** Room a marker needs in a margin: its 20 px plus a gap. */
export const MARKER_ROOM = 30;

/**
 * Picks the marker's side from the paragraph's box and the viewport width:
 * the margin where lines start (left, or right on a right-to-left page) when
 * it has room, else the other margin, else over the text's start.
 */
export function markerSide(box: { left: number; right: number }, viewportWidth: number, rtl = false): MarkerSide {
  const room = { left: box.left, right: viewportWidth - box.right };
  const [first, second]: Array<'left' | 'right'> = rtl ? ['right', 'left'] : ['left', 'right'];
  if (room[first!] >= MARKER_ROOM) return first!;
  if (room[second!] >= MARKER_ROOM) return second!;
  return 'inside';
}

/** A box in viewport coordinates. */
export interface ViewportBox {
  left: number;
  top: number;
  bottom: number;
}

/**
 * Where a card goes (viewport coordinates), aligned with the marker: below
 * its paragraph, or above it, so the paragraph being compared stays in view;
 * where neither fits (a paragraph taller than the screen), below the marker;
 * always inside the viewport with a margin.
 */
export function placeCard(
  marker: ViewportBox,
  paragraph: { top: number; bottom: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
): { left: number; top: number } {
  const left = Math.max(margin, Math.min(marker.left, viewport.width - card.width - margin));
  const fits = (top: number) => top >= margin && top + card.height <= viewport.height - margin;
  const candidates = [paragraph.bottom + margin, paragraph.top - margin - card.height, marker.bottom + margin, marker.top - margin - card.height];
  const top = candidates.find(fits) ?? Math.max(margin, Math.min(marker.bottom + margin, viewport.height - card.height - margin));
  return { left, top };
}
