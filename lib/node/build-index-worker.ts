// A worker thread of `buildIndexParallel` (build-index-parallel.ts): reads its
// run of articles (stage 1, keeping their words), posts the facts, waits for
// the lexicon of all runs, reads the run's sentences (stage 2) and posts them.
import { parentPort, workerData } from 'node:worker_threads';
import { lexiconOf, readArticles, readSentences, type LexiconPart } from '../index/build-stages';
import type { PostingTable } from '../index/posting-table';
import { WordStore } from '../claim/reading/word-store';

/** What the worker is started with. */
export interface BuildWorkerData {
  articles: string[][];
  firstParagraph: number;
}

const port = parentPort!;
const { articles, firstParagraph } = workerData as BuildWorkerData;
// The run's paragraphs as stage 1 reads them, kept for stage 2.
const words = new WordStore();
const facts = readArticles(articles, firstParagraph, words);
port.postMessage(facts, buffers(facts.sourceWords, ...tableArrays(facts.passages), facts.quotes, ...tableArrays(facts.quoteGrams)));
port.once('message', (lexicon: LexiconPart) => {
  const sentences = readSentences(articles, firstParagraph, lexiconOf([lexicon]), words);
  port.postMessage(sentences, buffers(sentences.sentences, ...tableArrays(sentences.terms)));
});

// The arrays' memory, moved to the main thread rather than copied (each array has its own).
function buffers(...arrays: Uint32Array[]): ArrayBuffer[] {
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

// A posting table's arrays.
function tableArrays(t: PostingTable): Uint32Array[] {
  return [t.keys, t.offsets, t.values];
}
