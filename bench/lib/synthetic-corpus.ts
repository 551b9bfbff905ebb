import type { ArticleInput } from '../../lib/index/model';
import { sentences } from '../../lib/text/sentences';
import { foldWord } from '../../lib/text/normalize';
import { isStopword } from '../../lib/text/stopwords';
import { createPrng, type Prng } from './prng';

/**
 * What real articles the synthetic ones are recombined from: their sentences
 * (as templates), how many sentences their paragraphs hold and how many
 * paragraphs they have, and their content words (once per occurrence, so
 * drawing from the list draws by corpus frequency).
 */
export interface TemplatePool {
  sentences: SentenceTemplate[];
  sentencesPerParagraph: number[];
  paragraphsPerArticle: number[];
  contentWords: string[];
}

/**
 * A real sentence cut at its content words: `fixed` holds the text between
 * them (one more piece than there are slots), `slots` how each replaced word
 * was written.
 */
export interface SentenceTemplate {
  fixed: string[];
  slots: WordCase[];
}

/** How a word is written: all lower case, Capitalised, or UPPER case. */
export type WordCase = 'lower' | 'capital' | 'upper';

/** How to generate a synthetic index corpus. */
export interface SyntheticOptions {
  articles: number;
  /** Fixes the whole output: same pool, options and seed, same articles. */
  seed: number;
  /** Share of paragraphs copied verbatim from an earlier synthetic article: syndicated passages. */
  paragraphReuse?: number;
  /** Share of articles that reprint an earlier one whole under another outlet: wire stories. */
  articleReuse?: number;
  /** Average articles per outlet (outlet sizes are skewed, as real ones are). */
  articlesPerOutlet?: number;
}

// A word as the generator sees it: letters with inner apostrophes or hyphens.
// Digits are left alone (numbers stay as the template has them).
const WORD = /[\p{L}]+(?:['\u2019-][\p{L}]+)*/gu;

/** True where a word is replaced when a template is filled: a word of three or more letters that is not a function word. */
export function isContentWord(word: string): boolean {
  return word.length >= 3 && !isStopword(foldWord(word));
}

/**
 * Gathers a template pool from real articles' paragraphs (one list of
 * paragraphs per article). Articles of more than `maxParagraphs` paragraphs
 * (reference pages, forum threads) lend their sentences but not their length:
 * the synthetic articles are news-sized.
 */
export function templatePool(articles: readonly (readonly string[])[], maxParagraphs = 40): TemplatePool {
  const pool: TemplatePool = { sentences: [], sentencesPerParagraph: [], paragraphsPerArticle: [], contentWords: [] };
  for (const paragraphs of articles) {
    if (!paragraphs.length) continue;
    if (paragraphs.length <= maxParagraphs) pool.paragraphsPerArticle.push(paragraphs.length);
    for (const p of paragraphs) {
      const s = sentences(p);
      if (!s.length) continue;
      pool.sentences.push(...s.map(sentenceTemplate));
      pool.sentencesPerParagraph.push(s.length);
      for (const m of p.matchAll(WORD)) if (isContentWord(m[0])) pool.contentWords.push(m[0].toLowerCase());
    }
  }
  if (!pool.paragraphsPerArticle.length) pool.paragraphsPerArticle.push(maxParagraphs);
  return pool;
}

/** Cuts a sentence at its content words. */
export function sentenceTemplate(sentence: string): SentenceTemplate {
  const fixed: string[] = [];
  const slots: WordCase[] = [];
  let at = 0;
  for (const m of sentence.matchAll(WORD)) {
    if (!isContentWord(m[0])) continue;
    fixed.push(sentence.slice(at, m.index));
    slots.push(wordCase(m[0]));
    at = m.index + m[0].length;
  }
  fixed.push(sentence.slice(at));
  return { fixed, slots };
}

/** How a word is written. */
export function wordCase(word: string): WordCase {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return 'upper';
  const first = word[0] ?? '';
  return first !== first.toLowerCase() ? 'capital' : 'lower';
}

/** A lower-case word written as `how`. */
export function applyCase(word: string, how: WordCase): string {
  if (how === 'upper') return word.toUpperCase();
  if (how === 'capital') return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * A real sentence with every content word replaced by a content word drawn
 * from the pool by frequency: the sentence keeps its length, punctuation,
 * quotation marks and function words, while its five-word runs come out new
 * (a corpus of 100,000 articles recombined from a few thousand real
 * paragraphs would otherwise repeat every passage hundreds of times, which
 * no real index does).
 */
export function fillSentence(template: SentenceTemplate, pool: TemplatePool, rng: Prng): string {
  let out = template.fixed[0]!;
  for (let i = 0; i < template.slots.length; i++) out += applyCase(rng.pick(pool.contentWords), template.slots[i]!) + template.fixed[i + 1]!;
  return out;
}

/**
 * Generates `options.articles` synthetic articles, deterministically, by
 * recombining the sentences of real articles (see `fillSentence`), with a
 * realistic amount of syndication: some paragraphs and whole articles recur
 * under other outlets. Ids are `syn-000000`, `syn-000001`, ...
 */
export function syntheticArticles(pool: TemplatePool, options: SyntheticOptions): ArticleInput[] {
  if (!pool.sentences.length || !pool.contentWords.length) throw new Error('the template pool is empty');
  const rng = createPrng(options.seed);
  const paragraphReuse = options.paragraphReuse ?? 0.03;
  const articleReuse = options.articleReuse ?? 0.02;
  const outlets = Math.max(3, Math.ceil(options.articles / (options.articlesPerOutlet ?? 200)));
  const out: ArticleInput[] = [];
  for (let i = 0; i < options.articles; i++) {
    const id = `syn-${String(i).padStart(6, '0')}`;
    // Squaring a uniform draw skews outlet sizes: a few large outlets, many small ones.
    const outletNo = Math.floor(outlets * rng.next() ** 2);
    const day = new Date(Date.UTC(2024, 0, 1) + rng.int(730) * 86_400_000).toISOString().slice(0, 10);
    const meta = {
      id,
      outlet: `Outlet ${outletNo}`,
      published: day,
      url: `https://outlet-${outletNo}.example/${day.slice(0, 7).replace('-', '/')}/${id}`,
    };
    if (out.length && rng.next() < articleReuse) {
      const original = rng.pick(out);
      out.push({ ...meta, title: original.title, paragraphs: [...original.paragraphs] });
      continue;
    }
    const count = rng.pick(pool.paragraphsPerArticle);
    const paragraphs: string[] = [];
    for (let p = 0; p < count; p++) {
      if (out.length && rng.next() < paragraphReuse) {
        paragraphs.push(rng.pick(rng.pick(out).paragraphs));
        continue;
      }
      const n = rng.pick(pool.sentencesPerParagraph);
      const parts: string[] = [];
      for (let s = 0; s < n; s++) parts.push(fillSentence(rng.pick(pool.sentences), pool, rng));
      paragraphs.push(parts.join(' '));
    }
    out.push({ ...meta, title: titleFrom(fillSentence(rng.pick(pool.sentences), pool, rng)), paragraphs });
  }
  return out;
}

/** A headline cut from a sentence: its first dozen words, without the final stop. */
function titleFrom(sentence: string): string {
  return sentence
    .split(' ')
    .slice(0, 12)
    .join(' ')
    .replace(/[.!?,;:]+$/, '');
}
