import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { ArticleInput, ProvenanceIndex } from '../index/model';
import { buildIndex, sortById } from '../index/build';
import type { LexiconPart } from '../index/build-stages';
import { mergeArticleFacts, withSentences } from '../index/merge-index';
import { sectionsAhead, serializeIndexBytes } from '../index/serialize';
import { rankTokens, type EncodedTexts } from '../index/word-codec';
import type { BuildWorkerData, RunFacts, RunSentences, StageTwoMessage } from './build-index-worker';
import { MessageInbox } from './message-inbox';
import { concatBytes } from '../index/u32-list';

/** How to build in parallel. */
export interface ParallelBuildOptions {
  /** Worker threads; by default one per core. */
  workers?: number;
}

const WORKER = new URL('./build-index-worker.ts', import.meta.url);

/**
 * A worker's young generation, in MB. Reading makes many short-lived objects (a word, a sentence's
 * features), and with V8's default a worker spent about a tenth of its time collecting them: 20,000
 * articles on 2 workers took 36-38 s of CPU at 128 MB against 40-46 s at the default (`measure-build`, alternated).
 */
const YOUNG_GENERATION_MB = 128;

/**
 * `buildIndex` on worker threads (Node only): the articles, sorted, are cut
 * into one run per worker; each worker reads its run's articles (and sorts
 * its tables), the main thread joins their lexicons and merges the tables
 * while the workers read their sentences, and the runs' sentences merge in
 * order. The same bytes as `buildIndex`, whatever the number of workers.
 */
export async function buildIndexParallel(articles: readonly ArticleInput[], options: ParallelBuildOptions = {}): Promise<ProvenanceIndex> {
  return (await build(sortById(articles), options, false)).index;
}

/**
 * `buildIndexParallel` and the index's file (`serializeIndexBytes`): the
 * paragraphs' text is encoded by the workers too, each its own run's
 * (word-codec.ts: counted in stage 1, ranked here, written in stage 2).
 */
export async function buildIndexBytesParallel(
  articles: readonly ArticleInput[],
  options: ParallelBuildOptions = {},
): Promise<{ index: ProvenanceIndex; bytes: Uint8Array; serializeMs: number }> {
  const { index, text, ahead } = await build(sortById(articles), options, true);
  // What is left of serialising once the workers are done (the text is encoded by then), for the benchmark.
  const start = performance.now();
  const bytes = serializeIndexBytes(index, text, ahead);
  return { index, bytes, serializeMs: performance.now() - start };
}

// The index of sorted articles; where `withText`, its text encoded and the sections of its file that need no sentences.
async function build(
  sorted: ArticleInput[],
  options: ParallelBuildOptions,
  withText: boolean,
): Promise<{ index: ProvenanceIndex; text?: EncodedTexts; ahead?: Map<string, Uint8Array> }> {
  const count = Math.min(Math.max(1, Math.floor(options.workers ?? availableParallelism())), sorted.length);
  if (!count) return { index: buildIndex(sorted) };
  const runs = cutRuns(sorted, count, withText);
  const workers = runs.map((run) => new BuildWorker(run));
  try {
    const facts = await Promise.all(workers.map((w) => w.next<RunFacts>()));
    const lexicon = joinLexicons(facts.map((f) => f.lexicon));
    const sentences = Promise.all(
      workers.map((w) => {
        w.send({ lexicon } satisfies StageTwoMessage);
        return w.next<RunSentences>();
      }),
    );
    // Awaited below; should the work meanwhile throw, the workers are stopped and this rejects unawaited: not an unhandled rejection.
    sentences.catch(() => undefined);
    // While the workers read the sentences: the text's dictionary, stage 1's tables merged, and the file's sections that need no sentences.
    const ranked = withText ? rankTokens(facts.map((f) => f.tokens!)) : null;
    ranked?.ranks.forEach((ranks, i) => workers[i]!.send({ ranks } satisfies StageTwoMessage, [ranks.buffer as ArrayBuffer]));
    const tables = mergeArticleFacts(sorted, facts);
    const ahead = ranked ? sectionsAhead(tables, ranked.dictionary) : undefined;
    const read = await sentences;
    const index = withSentences(tables, read);
    if (!ranked) return { index };
    const text: EncodedTexts = {
      dictionary: ranked.dictionary,
      bytes: concatBytes(read.map((r) => r.text!.bytes)),
      lengths: read.flatMap((r) => r.text!.lengths),
    };
    return { index, text, ahead };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

// Consecutive runs of about equal text length, one per worker.
function cutRuns(sorted: readonly ArticleInput[], count: number, text: boolean): BuildWorkerData[] {
  const size = (a: ArticleInput) => a.paragraphs.reduce((n, p) => n + p.length, 0) + 1;
  const total = sorted.reduce((n, a) => n + size(a), 0);
  const runs: BuildWorkerData[] = [];
  let paragraphs = 0;
  let done = 0;
  let from = 0;
  for (let r = 0; r < count; r++) {
    let to = from;
    if (r === count - 1) to = sorted.length;
    else {
      // At least one article, and one left for each run after this one.
      const until = (total * (r + 1)) / count;
      const last = sorted.length - (count - r - 1);
      do done += size(sorted[to++]!);
      while (to < last && done + size(sorted[to]!) <= until);
    }
    const run = sorted.slice(from, to).map((a) => a.paragraphs);
    runs.push({ articles: run, firstParagraph: paragraphs, text });
    for (const p of run) paragraphs += p.length;
    from = to;
  }
  return runs;
}

// The lexicon parts of every run as one part (a word once).
function joinLexicons(parts: readonly LexiconPart[]): LexiconPart {
  const join = (pick: (p: LexiconPart) => string[]) => [...new Set(parts.flatMap(pick))];
  return { vocabulary: join((p) => p.vocabulary), lowerStems: join((p) => p.lowerStems), capitalized: join((p) => p.capitalized) };
}

/** One worker thread, and the messages it posts, awaited one at a time; an error or an early exit rejects. */
class BuildWorker {
  private readonly worker: Worker;
  private readonly inbox = new MessageInbox<unknown>();

  constructor(data: BuildWorkerData) {
    // The worker is TypeScript: it runs with tsx's loader, under tsx as under vitest.
    this.worker = new Worker(WORKER, { workerData: data, execArgv: ['--import', 'tsx'], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.worker.on('message', (m: unknown) => this.inbox.put(m));
    this.worker.on('error', (e: Error) => this.inbox.fail(new Error(`index build worker failed: ${e.message}`, { cause: e })));
    this.worker.on('exit', (code) => this.inbox.fail(new Error(`index build worker exited (code ${code}) before it was done`)));
  }

  next<T>(): Promise<T> {
    return this.inbox.next() as Promise<T>;
  }

  send(message: unknown, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  async stop(): Promise<void> {
    this.inbox.fail(new Error('index build worker stopped'));
    await this.worker.terminate();
  }
}
