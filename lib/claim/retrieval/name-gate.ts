import type { ProvenanceIndex } from '../../index/model';
import { postingCount } from '../../index/posting-table';
import { foldWord } from '../../text/normalize';
import { canonicalName, PHRASE_ALIAS_NAMES, phraseAlias, ROLES } from '../../text/aliases';
import { nameTermKey } from '../reading/terms';
import { forEachCapitalised } from '../../text/word-scan';

const ROLE = new RegExp(`\\b(?:${ROLES.map((r) => r.words.join('\\s+')).join('|')})\\b`, 'i');
const ALIAS_PHRASE = new RegExp(`\\b(?:${PHRASE_ALIAS_NAMES.map((p) => p.split(' ').join('\\s+')).join('|')})\\b`, 'gi');

/** Whether a text names a role ("the first lady", "President") that its article may bind to a name. */
export function mentionsRole(text: string): boolean {
  return ROLE.test(text);
}

/**
 * Whether a paragraph may name anyone the index knows: a capitalised word
 * (as written, or as its canonical name), a phrase with an alias ("United
 * States" -> us), or a role ("the first lady", which the page may bind to a
 * name given elsewhere).
 *
 * The claim verifier needs at least one name around a page sentence (its
 * own, its paragraph's, or the previous paragraph's) that the source article
 * mentions. A paragraph where neither it nor the one before names anything
 * the index knows can match no claim, and reading it into claim features is
 * most of the claim tier's cost on a page about something else. This test
 * reads only capitals, with one regular expression, and asks the index once
 * per distinct word; it errs only towards yes (any capitalised word counts,
 * name or not).
 */
export class NameGate {
  /** Answers by name, and by capitalised word as written: the index's, so they hold for every page. */
  private readonly known = new Map<string, boolean>();
  private readonly written = new Map<string, boolean>();

  constructor(private readonly index: ProvenanceIndex) {}

  mayName(text: string): boolean {
    if (ROLE.test(text)) return true;
    // The words `claimWords` reads as capitalised, as it reads them: initialisms ("U.S." -> us), and
    // words with a capital first letter, cut at hyphens, with inner apostrophes kept and a possessive "'s" dropped.
    let named = false;
    forEachCapitalised(text, (start, end) => (named = this.names(text.slice(start, end))));
    if (named) return true;
    for (const m of text.matchAll(ALIAS_PHRASE)) {
      const alias = phraseAlias(foldWord(m[0].replace(/\s+/g, ' ')).split(' '));
      if (alias && this.has(alias)) return true;
    }
    return false;
  }

  // Whether a capitalised word, as written, is (or has as its canonical name) a name the index knows.
  private names(written: string): boolean {
    let k = this.written.get(written);
    if (k === undefined) {
      const word = written.endsWith('.') ? written.replace(/\./g, '').toLowerCase() : foldWord(written.replace(/['\u2019\u02bc]s$/i, ''));
      k = this.has(word) || this.has(canonicalName(word));
      remember(this.written, written, k);
    }
    return k;
  }

  private has(name: string): boolean {
    let k = this.known.get(name);
    if (k === undefined) {
      k = postingCount(this.index.claimTerms, nameTermKey(name)) > 0;
      remember(this.known, name, k);
    }
    return k;
  }
}

/** Words whose answers are remembered: a worker reads page after page against one index. */
const MEMO_WORDS = 10_000;
const remember = (memo: Map<string, boolean>, key: string, value: boolean) => {
  if (memo.size >= MEMO_WORDS) memo.clear();
  memo.set(key, value);
};
const gates = new WeakMap<ProvenanceIndex, NameGate>();

/** The index's name gate, made once: its answers are the index's and hold for every page. */
export function nameGate(index: ProvenanceIndex): NameGate {
  let g = gates.get(index);
  if (!g) gates.set(index, (g = new NameGate(index)));
  return g;
}
