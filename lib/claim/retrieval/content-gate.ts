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

/**
 * Whether a page paragraph may share `CLAIM_VERIFY.minContent` content words
 * or dates with some source window. Retrieval keeps no window sharing fewer
 * of the index's terms (`retrieveClaimCandidates`), so where no sentence of
 * the paragraph, alone or with the one before, shares that many with one
 * window, no claim unit of it can match, and it is not read into claim
 * features at all (on a page about something else, most of the tier's cost).
 *
 * The terms asked are a superset of any reading's: each word's content stem
 * and date name, each two adjacent words joined (a compound), and each
 * "from" (a route term), counted as shared by every window, as are terms too
 * common to list. It errs only towards yes.
 */
export class ContentGate {
  /** Each term's windows, by kind: content stems (`c:` terms of the index), date names (`t:`). */
  private readonly known = { c: new Map<string, Windows>(), t: new Map<string, Windows>() };
  /** Each paragraph's words with their terms resolved, for the questions asked of its spans. */
  private readonly prepared = new WeakMap<readonly ClaimWord[], GateWords>();

  constructor(private readonly index: ProvenanceIndex) {}

  mayShare(words: readonly ClaimWord[], sentences: readonly Span[]): boolean {
    const terms = this.terms(words);
    // A unit is a sentence, a clause of one, or a short sentence read with the next: within two neighbours.
    if (sentences.length < 2) return this.enough(terms, 0, words.length);
    let from = 0;
    for (let s = 1; s < sentences.length; s++) {
      while (from < words.length && words[from]!.start < sentences[s - 1]!.start) from++;
      let to = from;
      while (to < words.length && words[to]!.end <= sentences[s]!.end) to++;
      if (this.enough(terms, from, to)) return true;
    }
    return false;
  }

  /** Whether words [from, to) of a paragraph's words (one claim unit) may share enough with some source window. */
  mayShareSpan(words: readonly ClaimWord[], from: number, to: number): boolean {
    return this.enough(this.terms(words), from, to);
  }

  // Whether words [from, to) hold `minContent` distinct terms that one source window holds too.
  private enough(terms: GateWords, from: number, to: number): boolean {
    const need = CLAIM_VERIFY.minContent;
    // Terms seen, by kind (content stems, date names).
    const seen = { c: new Set<string>(), t: new Set<string>() };
    const listed: Uint32Array[] = [];
    let everywhere = 0;
    const counted = (w: Windows) => {
      if (w === 'everywhere') everywhere++;
      else if (w !== 'nowhere') listed.push(w);
      return everywhere >= need || (everywhere > 0 && everywhere + (listed.length ? 1 : 0) >= need);
    };
    const add = (kind: 'c' | 't', term: string, w: Windows) => {
      if (seen[kind].has(term)) return false;
      seen[kind].add(term);
      return counted(w);
    };
    for (let i = from; i < to; i++) {
      const t = terms[i]!;
      // A route ("from Ukraine to Russia") is a content term read at "from": in every window, each one new.
      if (t.from && counted('everywhere')) return true;
      if (add('c', t.stem, t.stemWindows)) return true;
      if (t.date !== null && add('t', t.date, t.dateWindows!)) return true;
      // Two words joined ("back channel" -> backchannel), as `claimFeaturesOf` joins them: within the span only.
      if (t.compound !== null && i + 1 < to && add('c', t.compound, t.compoundWindows!)) return true;
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

  // Each word's terms and their windows, resolved once per paragraph: a paragraph's spans ask again and again.
  private terms(words: readonly ClaimWord[]): GateWords {
    let out = this.prepared.get(words);
    if (out) return out;
    out = words.map((w, i): GateWord => {
      const norm = w.norm;
      const stem = contentStem(norm);
      const date = isDateName(norm) ? norm : null;
      const next = i + 1 < words.length ? words[i + 1]!.norm : '';
      const compound = next && LETTERS.test(norm) && LETTERS.test(next) ? contentStem(norm + next) : null;
      return {
        from: norm === 'from',
        stem,
        stemWindows: this.windows('c', stem),
        date,
        dateWindows: date === null ? null : this.windows('t', date),
        compound,
        compoundWindows: compound === null ? null : this.windows('c', compound),
      };
    });
    this.prepared.set(words, out);
    return out;
  }

  // The source windows (their centre sentences) that hold a term, as retrieval walks them.
  private windows(kind: 'c' | 't', term: string): Windows {
    const known = this.known[kind];
    let w = known.get(term);
    if (w !== undefined) return w;
    const key = fnv1a(`${kind}:${term}`);
    const df = postingCount(this.index.claimTerms, key);
    if (!df) w = 'nowhere';
    else if (df > MAX_LISTED) w = 'everywhere';
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

/** Where a term stands: in no window, in the windows listed, or counted as in every one. */
type Windows = 'nowhere' | 'everywhere' | Uint32Array;
/** A word as the gate reads it: its content stem, date name and compound with the next word, each with its windows. */
interface GateWord {
  from: boolean;
  stem: string;
  stemWindows: Windows;
  date: string | null;
  dateWindows: Windows | null;
  compound: string | null;
  compoundWindows: Windows | null;
}
type GateWords = readonly GateWord[];
/** Terms with more postings than this are counted as in every window, not listed: the gate's work stays bounded, its answer an upper bound. */
const MAX_LISTED = RETRIEVE.seedPostings;
const LETTERS = /^\p{L}+$/u;
/** Terms whose windows are remembered: a worker matches page after page against one index. */
const MEMO_TERMS = 10_000;
const gates = new WeakMap<ProvenanceIndex, ContentGate>();

/** The index's gate, made once: its answers are the index's and hold for every page. */
export function contentGate(index: ProvenanceIndex): ContentGate {
  let g = gates.get(index);
  if (!g) gates.set(index, (g = new ContentGate(index)));
  return g;
}
