import type { OutletReport } from '../types';

/** Which date places a carrier on the timeline: its publication, or (reading memory) when the reader read it. */
export type DateBasis = 'published' | 'read';

/** One carrier placed on the time axis. */
export interface TimelinePoint {
  outlet: OutletReport;
  /** The ISO date it is placed at. */
  date: string;
  basis: DateBasis;
  /** Where on the axis, in [0, 1]: 0 the earliest carrier, 1 the latest. */
  position: number;
}

/** The carriers of a page on a time axis, and those with no date to place them by. */
export interface CarrierTimeline {
  /** Earliest first; ties by source id. */
  points: TimelinePoint[];
  /** The ISO dates at the axis's two ends; null where no carrier is dated. */
  from: string | null;
  to: string | null;
  /** Carriers with no usable date, by source id. */
  undated: OutletReport[];
}

/**
 * Places each outlet on a time axis: a memory source at its read date
 * (marked "read"), every other source at its publication date; a source
 * with neither (or an unparsable one) goes to `undated`.
 */
export function carrierTimeline(outlets: readonly OutletReport[]): CarrierTimeline {
  const dated: Array<Omit<TimelinePoint, 'position'> & { time: number }> = [];
  const undated: OutletReport[] = [];
  for (const outlet of outlets) {
    const [date, basis] = outlet.origin === 'memory' && outlet.readAt ? [outlet.readAt, 'read' as const] : [outlet.published, 'published' as const];
    const time = date ? Date.parse(date) : NaN;
    if (date && !Number.isNaN(time)) dated.push({ outlet, date, basis, time });
    else undated.push(outlet);
  }
  dated.sort((a, b) => a.time - b.time || a.outlet.sourceId.localeCompare(b.outlet.sourceId));
  undated.sort((a, b) => a.sourceId.localeCompare(b.sourceId));
  const first = dated[0];
  const last = dated.at(-1);
  const span = first && last ? last.time - first.time : 0;
  return {
    // One date only (or all the same): every point sits at the axis's start.
    points: dated.map(({ time, ...p }) => ({ ...p, position: span > 0 ? (time - first!.time) / span : 0 })),
    from: first?.date ?? null,
    to: last?.date ?? null,
    undated,
  };
}
