import type { ProvenanceIndex } from '../../index/model';
import type { Span } from '../../types';
import { lookup, postingCount } from '../../index/posting-table';
import { RETRIEVE } from './retrieve';
import { windowHolds } from '../units/source-window';
import { sentenceCount } from '../units/sentence-table';
import { fnv1a } from '../../text/hash';
import { contentStem } from '../../text/stems';
import { isDateName } from '../../text/aliases';
import { CLAIM_VERIFY } from '../verification/thresholds';
import type { ClaimWord } from '../reading/words';
import { findNumbers } from '../reading/numbers';
import { ruleOn } from '../rule-ids';

/**
 * Whether a page paragraph may share `CLAIM_VERIFY.minContent` content words,
 * dates or figures (`figures-as-content`) with some source window. Retrieval keeps no window sharing fewer
 * of the index's terms (`retrieveClaimCandidates`), so where no sentence of
 * the paragraph, alone or with the one before, shares that many with one
 * window, no claim unit of it can match, and it is not read into claim
 * features at all (on a page about something else, most of the tier's cost).
 *
 * The terms asked are a superset of any reading's: each word's content stem
 * and date name, each two adjacent words joined (a compound), the figures
 * read from it over its paragraph and over its sentence, and each "from" (a
 * route term), counted as shared by every window, as are terms too common to
 * list. It errs only towards yes.
 */
export class ContentGate {
  /** Each term's windows, by kind: content stems (`c:` terms of the index), date names (`t:`). */
  private readonly known = { c: new Map<string, Windows>(), t: new Map<string, Windows>(), n: new Map<string, Windows>() };
  /** Terms the index does not hold, by kind. */
  private readonly absent = { c: new Set<string>(), t: new Set<string>(), n: new Set<string>() };

  constructor(private readonly index: ProvenanceIndex) {}

  mayShare(words: readonly ClaimWord[], sentences: readonly Span[], reads: (sentence: number) => boolean = () => true): boolean {
    // Each word's terms are read once, though a sentence is asked with the one before and the one after.
    const terms = words.map((w, i): WordTerms => {
      const norm = w.norm;
      const next = i + 1 < words.length ? words[i + 1]!.norm : '';
      return {
        from: norm === 'from',
        stem: contentStem(norm),
        date: isDateName(norm) ? norm : null,
        // Two words joined ("back channel" -> backchannel), as `claimFeaturesOf` joins them: letters only.
        compound: next && LETTERS.test(norm) && LETTERS.test(next) ? contentStem(norm + next) : null,
        figures: null,
      };
    });
    if (ruleOn('figures-as-content')) figuresOf(words, sentences, terms);
    // A unit is a sentence, a clause of one, or a short sentence read with the next: within two neighbours.
    if (sentences.length < 2) return reads(0) && this.enough(terms, 0, words.length);
    let from = 0;
    for (let s = 1; s < sentences.length; s++) {
      // Units are read only from the sentences `reads` lets through (and a short one before each).
      if (!reads(s) && !reads(s - 1)) continue;
      while (from < words.length && words[from]!.start < sentences[s - 1]!.start) from++;
      let to = from;
      while (to < words.length && words[to]!.end <= sentences[s]!.end) to++;
      if (this.enough(terms, from, to)) return true;
    }
    return false;
  }

  // Whether words [from, to) hold `minContent` distinct terms that one source window holds too.
  private enough(terms: readonly WordTerms[], from: number, to: number): boolean {
    const need = CLAIM_VERIFY.minContent;
    // Terms seen, by kind (content stems, date names): no prefixed key string is built per word.
    const seen = { c: new Set<string>(), t: new Set<string>(), n: new Set<string>() };
    const listed: Uint32Array[] = [];
    let everywhere = 0;
    const counted = (w: Windows) => {
      if (w === 'everywhere') everywhere++;
      else if (w !== 'nowhere') listed.push(w);
      return everywhere >= need || (everywhere > 0 && everywhere + (listed.length ? 1 : 0) >= need);
    };
    const add = (kind: Kind, term: string) => {
      if (seen[kind].has(term)) return false;
      seen[kind].add(term);
      return counted(this.windows(kind, term));
    };
    for (let i = from; i < to; i++) {
      const t = terms[i]!;
      // A route ("from Ukraine to Russia") is a content term read at "from": in every window, each one new.
      if (t.from && counted('everywhere')) return true;
      if (add('c', t.stem)) return true;
      if (t.date !== null && add('t', t.date)) return true;
      // A compound with the next word, where that word is in the span too.
      if (t.compound !== null && i + 1 < to && add('c', t.compound)) return true;
      // A figure, which counts as content where it agrees (`figures-as-content`).
      if (t.figures) for (const key of t.figures) if (add('n', key)) return true;
    }
    // One window holding `need - everywhere` of the listed terms.
    const count = new Map<number, number>();
    for (const w of listed) {
      for (const c of w) {
        const k = (count.get(c) ?? 0) + 1;
        if (k + everywhere >= need) return true;
        count.set(c, k);
      }
    }
    return false;
  }

