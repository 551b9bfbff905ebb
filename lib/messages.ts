import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReport } from './types';

/**
 * What crosses the extension's message channels. A handler never throws
 * across a channel (an Error does not survive structured cloning): it answers
 * `{ ok: false, error }` with a sentence a person can read.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps a readable reason as a failed result. */
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/**
 * The article as the content script extracted it. The page's address is not
 * part of it: the background reads it from the message's sender, so a page
 * cannot claim to be another.
 */
export interface PageSubmission {
  title: string | null;
  /** Whether `isProbablyReaderable` accepted the page; false means `paragraphs` is empty. */
  readerable: boolean;
  paragraphs: string[];
  /** The reader turned analysis off for this site: nothing was extracted (`paragraphs` is empty). */
  disabled?: boolean;
  /** What the page's own markup says of the article (`pageMetadata`): kept with it where the reading memory is on. */
  meta?: { outlet: string | null; published: string | null };
}

/** The background's answer to a submission. */
export interface PageAnalysis {
  report: PageReport;
  /** True where the report came from the IndexedDB cache, without matching again. */
  fromCache: boolean;
}

/** Popup states, exactly the values of the popup root's `data-state`. */
export type TabState = 'pending' | 'matched' | 'none' | 'not-article' | 'disabled' | 'error';

/** What the popup shows for one tab. */
export type TabReport =
  | { state: 'pending' }
  | { state: 'not-article'; url: string; title: string | null }
  /** The reader turned analysis off for this page's site (the per-site switch). */
  | { state: 'disabled'; url: string }
  | {
      state: 'matched' | 'none';
      url: string;
      report: PageReport;
      fromCache: boolean;
      /** Milliseconds the background spent answering (cache look-up or matching). */
      elapsedMs: number;
      /** Where the time went: the cache look-up (key and read), and matching (null on a cache hit). */
      timings?: { lookupMs: number; matchMs: number | null };
    }
  | {
      state: 'error';
      /**
       * `unsupported-page`: no content script can run there (browser pages, the store, PDFs, a page opened before install);
       * `no-sources`: the reader turned every source set off.
       */
      reason: 'unsupported-page' | 'no-sources' | 'failed';
      message: string;
    };

/** The one message protocol of the extension: one line per message, one object argument. */
export interface ProtocolMap {
  /** Content script → background: match this page’s article (null for a page that is not one); the address comes from the sender. */
  analysePage(data: PageSubmission): Result<PageAnalysis | null>;
  /** Extension page (popup) → background: the latest report for a tab. */
  getTabReport(data: { tabId: number }): Result<TabReport>;
  /** Background → content script: analyse again and submit (the background lost its copy of the report). */
  resubmit(data: Record<string, never>): Result<true>;
  /** Options page → background: a source set was imported, removed, turned on or off (the page stored it); match against the new set from the next page on. */
  sourceSetsChanged(data: Record<string, never>): Result<true>;
  /** Popup or options page → background: the reading memory changed (cleared, forgotten, turned on or off); match against it from the next page on. */
  memoryChanged(data: Record<string, never>): Result<true>;
  /** Popup → content script: scroll to a matched paragraph and briefly highlight its marker. */
  showParagraph(data: { index: number }): Result<boolean>;
}

/**
 * The typed messenger every context uses. Creating it touches no browser API
 * (listeners are added on first `onMessage`), so importing this module is safe
 * anywhere, including WXT's build-time import of entrypoints.
 */
export const messenger = defineExtensionMessaging<ProtocolMap>();
