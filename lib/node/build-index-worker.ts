// A worker thread of `buildIndexParallel` (build-index-parallel.ts): reads its
// run of articles (stage 1, keeping their words; and counting the tokens of
// their text where asked), posts the facts, waits for the lexicon of all
// runs, reads the run's sentences (stage 2), writes its text as the ranks of
// the tokens of all runs where asked, and posts them.
import { parentPort, workerData } from 'node:worker_threads';
import { lexiconOf, readArticles, readSentences, type ArticleFacts, type LexiconPart, type SentenceFacts } from '../index/build-stages';
import type { PostingTable } from '../index/posting-table';
import { countTokens, writeRanks, type TokenCounts } from '../index/word-codec';
import { WordStore } from '../claim/reading/word-store';
import { MessageInbox } from './message-inbox';

/** What the worker is started with. */
export interface BuildWorkerData {
  articles: string[][];
  firstParagraph: number;
  /** Encode the run's text too (word-codec.ts): count its tokens in stage 1, write their ranks in stage 2. */
  text: boolean;
}

/** What the worker posts after stage 1. */
export interface RunFacts extends ArticleFacts {
  tokens: TokenCounts | null;
}

/** What the worker posts after stage 2. */
export interface RunSentences extends SentenceFacts {
  text: { bytes: Uint8Array; lengths: number[] } | null;
}

/** What the main thread sends for stage 2: the lexicon of all runs, then (where the text is encoded) this run's tokens' ranks. */
export type StageTwoMessage = { lexicon: LexiconPart } | { ranks: Uint32Array };

const port = parentPort!;
const { articles, firstParagraph, text } = workerData as BuildWorkerData;
// Messages as they come: the ranks may arrive while the sentences are read.
const inbox = new MessageInbox<StageTwoMessage>();
port.on('message', (m: StageTwoMessage) => inbox.put(m));

// The run's paragraphs as stage 1 reads them, kept for stage 2.
const words = new WordStore();
const facts = readArticles(articles, firstParagraph, words);
const counted = text ? countTokens(articles.flat()) : null;
const tokens = counted && { tokens: counted.tokens, counts: counted.counts };
port.postMessage({ ...facts, tokens } satisfies RunFacts, [
  ...buffers(facts.sourceWords, ...tableArrays(facts.passages), facts.quotes, ...tableArrays(facts.quoteGrams)),
  ...(tokens ? [tokens.counts.buffer as ArrayBuffer] : []),
]);
const { lexicon } = (await inbox.next()) as { lexicon: LexiconPart };
const sentences = readSentences(articles, firstParagraph, lexiconOf([lexicon]), words);
const written = counted ? writeRanks(counted, ((await inbox.next()) as { ranks: Uint32Array }).ranks) : null;
port.postMessage({ ...sentences, text: written } satisfies RunSentences, [
  ...buffers(sentences.sentences, ...tableArrays(sentences.terms)),
  ...(written ? [written.bytes.buffer as ArrayBuffer] : []),
]);

// The arrays' memory, moved to the main thread rather than copied (each array has its own).
function buffers(...arrays: Uint32Array[]): ArrayBuffer[] {
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

// A posting table's arrays.
function tableArrays(t: PostingTable): Uint32Array[] {
  return [t.keys, t.offsets, t.values];
}
