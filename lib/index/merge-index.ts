import type { ArticleInput, IndexWithoutSentences, ProvenanceIndex, SourceMeta } from './model';
import { INDEX_FORMAT } from './model';
import { mergePostingTables, type PostingTable } from './posting-table';
import { concatU32 } from './u32-list';
import type { ArticleFacts, SentenceFacts } from './build-stages';

/**
 * A fingerprint found in this many articles of one outlet is that outlet's
 * furniture (a standing disclaimer, a newsletter box the cleaner missed), not
 * syndication: it is dropped for that outlet. The same words across outlets
 * are exactly what the index is for, so there is no cap across outlets.
 */
export const MAX_ARTICLES_PER_OUTLET_FINGERPRINT = 3;

/** One run of consecutive articles, read by both stages (build-stages.ts). */
export interface ReadRun {
  facts: ArticleFacts;
  sentences: SentenceFacts;
}

/**
 * The index of articles sorted by id, from the runs they were read in (in
 * order, covering them all): the same index however the articles were cut into runs.
 */
export function mergeIndex(sorted: readonly ArticleInput[], runs: readonly ReadRun[]): ProvenanceIndex {
  return withSentences(
    mergeArticleFacts(
      sorted,
      runs.map((r) => r.facts),
    ),
    runs.map((r) => r.sentences),
  );
}

/**
 * The index's tables from stage 1 of every run, in order: a parallel build
 * merges them while the runs' sentences are read (`withSentences` adds those).
 */
export function mergeArticleFacts(sorted: readonly ArticleInput[], facts: readonly ArticleFacts[]): IndexWithoutSentences {
  const sources: SourceMeta[] = sorted.map(({ id, outlet, published, title, url }) => ({ id, outlet, published, title, url }));
  const paragraphs: string[] = [];
  const sourceStart = new Uint32Array(sorted.length + 1);
  sorted.forEach((a, s) => {
    sourceStart[s] = paragraphs.length;
    for (const p of a.paragraphs) paragraphs.push(p);
  });
  sourceStart[sorted.length] = paragraphs.length;
  const paragraphSource = new Uint32Array(paragraphs.length);
  for (let s = 0; s < sorted.length; s++) paragraphSource.fill(s, sourceStart[s]!, sourceStart[s + 1]!);
  // Paragraph numbers are global; quote numbers count from each run's first: shifted by the runs before.
  const passages = mergePostingTables(
    facts.map((f) => f.passages),
    facts.map(() => 0),
  );
  return {
    format: INDEX_FORMAT,
    version: '',
    sources,
    paragraphs,
    paragraphSource,
    sourceStart,
    sourceWords: concatU32(facts.map((f) => f.sourceWords)),
    passages: dropOutletFurniture(passages, paragraphSource, outletNumbers(sources)),
    quotes: concatU32(facts.map((f) => f.quotes)),
    quoteGrams: mergePostingTables(
      facts.map((f) => f.quoteGrams),
      bases(facts.map((f) => f.quotes.length / 3)),
    ),
  };
}

/** The index: the tables of stage 1 and the sentences of every run (stage 2), in order; sentence numbers shifted by the runs before. */
export function withSentences(tables: IndexWithoutSentences, sentences: readonly SentenceFacts[]): ProvenanceIndex {
  return {
    ...tables,
    claimTerms: mergePostingTables(
      sentences.map((s) => s.terms),
      bases(sentences.map((s) => s.sentences.length / 3)),
    ),
    sentences: concatU32(sentences.map((s) => s.sentences)),
  };
}

// Where each run's numbers start: the counts of the runs before it, summed.
function bases(counts: readonly number[]): number[] {
  let base = 0;
  return counts.map((n) => {
    const at = base;
    base += n;
    return at;
  });
}

// Each source's outlet as a number; a source that names none is an outlet of its own.
function outletNumbers(sources: readonly SourceMeta[]): Uint32Array {
  const numbers = new Map<string, number>();
  return Uint32Array.from(sources, (s) => {
    const key = s.outlet ?? `#${s.id}`;
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size));
    return n;
  });
}

/**
 * The passage table without an outlet's furniture: a fingerprint's paragraphs
 * of an outlet that has it in MAX_ARTICLES_PER_OUTLET_FINGERPRINT articles or
 * more are dropped, and a fingerprint left with none.
 */
function dropOutletFurniture(table: PostingTable, paragraphSource: Uint32Array, outletOf: Uint32Array): PostingTable {
  const { keys, offsets, values } = table;
  const outKeys = new Uint32Array(keys.length);
  const outOffsets = new Uint32Array(keys.length + 1);
  const outValues = new Uint32Array(values.length);
  let k = 0;
  let total = 0;
  for (let i = 0; i < keys.length; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    const capped = to - from >= MAX_ARTICLES_PER_OUTLET_FINGERPRINT ? cappedOutlets(values.subarray(from, to), paragraphSource, outletOf) : null;
    const first = total;
    for (let j = from; j < to; j++) {
      const v = values[j]!;
      if (!capped?.has(outletOf[paragraphSource[v]!]!)) outValues[total++] = v;
    }
    if (total === first) continue;
    outKeys[k] = keys[i]!;
    outOffsets[k++] = first;
  }
  outOffsets[k] = total;
  return { keys: outKeys.slice(0, k), offsets: outOffsets.slice(0, k + 1), values: outValues.slice(0, total) };
}

// The outlets with a fingerprint in enough of their articles, or null; its paragraphs come in increasing order.
function cappedOutlets(paragraphs: Uint32Array, paragraphSource: Uint32Array, outletOf: Uint32Array): Set<number> | null {
  const articles = new Map<number, number>();
  let capped: Set<number> | null = null;
  let last = -1;
  for (const p of paragraphs) {
    const s = paragraphSource[p]!;
    if (s === last) continue;
    last = s;
    const outlet = outletOf[s]!;
    const n = (articles.get(outlet) ?? 0) + 1;
    articles.set(outlet, n);
    if (n >= MAX_ARTICLES_PER_OUTLET_FINGERPRINT) (capped ??= new Set()).add(outlet);
  }
  return capped;
}
