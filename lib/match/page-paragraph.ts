import { tokenize, words as foldedWords, type Token } from '../text/tokenize';
import { sentenceSpans } from '../text/sentences';
import type { Span } from '../types';

/** A paragraph of the page being read, prepared once for every tier. */
export interface PageParagraph {
  index: number;
  text: string;
  /** The words with their offsets: read on first use (a tier reads them only where the paragraph may match). */
  readonly tokens: Token[];
  /** The folded words (`tokens`' norms), read at once: every paragraph is fingerprinted. */
  words: string[];
  /** The sentences: read on first use. */
  readonly sentences: Span[];
  /** Quoted spans of this paragraph (segments of quotes of 4+ words). */
  quotes: Span[];
}

// Most paragraphs of most pages match nothing: they are fingerprinted from their words alone, and
// their offsets and sentences, which only a candidate or the claim tier reads, are never worked out.
class PreparedParagraph implements PageParagraph {
  private tokenList?: Token[];
  private sentenceList?: Span[];
  readonly words: string[];

  constructor(
    readonly index: number,
    readonly text: string,
    readonly quotes: Span[],
  ) {
    this.words = foldedWords(text);
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
