import type { Span } from '../types';

/** A quoted passage, possibly running over several paragraphs. */
export interface Quote {
  /** The quoted words, segments joined by a space. */
  text: string;
  /** Nesting depth: 0 for an outermost quote, 1 for a quote inside it, ... */
  depth: number;
  /** Where the quote stands: one segment per paragraph it runs through. */
  segments: Array<Span & { paragraph: number }>;
}

type Mark = 'double' | 'single';

interface Open {
  mark: Mark;
  depth: number;
  segments: Array<Span & { paragraph: number }>;
  start: number;
}

const QUOTE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019\u201a]/g;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-:;,"\u201c\u2018'/]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Finds the quotations in a run of paragraphs. Handles straight and curly
 * double quotes, « », single quotes used as quote marks (but not apostrophes:
 * "Putin’s", "haven't", "the children’ care"), nested quotes, and the
 * typographic convention for a quote running over paragraphs (no closing
 * mark at the end of one paragraph, an opening mark at the start of the next).
 * A quote left open at the end of a paragraph that the next does not continue
 * ends with its paragraph.
 */
export function extractQuotes(paragraphs: readonly string[]): Quote[] {
  const done: Quote[] = [];
  let stack: Open[] = [];

  const close = (open: Open, paragraph: number, end: number) => {
    const segments = [...open.segments];
    // start < 0: the open quote's text so far is all in `segments` already.
    if (open.start >= 0 && end > open.start) segments.push({ paragraph, start: open.start, end });
    const text = segments
      .map((s) => (paragraphs[s.paragraph] ?? '').slice(s.start, s.end).trim())
      .filter(Boolean)
      .join(' ');
    if (text) done.push({ text, depth: open.depth, segments });
  };

  paragraphs.forEach((text, p) => {
    // A quote carried over from the previous paragraph goes on only if this
    // paragraph opens with a quote mark of the same kind.
    const first = text.trimStart()[0] ?? '';
    const continues = stack.length > 0 && isOpeningChar(first, stack[0]!.mark);
    if (!continues) {
      for (const open of stack.reverse()) close(open, p - 1, 0);
      stack = [];
    }
    let i = 0;
    if (continues) {
      i = text.length - text.trimStart().length + 1;
      for (const open of stack) open.start = i;
    }
    // Only quote marks matter: jump from one to the next.
    QUOTE_MARK.lastIndex = i;
    for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) {
      i = m.index;
      const c = text[i]!;
      const prev = i > 0 ? text[i - 1]! : ' ';
      const next = i + 1 < text.length ? text[i + 1]! : ' ';
      const top = stack[stack.length - 1];
      const mark = markOf(c);
      if (!mark) continue;
      // « and „ only ever open (French spacing puts a space after «).
      const canOpen = OPENING_CONTEXT.test(prev) && (!/\s/.test(next) || c === '\u00ab' || c === '\u201e');
      const canClose = !/\s/.test(prev) || (prev === ' ' && !LETTER_OR_DIGIT.test(next));
      if (top && isClosingChar(c, mark) && canClose && !isApostrophe(prev, next, mark)) {
        // A closing mark closes the innermost open quote of its kind and,
        // where the writer forgot to close them, every quote inside it.
        const level = stack.map((o) => o.mark).lastIndexOf(mark);
        if (level >= 0) {
          while (stack.length > level) close(stack.pop()!, p, i);
          continue;
        }
      }
      // An elided year ("’90s", "'80s") is not a quote.
      const elision = mark === 'single' && /^\d{2}s?\b/.test(text.slice(i + 1, i + 4));
      if (isOpeningChar(c, mark) && canOpen && !elision && !(mark === 'single' && LETTER_OR_DIGIT.test(prev))) {
        // A straight mark that cannot close the current quote opens a nested one.
        stack.push({ mark, depth: stack.length, segments: [], start: i + 1 });
      }
    }
    // Whatever is still open keeps the text so far as a segment.
    for (const open of stack) {
      if (text.length > open.start) open.segments.push({ paragraph: p, start: open.start, end: text.length });
      open.start = -1;
    }
  });
  for (const open of stack.reverse()) close(open, paragraphs.length - 1, 0);
  return done.sort((a, b) => {
    const sa = a.segments[0]!,
      sb = b.segments[0]!;
    return sa.paragraph - sb.paragraph || sa.start - sb.start || a.depth - b.depth;
  });
}

function markOf(c: string): Mark | null {
  if (c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e' || c === '\u00ab' || c === '\u00bb') return 'double';
  if (c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a') return 'single';
  return null;
}

function isOpeningChar(c: string, mark: Mark): boolean {
  if (mark === 'double') return c === '"' || c === '\u201c' || c === '\u201e' || c === '\u00ab';
  return c === "'" || c === '\u2018' || c === '\u201a';
}

function isClosingChar(c: string, mark: Mark): boolean {
  if (mark === 'double') return c === '"' || c === '\u201d' || c === '\u00bb';
  return c === "'" || c === '\u2019';
}

// An apostrophe sits between two letters ("Putin’s") or ends a plural
// possessive before a letter-less gap only when followed by a letter.
function isApostrophe(prev: string, next: string, mark: Mark): boolean {
  return mark === 'single' && LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next);
}
