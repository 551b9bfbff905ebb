import { firstWords } from '../match/source-title';
import type { PageReport, SourceRef } from '../types';

/** The readable report `check` prints without --json. */
export function formatReport(r: PageReport): string {
  const lines: string[] = [];
  lines.push(`${r.title ?? '(untitled)'}${r.readerable ? '' : '  [not an article by Readability\u2019s test]'}`);
  if (r.self) lines.push(`This page is the indexed article ${name(r.self)}.`);
  const matched = r.paragraphs.filter((p) => p.matches.length);
  if (!r.outlets.length) {
    lines.push(`No other outlet in the index carried this page's ${r.paragraphs.length} paragraphs.`);
    return lines.join('\n') + '\n';
  }
  lines.push('', `Carried by ${r.outlets.length} outlet${r.outlets.length === 1 ? '' : 's'} (${matched.length} of ${r.paragraphs.length} paragraphs):`);
  const width = Math.max(40, ...r.outlets.map((o) => name(o).length));
  for (const o of r.outlets) {
    const kinds = (['passage', 'quote', 'claim'] as const)
      .filter((k) => o.kinds[k])
      .map((k) => `${o.kinds[k]} ${k}`)
      .join(', ');
    lines.push(
      `  ${name(o).padEnd(width)} ${(o.published ?? 'date unknown').padEnd(12)} ${o.paragraphs} paragraph${o.paragraphs === 1 ? '' : 's'} (${kinds})${o.origin === 'bundled' ? '' : ` [${o.origin}]`}${o.url ? ` ${o.url}` : ''}`,
    );
  }
  for (const p of matched) {
    lines.push('', `[${p.index}] ${clip(p.text, 100)}`);
    for (const m of p.matches) {
      lines.push(`    ${m.kind.padEnd(7)} ${m.score.toFixed(2)}  ${name(m)}${m.sourceId === p.earliest ? ' (earliest)' : ''}`);
      lines.push(`            \u201c${clip(m.sourceText, 160)}\u201d`);
      if (m.variant) {
        const diff = m.variant.diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'added' ? `{+${d.text}+}` : `[-${d.text}-]`)).join(' ');
        lines.push(`            quoted differently${m.variant.significant ? ' (a number or negation changed)' : ''}: ${clip(diff, 160)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

// As the popup says it, with the id a terminal reader can find the source by (its file in seeds/).
function name(s: SourceRef): string {
  if (s.outlet) return `${s.outlet} (${s.sourceId})`;
  return `Outlet not named${s.sourceTitle ? ` \u201c${firstWords(s.sourceTitle.replace(/\u2026$/, ''), 24)}\u201d` : ''} (${s.sourceId})`;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}