  // The source windows (their centre sentences) that hold a term, as retrieval walks them.
  private windows(kind: Kind, term: string): Windows {
    const known = this.known[kind];
    let w = known.get(term);
    if (w !== undefined) return w;
    const absent = this.absent[kind];
    if (absent.has(term)) return 'nowhere';
    const key = fnv1a(`${kind}:${term}`);
    const df = postingCount(this.index.claimTerms, key);
    if (!df) {
      // Most words a page joins in pairs are no term of the index: remembered apart, many more, at a few bytes each.
      if (absent.size >= MEMO_ABSENT) absent.clear();
      absent.add(term);
      return 'nowhere';
    }
    if (df > MAX_LISTED) w = 'everywhere';
    else {
      const n = sentenceCount(this.index);
      const set = new Set<number>();
      for (const s of lookup(this.index.claimTerms, key))
        for (let c = Math.max(0, s - 1); c <= s + 1 && c < n; c++) if (windowHolds(this.index, c, s)) set.add(c);
      w = Uint32Array.from(set);
    }
    if (known.size >= MEMO_TERMS) known.clear();
    known.set(term, w);
    return w;
  }
}

/** A word's terms as the gate asks them: a route's "from", its content stem, its date name, its compound with the next word, the figures read from it. */
interface WordTerms {
  from: boolean;
  stem: string;
  date: string | null;
  compound: string | null;
  figures: string[] | null;
}

/** The kinds of term the gate asks: content stems (`c:`), date names (`t:`), figures (`n:`). */
type Kind = 'c' | 't' | 'n';

// The figures read from each word, as `findNumbers` reads them over the paragraph and over each
// sentence alone (what stands before a figure can change its reading): every reading a unit may make.
function figuresOf(words: readonly ClaimWord[], sentences: readonly Span[], terms: WordTerms[]): void {
  const norms = words.map((w) => w.norm);
  const read = (from: number, to: number) => {
    for (const m of findNumbers(norms.slice(from, to))) {
      const list = (terms[from + m.from]!.figures ??= []);
      if (!list.includes(m.key)) list.push(m.key);
    }
  };
  read(0, words.length);
  let from = 0;
  for (const s of sentences) {
    while (from < words.length && words[from]!.start < s.start) from++;
    let to = from;
    while (to < words.length && words[to]!.end <= s.end) to++;
    read(from, to);
    from = to;
  }
}

/** Where a term stands: in no window, in the windows listed, or counted as in every one. */
type Windows = 'nowhere' | 'everywhere' | Uint32Array;
/** Terms with more postings than this are counted as in every window, not listed: the gate's work stays bounded, its answer an upper bound. */
const MAX_LISTED = RETRIEVE.seedPostings;
const LETTERS = /^\p{L}+$/u;
/** Terms whose windows are remembered: a worker matches page after page against one index. */
const MEMO_TERMS = 10_000;
/** Terms remembered as held nowhere: a string each, so many more. */
const MEMO_ABSENT = 200_000;
const gates = new WeakMap<ProvenanceIndex, ContentGate>();

/** The index's gate, made once: its answers are the index's and hold for every page. */
export function contentGate(index: ProvenanceIndex): ContentGate {
  let g = gates.get(index);
  if (!g) gates.set(index, (g = new ContentGate(index)));
  return g;
}
