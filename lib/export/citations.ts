import type { Match, OutletReport, PageReport } from '../types';
import { carrierTimeline } from '../report/carrier-timeline';

/**
 * The report as a plain-text citation list a journalist can paste: a
 * heading naming the page, then one numbered entry per outlet, earliest
 * first (a memory source by its read date) and undated last, with its date,
 * its address where known, and each paragraph it carried with the source's
 * own sentence. Pure; dates as ISO days (unambiguous in any locale).
 */
export function citationList(report: PageReport, pageUrl: string): string {
  const timeline = carrierTimeline(report.outlets);
  const ordered: Array<{ outlet: OutletReport; date: string }> = [
    ...timeline.points.map((p) => ({ outlet: p.outlet, date: `${p.basis} ${day(p.date)}` })),
    ...timeline.undated.map((outlet) => ({ outlet, date: 'no date' })),
  ];
  const lines = [
    `Other outlets that carried ${report.title ? `“${report.title}”` : 'this page'}`,
    pageUrl,
    `Found by Provenance Lens on this device (index ${report.indexVersion.slice(0, 8)}), earliest first.`,
  ];
  if (!ordered.length) return [...lines, '', 'No other outlet in the index carried this page.', ''].join('\n');
  ordered.forEach(({ outlet, date }, i) => {
    lines.push('', [`${i + 1}. ${outletText(outlet)}`, date, outlet.url].filter(Boolean).join(' — '));
    for (const p of report.paragraphs) {
      const m = p.matches.find((x: Match) => x.sourceId === outlet.sourceId);
      if (m) lines.push(`   ¶ ${p.index + 1}, same ${m.kind}: “${oneLine(m.sourceText)}”`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/** The outlet's name; where it names none, its address's host or its title. */
function outletText(o: OutletReport): string {
  if (o.outlet) return o.outlet;
  if (o.url) {
    try {
      return new URL(o.url).hostname.replace(/^www\./, '');
    } catch {
      // not an address: fall through to the title
    }
  }
  return o.sourceTitle ? `Outlet not named (“${oneLine(o.sourceTitle)}”)` : 'Outlet not named';
}

/** "2025-10-10" for an ISO date or date-time. */
function day(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 10);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
