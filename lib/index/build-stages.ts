import { words as textWords } from '../text/tokenize';
import { extractQuotes } from '../text/quotes';
import { sentenceSpans } from '../text/sentences';
import { fingerprints } from '../match/fingerprint';
import { hashWords } from '../text/hash';
import { QUOTE_GRAM, MIN_QUOTE_WORDS } from '../match/quote';
import { articleContext, claimFeaturesOf, claimKeyTerms, type Lexicon } from '../claim/reading/terms';
import { readParagraphWords, sentenceWords } from '../claim/reading/words';
import type { WordStore } from '../claim/reading/word-store';
import { contentStem } from '../text/stems';
import { U32List } from './u32-list';
import { postingTableOf, type PostingTable } from './posting-table';

/*
 * The index builder's work on each article, in two stages over a run of
 * consecutive articles (sorted by id): what needs nothing but the article,
 * then its sentences' claim terms, which need the lexicon of every article.
 * Pure, so a run can be read in a worker thread (lib/node/build-index-parallel.ts);
 * runs merge into one index in merge-index.ts.
 */

/** The words of a run of articles that the claim tier's lexicon is made of (see `lexiconOf`). */
export interface LexiconPart {
  /** Content stems of every word. */
  vocabulary: string[];
  /** Stems of words written in lower case somewhere. */
  lowerStems: string[];
  /** Words capitalised where capitals are not automatic. */
  capitalized: string[];
}

/** Stage 1 of a run of articles. Paragraph numbers are global; quote numbers count from the run's first quote. */
export interface ArticleFacts {
  /** Word count of each article. */
  sourceWords: Uint32Array;
  /** Fingerprints' paragraphs (no outlet cap yet). */
  passages: PostingTable;
  /** Quotes as triples (paragraph, start, end). */
  quotes: Uint32Array;
  /** Word 3-grams' quotes. */
  quoteGrams: PostingTable;
  lexicon: LexiconPart;
}

/** Stage 2 of a run of articles: its sentences (paragraph, start, end) and their claim terms' sentences, sentence numbers counted from the run's first. */
export interface SentenceFacts {
  sentences: Uint32Array;
  terms: PostingTable;
}

/**
 * Stage 1: word counts, passage fingerprints, quotes and lexicon words of articles whose first
 * paragraph is number `firstParagraph`. Each paragraph's claim words are added to `keep`, where
 * given, for stage 2 to read them from (`readSentences`) rather than read the text again.
 */
export function readArticles(articles: readonly (readonly string[])[], firstParagraph: number, keep?: WordStore): ArticleFacts {
  const sourceWords = new Uint32Array(articles.length);
  const passageKeys = new U32List();
  const passageParagraphs = new U32List();
  const quotes = new U32List();
  const gramKeys = new U32List();
  const gramQuotes = new U32List();
  // Words are gathered once each and stemmed at the end: far fewer stems than words. One map
  // holds how each was written (`SEEN`): one look-up a word, where three sets took up to two.
  const seen = new Map<string, number>();
  let p = firstParagraph;
  articles.forEach((paragraphs, a) => {
    const first = p;
    let words = 0;
    for (const text of paragraphs) {
      const folded = textWords(text);
      words += folded.length;
      for (const fp of fingerprints(folded)) {
        passageKeys.push(fp);
        passageParagraphs.push(p);
      }
      const read = readParagraphWords(text);
      keep?.add(read);
      for (const w of read.words) {
        const how = !w.cap ? SEEN.lower : w.initial ? SEEN.any : SEEN.capitalized;
        const was = seen.get(w.norm);
        if (was === undefined) seen.set(w.norm, how | SEEN.any);
        else if (!(was & how)) seen.set(w.norm, was | how);
      }
      p++;
    }
    sourceWords[a] = words;
    for (const q of extractQuotes(paragraphs)) {
      for (const seg of q.segments) {
        const words = textWords(paragraphs[seg.paragraph]!.slice(seg.start, seg.end));
        if (words.length < MIN_QUOTE_WORDS) continue;
        const id = quotes.length / 3;
        quotes.push(first + seg.paragraph);
        quotes.push(seg.start);
        quotes.push(seg.end);
        for (let i = 0; i + QUOTE_GRAM <= words.length; i++) {
          gramKeys.push(hashWords(words, i, QUOTE_GRAM));
          gramQuotes.push(id);
        }
      }
    }
  });
  return {
    sourceWords,
    // Tables are sorted here, where the run is read (a worker thread each), and merged in one pass.
    passages: postingTableOf(passageKeys.toArray(), passageParagraphs.toArray()),
    quotes: quotes.toArray(),
    quoteGrams: postingTableOf(gramKeys.toArray(), gramQuotes.toArray()),
    lexicon: lexiconPartOf(seen),
  };
}

