import { stemmer } from 'stemmer';
import { words } from '../text/tokenize';
import { isStopword } from '../text/stopwords';
import { fnv1a } from './hash';

/** The content words of a sentence, stemmed (Porter): "reunited" and "reunites" agree. */
export function contentStems(sentence: string): string[] {
  return words(sentence)
    .filter((w) => !isStopword(w) && !/^\d/.test(w))
    .map((w) => stemmer(w));
}

/** The hashed content stems of a sentence: the keys under which the claim tier finds it. */
export function claimKeyTerms(sentence: string): number[] {
  return [...new Set(contentStems(sentence))].map((s) => fnv1a(s));
}
