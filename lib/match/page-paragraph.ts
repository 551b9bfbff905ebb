import { tokenize, type Token } from '../text/tokenize';
import { sentenceSpans } from '../text/sentences';
import type { Span } from '../types';

/** A paragraph of the page being read, prepared once for every tier. */
export interface PageParagraph {
  index: number;
  text: string;
  tokens: Token[];
  words: string[];
  sentences: Span[];
  /** Quoted spans of this paragraph (segments of quotes of 4+ words). */
  quotes: Span[];
}

/** Tokenises a paragraph for matching. */
export function preparePageParagraph(index: number, text: string, quotes: Span[] = []): PageParagraph {
  const tokens = tokenize(text);
  return { index, text, tokens, words: tokens.map((t) => t.norm), sentences: sentenceSpans(text), quotes };
}

/** Index range [from, to) of the tokens that lie inside a character span. */
export function tokenRange(tokens: readonly Token[], span: Span): [number, number] {
  let from = 0;
  while (from < tokens.length && tokens[from]!.start < span.start) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= span.end) to++;
  return [from, to];
}
