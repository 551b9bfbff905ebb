/**
 * The shapes that cross module and process boundaries: the page report the
 * background computes, the popup and overlays draw, and `check --json` prints
 * (its schema is the contract in docs/check-cli.md; only ever add fields).
 */

import type { Origin } from './index/model';

export type { Origin };

/** How a paragraph is carried by a source. */
export type MatchKind = 'passage' | 'quote' | 'claim';

/** Names an indexed article. `outlet` is null where the source names none. */
export interface SourceRef {
  sourceId: string;
  outlet: string | null;
  /**
   * Where `outlet` is null: the source article's title, or its first words
   * where it has none, so a reader can tell such sources apart.
   */
  sourceTitle?: string;
}

/** One word-level piece of a quote variant's diff. */
export interface DiffPart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

/** How a quote's words differ between the page and a source. */
export interface QuoteVariant {
  /** The quote as the page has it. */
  pageQuote: string;
  /** The quote as the source has it. */
  sourceQuote: string;
  /** Word-level diff from the source's words (removed) to the page's (added). */
  diff: DiffPart[];
  /** True where a number or a negation changed: the quote now says something else. */
  significant: boolean;
}

/** A half-open character range [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** One source carrying one paragraph. */
export interface Match extends SourceRef {
  kind: MatchKind;
  /** Which segment the source came from: the bundled index, an imported pack, the reading memory. */
  origin: Origin;
  /** The source's address, present only where it is known. */
  url?: string;
  /** In [0, 1]: the share of the paragraph (or quote, or claim) that agrees. */
  score: number;
  /** The source sentence(s) that matched. */
  sourceText: string;
  /** The source's publication date (ISO) or null where unknown. */
  published: string | null;
  /** For a source of the reading memory: when the reader read it (ISO), or null where unknown. */
  readAt?: string | null;
  /** The matched span in the paragraph's text. */
  span?: Span;
  /** The matched span in `sourceText`. */
  sourceSpan?: Span;
  /** For a quote whose words differ between page and source. */
  variant?: QuoteVariant;
}

/** One paragraph of the extracted article, with what matched it. */
export interface ParagraphReport {
  index: number;
  text: string;
  matches: Match[];
  /** The sourceId of the earliest-dated carrier of this paragraph, if any is dated. */
  earliest?: string | null;
}

/** One source that carried something on the page. */
export interface OutletReport extends SourceRef {
  published: string | null;
  /** For a source of the reading memory: when the reader read it (ISO), or null where unknown. */
  readAt?: string | null;
  /** Which segment the source came from. */
  origin: Origin;
  /** The source's address, present only where it is known. */
  url?: string;
  /** How many of the page's paragraphs it carried. */
  paragraphs: number;
  /** Paragraph counts by kind of strongest match. */
  kinds: Record<MatchKind, number>;
}

/** What the pipeline says about one page: `check --json` prints exactly this. */
export interface PageReport {
  schema: 1;
  title: string | null;
  readerable: boolean;
  self: SourceRef | null;
  paragraphs: ParagraphReport[];
  /** One per source matched anywhere, most paragraphs first. */
  outlets: OutletReport[];
  /** The version (content hash) of the index that produced this report. */
  indexVersion: string;
}
