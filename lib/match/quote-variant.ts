import { diffArrays } from 'diff';
import type { Token } from '../text/tokenize';
import type { DiffPart, QuoteVariant, Span } from '../types';

/** One side of an aligned quote: its tokens and the aligned token range [from, to). */
export interface QuoteSide {
  text: string;
  tokens: Token[];
  from: number;
  to: number;
  quote: Span;
}

const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions first second third half'.split(
    ' ',
  ),
);
const NEGATIONS = new Set(
  'not no never none nothing nobody neither nor without dont doesnt didnt wont cant cannot isnt arent wasnt werent hasnt havent hadnt shouldnt wouldnt couldnt'.split(
    ' ',
  ),
);

/** True for a word whose change alters what a quote says: a number or a negation. */
export function isSignificantWord(word: string): boolean {
  return /\d/.test(word) || NUMBER_WORDS.has(word) || NEGATIONS.has(word);
}

/**
 * True where a diff changes what the quote says: a negation added or
 * removed, or a figure the page's words have and the source's do not ("eight"
 * become "eighteen", "for the past three months" added). A figure merely left
 * out (a clause cut, a truncation) is a shorter quote, not a different one.
 */
export function isSignificantDiff(diff: readonly DiffPart[]): boolean {
  const words = (op: DiffPart['op']) =>
    diff
      .filter((d) => d.op === op)
      .flatMap((d) =>
        d.text
          .toLowerCase()
          .replace(/['\u2019]/g, '')
          .split(/[^\p{L}\p{N}]+/u),
      )
      .filter(Boolean);
  const added = words('added');
  const removed = words('removed');
  const negation = (w: string) => NEGATIONS.has(w);
  const figure = (w: string) => /\d/.test(w) || NUMBER_WORDS.has(w);
  return added.some(negation) || removed.some(negation) || added.some(figure);
}

/**
 * Compares the aligned region of a page quote with the source's. Returns a
 * variant where words inside the region differ (a word substituted, a clause
 * dropped or added), or where the page's quote ends a sentence that the
 * source's quote goes on with (a truncation presented as complete); null
 * where the page simply quotes a shorter piece of the same words.
 */
export function quoteVariant(page: QuoteSide, source: QuoteSide): QuoteVariant | null {
  const a = source.tokens.slice(source.from, source.to).map((t) => t.norm);
  const b = page.tokens.slice(page.from, page.to).map((t) => t.norm);
  const changes = diffArrays(a, b);
  const diff: DiffPart[] = [];
  let si = source.from;
  let pi = page.from;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.added) {
      diff.push({ op: 'added', text: surface(page, pi, pi + n) });
      pi += n;
    } else if (c.removed) {
      diff.push({ op: 'removed', text: surface(source, si, si + n) });
      si += n;
    } else {
      diff.push({ op: 'equal', text: surface(page, pi, pi + n) });
      pi += n;
      si += n;
    }
  }
  // Truncation: the page's quote stops at a full stop where the source's goes on.
  const pageEndsSentence = endsSentence(page);
  const sourceGoesOn = source.to < source.tokens.length;
  if (page.to === page.tokens.length && pageEndsSentence && sourceGoesOn) {
    diff.push({ op: 'removed', text: surface(source, source.to, source.tokens.length) });
  }
  // And the other way round: the source's quote stops at a full stop where the page's goes on.
  const sourceEndsSentence = endsSentence(source);
  if (source.to === source.tokens.length && sourceEndsSentence && page.to < page.tokens.length) {
    diff.push({ op: 'added', text: surface(page, page.to, page.tokens.length) });
  }
  if (!diff.some((d) => d.op !== 'equal')) return null;
  return {
    pageQuote: page.text.slice(page.quote.start, page.quote.end),
    sourceQuote: source.text.slice(source.quote.start, source.quote.end),
    diff,
    significant: isSignificantDiff(diff),
  };
}

// Whether a quote's aligned words end it with a full stop (inside or just
// outside the closing mark: “...directly.” or “...directly”.).
function endsSentence(side: QuoteSide): boolean {
  const after = side.text.slice(side.tokens[side.to - 1]!.end, side.quote.end + 2);
  return /^[^\p{L}\p{N}]*[.!?]/u.test(after) && !/[,;:]/.test(after.split(/[.!?]/)[0] ?? '');
}

function surface(side: QuoteSide, from: number, to: number): string {
  if (to <= from) return '';
  return side.text.slice(side.tokens[from]!.start, side.tokens[to - 1]!.end);
}
