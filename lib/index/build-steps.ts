import type { ArticleInput, ProvenanceIndex } from './model';
import { lexiconOf, readArticles, readSentences, type ArticleFacts, type SentenceFacts } from './build-stages';
import { mergeIndex } from './merge-index';
import { buildIndex, sortById } from './build';

/** Articles read between two pauses of `buildIndexInSteps`. */
export const STEP_ARTICLES = 64;

/**
 * `buildIndex` in steps: the articles are read in runs of `runArticles`, and
 * `pause` is awaited after each run, so that a worker building a large index
 * (the reading memory's compaction) still answers the pages analysed
 * meanwhile. The same stages and merge as the parallel builder: the same
 * index as `buildIndex`.
 */
export async function buildIndexInSteps(articles: readonly ArticleInput[], pause: () => Promise<void>, runArticles = STEP_ARTICLES): Promise<ProvenanceIndex> {
  const sorted = sortById(articles);
  if (sorted.length <= runArticles) return buildIndex(sorted);
  const runs: Array<{ texts: string[][]; firstParagraph: number }> = [];
  let paragraphs = 0;
  for (let i = 0; i < sorted.length; i += runArticles) {
    const texts = sorted.slice(i, i + runArticles).map((a) => a.paragraphs);
    runs.push({ texts, firstParagraph: paragraphs });
    for (const t of texts) paragraphs += t.length;
  }
  const facts: ArticleFacts[] = [];
  for (const run of runs) {
    facts.push(readArticles(run.texts, run.firstParagraph));
    await pause();
  }
  const lexicon = lexiconOf(facts.map((f) => f.lexicon));
  const sentences: SentenceFacts[] = [];
  for (const run of runs) {
    sentences.push(readSentences(run.texts, run.firstParagraph, lexicon));
    await pause();
  }
  return mergeIndex(
    sorted,
    facts.map((f, i) => ({ facts: f, sentences: sentences[i]! })),
  );
}
