import type { OutletReport } from '../lib/types';
import { carrierTimeline } from '../lib/report/carrier-timeline';
import { formatDate, outletName } from './format';

/** Characters of an unnamed outlet's hint a timeline row has room for. */
const ROW_HINT_CHARS = 14;

/** Props: the report's outlets. */
export interface CarrierTimelineProps {
  outlets: OutletReport[];
}

/**
 * The carriers on a time axis: one row per dated outlet, earliest first, its
 * dot placed between the earliest and the latest date (a filled dot where
 * placed by publication, a ring where by read date: reading memory), then the
 * undated ones apart. A list, read in order by screen readers; the drawing is
 * hidden from them, and each row says its date and which date it is in text.
 */
export function CarrierTimeline({ outlets }: CarrierTimelineProps) {
  const t = carrierTimeline(outlets);
  if (!t.points.length && !t.undated.length) return null;
  const hasRead = t.points.some((p) => p.basis === 'read');
  return (
    <section class="timeline" aria-labelledby="timeline-title" data-timeline>
      <h2 id="timeline-title">Who ran it first</h2>
      {t.points.length > 0 && (
        <>
          <ol class="tl-rows" aria-describedby="timeline-legend">
            {t.points.map((p, i) => (
              <li
                key={p.outlet.sourceId}
                class={`tl-row tl-${p.basis}${i === 0 ? ' is-first' : ''}`}
                data-source-id={p.outlet.sourceId}
                data-origin={p.outlet.origin}
                data-date-basis={p.basis}
                data-date={p.date}
              >
                <span class="tl-name">{outletName(p.outlet, ROW_HINT_CHARS)}</span>
                <span class="tl-track" aria-hidden="true">
                  {/* Only a number reaches the style: page text never does. */}
                  <span class="tl-dot" style={`--pos:${p.position.toFixed(4)}`} />
                </span>
                <span class="tl-date">
                  {p.basis === 'read' ? 'read ' : <span class="visually-hidden">published </span>}
                  {formatDate(p.date)}
                  {i === 0 && <span class="visually-hidden">, first</span>}
                </span>
              </li>
            ))}
          </ol>
          <div class="tl-axis" aria-hidden="true">
            <span class="tl-axis-line" />
            <span class="tl-axis-from">{formatDate(t.from)}</span>
            {t.to !== t.from && <span class="tl-axis-to">{formatDate(t.to)}</span>}
          </div>
          <p class="tl-legend" id="timeline-legend">
            <span class="tl-key tl-key-published" aria-hidden="true" /> published
            {hasRead && (
              <>
                {' · '}
                <span class="tl-key tl-key-read" aria-hidden="true" /> read earlier on this device (reading memory)
              </>
            )}
          </p>
        </>
      )}
      {t.undated.length > 0 && (
        <div class="tl-undated">
          <h3 id="timeline-undated-title">No date</h3>
          <ul aria-labelledby="timeline-undated-title">
            {t.undated.map((o) => (
              <li key={o.sourceId} data-source-id={o.sourceId} data-origin={o.origin} data-date-basis="none">
                {outletName(o, ROW_HINT_CHARS)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
