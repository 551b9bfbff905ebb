import type { ProvenanceIndex } from '../../index/model';

// The index packs its sentences as three numbers each (paragraph, start, end), numbered in
// paragraph order; these read them, so no caller does the arithmetic.

/** How many sentences the index holds. */
export function sentenceCount(index: ProvenanceIndex): number {
  return index.sentences.length / 3;
}

/** The paragraph a sentence belongs to. */
export function sentenceParagraph(index: ProvenanceIndex, s: number): number {
  return index.sentences[s * 3]!;
}

/** The source (article) a sentence belongs to. */
export function sentenceSource(index: ProvenanceIndex, s: number): number {
  return index.paragraphSource[index.sentences[s * 3]!]!;
}

/** Where a sentence starts in its paragraph. */
export function sentenceStart(index: ProvenanceIndex, s: number): number {
  return index.sentences[s * 3 + 1]!;
}

/** Where a sentence ends in its paragraph. */
export function sentenceEnd(index: ProvenanceIndex, s: number): number {
  return index.sentences[s * 3 + 2]!;
}

/** A sentence's text. */
export function sentenceText(index: ProvenanceIndex, s: number): string {
  return index.paragraphs[sentenceParagraph(index, s)]!.slice(sentenceStart(index, s), sentenceEnd(index, s));
}
