import type { PageReport } from '../types';

/** The toolbar badge for a report: how many outlets carried the page; empty where none did. */
export function badgeText(report: PageReport | null): string {
  const n = report?.outlets.length ?? 0;
  if (n === 0) return '';
  return n > 99 ? '99+' : String(n);
}

/** The badge's colour: the marker's indigo, readable under white digits in light and dark toolbars. */
export const BADGE_COLOR = '#4338ca';
