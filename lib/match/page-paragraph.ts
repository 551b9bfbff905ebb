import { tokenize, type Token } from '../text/tokenize';
import { sentenceSpans } from '../text/sentences';
import type { Span } from '../types';
import { textFingerprints } from './text-fingerprints';

/** A paragraph of the page being read, prepared once for every tier. */
export interface PageParagraph {
  index: number;
  text: string;
  /** The words with their offsets: read on first use (a tier reads them only where the paragraph may match). */
  readonly tokens: Token[];
  /** How many words, and the passage tier's fingerprints of their folded forms: read at once, from the text. */
  readonly wordCount: number;
  readonly fingerprints: number[];
  /** The sentences: read on first use. */
  readonly sentences: Span[];
  /** Quoted spans of this paragraph (segments of quotes of 4+ words). */
  quotes: Span[];
}

// Most paragraphs of most pages match nothing: they are counted and fingerprinted from their text, and
// their words, with offsets, and sentences, which only a candidate or the claim tier reads, are never worked out.
class PreparedParagraph implements PageParagraph {
  private tokenList?: Token[];
  private sentenceList?: Span[];
  readonly wordCount: number;
  readonly fingerprints: number[];

  constructor(
    readonly index: number,
    readonly text: string,
    readonly quotes: Span[],
  ) {
    ({ wordCount: this.wordCount, fingerprints: this.fingerprints } = textFingerprints(text));
  }

  get tokens(): Token[] {
    return (this.tokenList ??= tokenize(this.text));
  }

  get sentences(): Span[] {
    return (this.sentenceList ??= sentenceSpans(this.text));
  }
}

/** Prepares a paragraph for matching. */
export function preparePageParagraph(index: number, text: string, quotes: Span[] = []): PageParagraph {
  return new PreparedParagraph(index, text, quotes);
}

/** Index range [from, to) of the tokens that lie inside a character span. */
export function tokenRange(tokens: readonly Token[], span: Span): [number, number] {
  let from = 0;
  while (from < tokens.length && tokens[from]!.start < span.start) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= span.end) to++;
  return [from, to];
}
