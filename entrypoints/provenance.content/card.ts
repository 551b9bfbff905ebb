import type { Match, ParagraphReport, QuoteVariant, Span } from '../../lib/types';
import { byPublished, excerpt, formatDate, KIND_LABEL, linkableUrl, outletLabel, plural, sourceAttributes } from '../../components/format';
import { el } from './el';
import { memoryReadDate } from '../../lib/memory/memory-source-id';

/**
 * What a marker's card says about one paragraph: every outlet that carried
 * it (earliest first, undated last), how, the outlet's own sentence with the
 * shared words emphasised, its date, and how it words a quote differently.
 * Built as plain elements, text only: the card is static once open.
 */
export function paragraphCard(paragraph: ParagraphReport, onClose: () => void): HTMLElement {
  const matches = [...paragraph.matches].sort(byPublished);
  const close = el('button', { type: 'button', class: 'pl-close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', onClose);
  return el(
    'div',
    { class: 'pl-card-inner' },
    el('header', { class: 'pl-card-head' }, el('span', { class: 'pl-card-title' }, `Also carried by ${plural(matches.length, 'outlet')}`), close),
    el('ol', { class: 'pl-matches' }, ...matches.map((m) => matchItem(m, paragraph.earliest === m.sourceId))),
    el('footer', { class: 'pl-card-foot' }, 'Matched on this device by Provenance Lens'),
  );
}

function matchItem(match: Match, earliest: boolean): HTMLElement {
  const label = outletLabel(match);
  return el(
    'li',
    { class: `pl-match${earliest ? ' pl-earliest' : ''}`, ...sourceAttributes(match) },
    el('div', { class: 'pl-match-head' }, outletElement(label.name, match.url), el('span', { class: 'pl-date' }, formatDate(match.published))),
    label.hint && el('div', { class: 'pl-outlet-hint' }, `\u201c${label.hint}\u201d`),
    el(
      'div',
      { class: 'pl-tags' },
      el('span', { class: `pl-kind pl-kind-${match.kind}` }, KIND_LABEL[match.kind]),
      earliest && el('span', { class: 'pl-first' }, 'earliest'),
      match.origin === 'memory' && el('span', { class: 'pl-read-on' }, `read on ${formatDate(memoryReadDate(match.sourceId))}`),
    ),
    sourceSentence(match.sourceText, match.sourceSpan),
    match.variant && quoteDiff(match.variant),
  );
}

/** The outlet's name; a link opening its article in a new tab where its address is known. */
/** The outlet's name: a link opening the source in a new tab where its address may be opened. */
function outletElement(name: string, address: string | undefined): HTMLElement {
  const url = linkableUrl(address);
  if (!url) return el('span', { class: 'pl-outlet' }, name);
  return el('a', { class: 'pl-outlet pl-source-link', href: url, target: '_blank', rel: 'noopener noreferrer' }, name);
}

/** The source's own sentence(s), the words it shares with the page emphasised. */
function sourceSentence(text: string, span?: Span): HTMLElement {
  return el('blockquote', { class: 'pl-source-text' }, ...excerpt(text, span).map((p) => el(p.emphasis ? 'mark' : 'span', {}, p.text)));
}

/** How an outlet's version of a quote differs from the page's: the outlet's words struck through, this page's underlined. */
function quoteDiff(variant: QuoteVariant): HTMLElement {
  const last = variant.diff.length - 1;
  return el(
    'div',
    { class: `pl-variant${variant.significant ? ' pl-variant-significant' : ''}` },
    el(
      'p',
      { class: 'pl-variant-title' },
      variant.significant ? 'This outlet quotes it differently (a number or a negation changed):' : 'This outlet quotes it differently:',
    ),
    el(
      'p',
      { class: 'pl-variant-diff' },
      ...variant.diff.map((part, i) => {
        const gap = i < last ? ' ' : '';
        if (part.op === 'equal') return el('span', {}, part.text + gap);
        const changed = part.op === 'removed' ? el('del', { title: 'the outlet’s words' }, part.text) : el('ins', { title: 'this page’s words' }, part.text);
        return el('span', {}, changed, gap);
      }),
    ),
  );
}
