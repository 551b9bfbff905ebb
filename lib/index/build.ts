import type { ArticleInput, ProvenanceIndex } from './model';
import { lexiconOf, readArticles, readSentences } from './build-stages';
import { mergeIndex } from './merge-index';
import { WordStore } from '../claim/reading/word-store';

export { MAX_ARTICLES_PER_OUTLET_FINGERPRINT } from './merge-index';

/**
 * Builds the in-memory index from cleaned articles. Deterministic: the same
 * articles in the same order give the same tables. The version is set by
 * `serializeIndex`, which hashes the bytes. On one thread (a service worker
 * spawns none); lib/node/build-index-parallel.ts builds the same index on several.
 */
export function buildIndex(articles: readonly ArticleInput[]): ProvenanceIndex {
  const sorted = sortById(articles);
  const texts = sorted.map((a) => a.paragraphs);
  const words = new WordStore();
  const facts = readArticles(texts, 0, words);
  const sentences = readSentences(texts, 0, lexiconOf([facts.lexicon]), words);
  return mergeIndex(sorted, [{ facts, sentences }]);
}

/** The articles in order of id: the order of the index's sources. */
export function sortById(articles: readonly ArticleInput[]): ArticleInput[] {
  return [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
