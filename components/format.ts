import type { MatchKind, SourceRef, Span } from '../lib/types';
import { webAddress } from '../lib/text/web-address';
import { firstWords } from '../lib/match/source-title';

/** What names an outlet for a reader: its name, and where that is a stand-in, a hint to tell it by. */
export interface OutletLabel {
  name: string;
  /** The source article's title or first words, where the source names no outlet and has no address; else null. */
  hint: string | null;
}

/** The label shown for a source that names no outlet and has no address. */
export const OUTLET_NOT_NAMED = 'Outlet not named';

/**
 * How the popup and the card name an outlet: the name the source gives;
 * else the host of the source's address ("apnews.com"); else "Outlet not
 * named", with the article's title or first words as a hint. Never an id.
 */
export function outletLabel(ref: SourceRef & { url?: string | null }): OutletLabel {
  if (ref.outlet) return { name: ref.outlet, hint: null };
  const host = hostOf(ref.url);
  if (host) return { name: host, hint: null };
  return { name: OUTLET_NOT_NAMED, hint: ref.sourceTitle?.trim() || null };
}

/** An outlet's name as one line of text: the label, then its hint in quotes, cut to `hintChars` (a tag has room for a few words). */
export function outletName(ref: SourceRef & { url?: string | null }, hintChars = Infinity): string {
  const { name, hint } = outletLabel(ref);
  if (!hint) return name;
  // Cut the words, not an ellipsis the hint already ends with; an uncut hint keeps its own.
  const whole = hint.replace(/\u2026$/, '');
  const cut = firstWords(whole, hintChars);
  return `${name} \u201c${cut === whole && hint.endsWith('\u2026') ? hint : cut}\u201d`;
}

/** "example.org" for "https://www.example.org/a/b"; null for what is not a web address. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "10 Oct 2025" for an ISO date; "date unknown" where there is none (or it does not parse). */
export function formatDate(iso: string | null): string {
  if (!iso) return 'date unknown';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 'date unknown' : DATE.format(t);
}

/** Earliest published first; undated sources last; ties by source id, so the order is stable. */
export function byPublished<T extends { published: string | null; sourceId: string }>(a: T, b: T): number {
  if (a.published && b.published) return a.published.localeCompare(b.published) || a.sourceId.localeCompare(b.sourceId);
  if (a.published) return -1;
  if (b.published) return 1;
  return a.sourceId.localeCompare(b.sourceId);
}

/** How a kind of match reads in a sentence: "same wording" for a passage, and so on. */
export const KIND_LABEL: Record<MatchKind, string> = {
  passage: 'same passage',
  quote: 'same quote',
  claim: 'same claim',
};

/**
 * How sure a match is: verbatim tiers are `exact`; a claim by its score, `strong` from 0.6 (no false claim
 * match of the development set scored that high), `likely` from 0.35 (the verifier's plain bar), `possible`
 * below (passed a lowered bar: an anchor, an agreeing count). Measured: docs/claim-rules.md.
 */
export type MatchStrength = 'exact' | 'strong' | 'likely' | 'possible';

export function matchStrength(m: { kind: MatchKind; score: number }): MatchStrength {
  if (m.kind !== 'claim') return 'exact';
  return m.score >= 0.6 ? 'strong' : m.score >= 0.35 ? 'likely' : 'possible';
}

/** "1 outlet", "3 outlets". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A piece of a sentence: emphasised or not. */
export interface TextPiece {
  text: string;
  emphasis: boolean;
}

/**
 * A sentence cut to at most `max` characters around its matched span, in
 * pieces: the span emphasised, ellipses where text was left out. Without a
 * span, the sentence's start.
 */
export function excerpt(text: string, span: Span | undefined, max = 280): TextPiece[] {
  const s = span && span.start >= 0 && span.end <= text.length && span.start < span.end ? span : null;
  if (!s) return [{ text: clip(text, max), emphasis: false }];
  const room = Math.max(0, max - (s.end - s.start));
  let from = Math.max(0, s.start - Math.floor(room / 2));
  const to = Math.min(text.length, Math.max(s.end, from + max));
  from = Math.max(0, Math.min(from, to - max));
  const pieces: TextPiece[] = [];
  const before = text.slice(from, s.start);
  const match = text.slice(s.start, Math.min(s.end, to));
  const after = text.slice(Math.min(s.end, to), to);
  if (before) pieces.push({ text: (from > 0 ? '…' : '') + before, emphasis: false });
  else if (from > 0) pieces.push({ text: '…', emphasis: false });
  pieces.push({ text: match, emphasis: true });
  if (after || to < text.length) pieces.push({ text: after + (to < text.length ? '…' : ''), emphasis: false });
  return pieces;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "35 KB", "2.4 MB", "268 MB": a size on disk, in decimal units. */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  const mb = bytes / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** "2 Jan 2026 – 15 Apr 2026", one date where both are the same, "no dates" where none is known. */
export function formatDateRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'no dates';
  if (!first || !last || first === last) return formatDate(first ?? last);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

/** A source's address as a link may open it: http(s) only (see webAddress). */
export const linkableUrl = webAddress;

/** The attributes every outlet and match element carries: its origin, and its address where known (extension contract). */
export function sourceAttributes(ref: { origin: string; url?: string }): Record<string, string> {
  const url = linkableUrl(ref.url);
  return url ? { 'data-origin': ref.origin, 'data-source-url': url } : { 'data-origin': ref.origin };
}
