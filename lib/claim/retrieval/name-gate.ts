import type { ProvenanceIndex } from '../../index/model';
import { postingCount } from '../../index/posting-table';
import { foldWord } from '../../text/normalize';
import { canonicalName, PHRASE_ALIAS_NAMES, phraseAlias, ROLES } from '../../text/aliases';
import { nameTermKey } from '../reading/terms';

// The words `claimWords` reads as capitalised, as it reads them: initialisms
// ("U.S." -> us), and words with a capital first letter, cut at hyphens, with
// inner apostrophes kept and a possessive "'s" dropped.
const CAPITALISED = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}]*(?:['\u2019\u02bc][\p{L}\p{N}]+)*/gu;
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
  private readonly known = new Map<string, boolean>();

  constructor(private readonly index: ProvenanceIndex) {}

  mayName(text: string): boolean {
    if (ROLE.test(text)) return true;
    for (const m of text.matchAll(CAPITALISED)) {
      const word = m[0].endsWith('.') ? m[0].replace(/\./g, '').toLowerCase() : foldWord(m[0].replace(/['\u2019\u02bc]s$/i, ''));
      if (this.has(word) || this.has(canonicalName(word))) return true;
    }
    for (const m of text.matchAll(ALIAS_PHRASE)) {
      const alias = phraseAlias(foldWord(m[0].replace(/\s+/g, ' ')).split(' '));
      if (alias && this.has(alias)) return true;
    }
    return false;
  }

  private has(name: string): boolean {
    let k = this.known.get(name);
    if (k === undefined) {
      k = postingCount(this.index.claimTerms, nameTermKey(name)) > 0;
      this.known.set(name, k);
    }
    return k;
  }
}