/** How a word was written somewhere, as bits: at all, in lower case, capitalised where capitals are not automatic. */
const SEEN = { any: 1, lower: 2, capitalized: 4 };

// The lexicon part of words and how each was written: the distinct content stems of all and of
// those written in lower case, and the words capitalised where capitals are not automatic.
function lexiconPartOf(seen: ReadonlyMap<string, number>): LexiconPart {
  const vocabulary = new Set<string>();
  const lowerStems = new Set<string>();
  const capitalized: string[] = [];
  for (const [word, how] of seen) {
    const stem = contentStem(word);
    vocabulary.add(stem);
    if (how & SEEN.lower) lowerStems.add(stem);
    if (how & SEEN.capitalized) capitalized.push(word);
  }
  return { vocabulary: [...vocabulary], lowerStems: [...lowerStems], capitalized };
}

/**
 * The lexicon of all articles from the parts of every run: a pair of words
 * that some article writes as one is a term; a word capitalised mid-sentence
 * and never written in lower case is a name.
 */
export function lexiconOf(parts: readonly LexiconPart[]): Lexicon {
  const vocabulary = new Set<string>();
  const lowerStems = new Set<string>();
  const capitalized = new Set<string>();
  for (const part of parts) {
    for (const s of part.vocabulary) vocabulary.add(s);
    for (const s of part.lowerStems) lowerStems.add(s);
    for (const w of part.capitalized) capitalized.add(w);
  }
  return {
    isTerm: (stem: string) => vocabulary.has(stem),
    isName: (word: string) => capitalized.has(word) && !lowerStems.has(contentStem(word)),
  };
}

/**
 * Stage 2: the sentences of articles whose first paragraph is number
 * `firstParagraph`, and the claim terms each is filed under. Each article is
 * read as a whole first (which words it capitalises, whom "the first lady" is).
 * `kept` holds the articles' paragraphs as stage 1 read them, where it kept them.
 */
export function readSentences(articles: readonly (readonly string[])[], firstParagraph: number, lexicon: Lexicon, kept?: WordStore): SentenceFacts {
  const sentences = new U32List();
  const termKeys = new U32List();
  const termSentences = new U32List();
  let p = firstParagraph;
  let nth = 0;
  for (const paragraphs of articles) {
    // Each paragraph is read into words once: for the article's context, and sliced into its sentences.
    const read = paragraphs.map((text) => (kept ? kept.paragraph(nth++, text) : readParagraphWords(text)));
    const ctx = articleContext(
      paragraphs,
      lexicon,
      read.map((r) => r.words),
    );
    for (const [i, text] of paragraphs.entries()) {
      for (const span of sentenceSpans(text)) {
        const id = sentences.length / 3;
        sentences.push(p);
        sentences.push(span.start);
        sentences.push(span.end);
        for (const term of claimKeyTerms(claimFeaturesOf(sentenceWords(read[i]!, span.start, span.end), text, ctx))) {
          termKeys.push(term);
          termSentences.push(id);
        }
      }
      p++;
    }
  }
  return { sentences: sentences.toArray(), terms: postingTableOf(termKeys.toArray(), termSentences.toArray()) };
}
