import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { splitParagraphs, type ExtractedParagraph } from './paragraphs';
import { collapseWhitespace } from '../text/normalize';
import { pairTextNodes } from './map-to-live';

/** What extraction yields for one page. */
export interface ExtractedArticle {
  /** Whether Readability thinks the page is an article. */
  readerable: boolean;
  title: string | null;
  /** Readability's reading of the page's metadata, where it finds any. */
  siteName: string | null;
  publishedTime: string | null;
  /** The article's paragraphs; each one's `nodes` belong to the clone Readability read. */
  paragraphs: ExtractedParagraph[];
  /** The clone Readability worked on (its text nodes map back to the live page: see map-to-live). */
  clone: Document | null;
  /** With `pairs: true`: each text node of the clone paired with its live node (see map-to-live), else null. */
  pairs: Map<Node, Node> | null;
}

/** Bounds on work, whatever the page: see README "Limits". */
export const EXTRACT_LIMITS = {
  /** Readability gives up on pages with more elements than this. */
  maxElems: 200_000,
  /** Paragraphs beyond this are not reported or matched. */
  maxParagraphs: 2_000,
  /** Characters of one paragraph that are matched. */
  maxParagraphChars: 20_000,
  /**
   * Pages nested deeper than this are not read. Readability's time grows
   * with the cube of the depth (250 levels: 0.65 s, 1,000: 13 s in Node); the 129 real
   * pages of the Readability corpus nest at most 38 deep (median 15).
   */
  maxDepth: 128,
};

export interface ExtractOptions {
  /** Extract even where `isProbablyReaderable` says no (the `check` command does). */
  force?: boolean;
  /**
   * Pair the clone's text nodes with the live document's before Readability
   * rearranges the clone, so each paragraph can find its live element
   * (`liveElementFor`). The content script asks for this; `check` does not.
   */
  pairs?: boolean;
}

/**
 * Runs Readability the documented way: `isProbablyReaderable(doc)` first, then
 * `new Readability(doc.cloneNode(true)).parse()`. Readability's serializer is
 * set to hand back the article element itself, so no HTML string is ever
 * produced or re-parsed: the page's text stays data.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  let readerable: boolean;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  if ((!readerable && !options.force) || deeperThan(doc.documentElement, EXTRACT_LIMITS.maxDepth)) {
    return { readerable, title: options.force ? titleOf(doc) : null, siteName: null, publishedTime: null, paragraphs: [], clone: null, pairs: null };
  }
  const clone = doc.cloneNode(true) as Document;
  const pairs = options.pairs ? pairTextNodes(doc, clone) : null;
  type Parsed = { title?: string | null; content?: unknown; siteName?: string | null; publishedTime?: string | null } | null;
  // (Typed by alias: `as typeof parsed` would read the narrowed `null` and make `parsed` never.)
  let parsed: Parsed;
  try {
    parsed = new Readability(clone, {
      maxElemsToParse: EXTRACT_LIMITS.maxElems,
      serializer: (el: Node) => el,
    } as ConstructorParameters<typeof Readability>[1]).parse() as Parsed;
  } catch {
    // Readability throws past maxElemsToParse: the page is too large to read.
    parsed = null;
  }
  const root = parsed?.content as Element | undefined;
  const meta = { siteName: parsed?.siteName?.trim() || null, publishedTime: parsed?.publishedTime?.trim() || null };
  if (!root || typeof root !== 'object') return { readerable, title: titleOf(doc), ...meta, paragraphs: [], clone, pairs };
  const paragraphs = splitParagraphs(root)
    .slice(0, EXTRACT_LIMITS.maxParagraphs)
    .map((p) => ({ ...p, text: p.text.slice(0, EXTRACT_LIMITS.maxParagraphChars) }));
  return { readerable, title: collapseWhitespace(parsed?.title ?? '') || titleOf(doc), ...meta, paragraphs, clone, pairs };
}

function titleOf(doc: Document): string | null {
  return collapseWhitespace(doc.title ?? '') || null;
}

/** Whether any element lies more than `limit` levels below `root` (iterative: the page may be hostile). */
export function deeperThan(root: Element | null, limit: number): boolean {
  if (!root) return false;
  // A walk in document order that keeps only its depth: nothing is allocated per element.
  let el: Element = root;
  let depth = 1;
  for (;;) {
    if (depth > limit) return true;
    const child = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el !== root && !el.nextElementSibling) {
      el = el.parentElement!;
      depth--;
    }
    if (el === root) return false;
    el = el.nextElementSibling!;
  }
}
