import type { ArticleInput, ProvenanceIndex, SourceMeta } from './model';
import { INDEX_FORMAT } from './model';
import { buildPostingTable } from './posting-table';
import { tokenize } from '../text/tokenize';
import { extractQuotes } from '../text/quotes';
import { sentenceSpans } from '../text/sentences';
import { fingerprints } from '../match/fingerprint';
import { hashWords } from '../text/hash';
import { QUOTE_GRAM, MIN_QUOTE_WORDS } from '../match/quote';
import { articleContext, claimFeatures, claimKeyTerms } from '../claim/reading/terms';
import { claimWords } from '../claim/reading/words';
import { contentStem } from '../text/stems';

/**
 * A fingerprint found in this many articles of one outlet is that outlet's
 * furniture (a standing disclaimer, a newsletter box the cleaner missed), not
 * syndication: it is dropped for that outlet. The same words across outlets
 * are exactly what the index is for, so there is no cap across outlets.
 */
export const MAX_ARTICLES_PER_OUTLET_FINGERPRINT = 3;

/**
 * Builds the in-memory index from cleaned articles. Deterministic: the same
 * articles in the same order give the same tables. The version is set by
 * `serializeIndex`, which hashes the bytes.
 */
export function buildIndex(articles: readonly ArticleInput[]): ProvenanceIndex {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources: SourceMeta[] = sorted.map(({ id, outlet, published, title, url }) => ({ id, outlet, published, title, url }));
  const paragraphs: string[] = [];
  const paragraphSource: number[] = [];
  const sourceStart: number[] = [];
  const sourceWords: number[] = [];
  sorted.forEach((a, s) => {
    sourceStart.push(paragraphs.length);
    let words = 0;
    for (const p of a.paragraphs) {
      paragraphs.push(p);
      paragraphSource.push(s);
      words += tokenize(p).length;
    }
    sourceWords.push(words);
  });
  sourceStart.push(paragraphs.length);

  // Passage fingerprints, with the per-outlet furniture cap.
  const fpPairs: Array<[number, number]> = [];
  const outletArticles = new Map<string, Map<number, Set<number>>>();
  paragraphs.forEach((text, p) => {
    const s = paragraphSource[p]!;
    const outletKey = sources[s]!.outlet ?? `#${sources[s]!.id}`;
    let perFp = outletArticles.get(outletKey);
    if (!perFp) outletArticles.set(outletKey, (perFp = new Map()));
    for (const fp of fingerprints(tokenize(text).map((t) => t.norm))) {
      fpPairs.push([fp, p]);
      let set = perFp.get(fp);
      if (!set) perFp.set(fp, (set = new Set()));
      set.add(s);
    }
  });
  const capped = (fp: number, p: number) => {
    const s = paragraphSource[p]!;
    const outletKey = sources[s]!.outlet ?? `#${sources[s]!.id}`;
    return (outletArticles.get(outletKey)?.get(fp)?.size ?? 0) >= MAX_ARTICLES_PER_OUTLET_FINGERPRINT;
  };
  const passages = buildPostingTable(fpPairs.filter(([fp, p]) => !capped(fp, p)));

  // Quotes of each source, and their word 3-grams.
  const quotes: number[] = [];
  const gramPairs: Array<[number, number]> = [];
  sorted.forEach((a, s) => {
    const first = sourceStart[s]!;
    for (const q of extractQuotes(a.paragraphs)) {
      for (const seg of q.segments) {
        const text = a.paragraphs[seg.paragraph]!.slice(seg.start, seg.end);
        const words = tokenize(text).map((t) => t.norm);
        if (words.length < MIN_QUOTE_WORDS) continue;
        const id = quotes.length / 3;
        quotes.push(first + seg.paragraph, seg.start, seg.end);
        for (let i = 0; i + QUOTE_GRAM <= words.length; i++) gramPairs.push([hashWords(words, i, QUOTE_GRAM), id]);
      }
    }
  });

  // Sentences and their key terms, for the claim tier. Each article is read
  // as a whole first (which words it capitalises, whom "the first lady" is);
  // a pair of words that some article writes as one ("back channel",
  // "backchannel") is filed under the one word.
  const vocabulary = new Set<string>();
  const lowerStems = new Set<string>();
  const capitalized = new Set<string>();
  for (const text of paragraphs) {
    for (const w of claimWords(text)) {
      const stem = contentStem(w.norm);
      vocabulary.add(stem);
      if (!w.cap) lowerStems.add(stem);
      else if (!w.initial) capitalized.add(w.norm);
    }
  }
  const lexicon = {
    isTerm: (stem: string) => vocabulary.has(stem),
    isName: (word: string) => capitalized.has(word) && !lowerStems.has(contentStem(word)),
  };
  const sentences: number[] = [];
  const termPairs: Array<[number, number]> = [];
  sorted.forEach((a, s) => {
    const ctx = articleContext(a.paragraphs, lexicon);
    a.paragraphs.forEach((text, k) => {
      const p = sourceStart[s]! + k;
      for (const span of sentenceSpans(text)) {
        const id = sentences.length / 3;
        sentences.push(p, span.start, span.end);
        for (const term of claimKeyTerms(claimFeatures(text.slice(span.start, span.end), ctx))) termPairs.push([term, id]);
      }
    });
  });

  return {
    format: INDEX_FORMAT,
    version: '',
    sources,
    paragraphs,
    paragraphSource: Uint32Array.from(paragraphSource),
    sourceStart: Uint32Array.from(sourceStart),
    sourceWords: Uint32Array.from(sourceWords),
    passages,
    quotes: Uint32Array.from(quotes),
    quoteGrams: buildPostingTable(gramPairs),
    claimTerms: buildPostingTable(termPairs),
    sentences: Uint32Array.from(sentences),
  };
}
