import type { ProvenanceIndex } from '../../index/model';
import { lookup, postingCount } from '../../index/posting-table';
import { contentTermKey, nameTermKey, type EntityPhrase } from '../reading/terms';
import { contentStem } from '../../text/stems';
import { nameIn, type NameSet } from '../verification/parts';
import { CLAIM_VERIFY } from '../verification/thresholds';
import { ruleOn } from '../rule-ids';
import { sentenceSource } from '../units/sentence-table';

/**
 * Names with more postings than this are not enumerated: such a name ("US"
 * in a large index) is counted as known to every source, which keeps the
 * test below an upper bound.
 */
const MAX_NAME_POSTINGS = 20_000;

/** Names whose sources are remembered at once: a worker matches page after page against one index. */
const MEMO_NAMES = 5_000;

/** Sources that mention a name: a set, or every source (a name too common to list). */
type Knowers = ReadonlySet<number> | 'all';

/**
 * Which indexed articles mention the names around a page sentence, read from
 * the index's name postings, without reading any article.
 *
 * The claim verifier turns a source down when the source article does not
 * mention enough of the names the page sentence is read against (another
 * war, another country's border: `CLAIM_VERIFY.minKnownShare`). Reading a
 * source article to learn its names would be the costliest step of
 * verification; the index already files every sentence under its names, so
 * the test is answered from the postings, before any source is read (and by
 * the verifier itself, through `namesOf`).
 */
export class NameKnowledge {
  private readonly cache = new Map<string, Knowers>();
  // Whether the index also files a name token as an ordinary word (a content stem): "office", not "pellman".
  private readonly ordinary = (name: string): boolean => postingCount(this.index.claimTerms, contentTermKey(contentStem(name))) > 0;
  /**
   * One source's names, as `nameIn` asks them, for the source set just
   * before asking: retrieval asks at every source it meets, and a new object
   * each time was a tenth of the claim tier's time on a 10,000-article index.
   */
  private probeSource = 0;
  private readonly probe: NameSet = { has: (name) => this.has(name, this.probeSource), ordinary: this.ordinary };

  constructor(private readonly index: ProvenanceIndex) {}

  /**
   * False where `source` cannot pass the verifier's known-names test for a
   * sentence read against `context` (`clause`: every name must be known).
   */
  mayKnow(context: readonly EntityPhrase[], source: number, clause: boolean): boolean {
    if (!ruleOn('other-story')) return true;
    if (!context.length) return false;
    let known = 0;
    for (const e of context) if (this.knows(e, source)) known++;
    const needed = clause ? context.length : CLAIM_VERIFY.minKnownShare * context.length;
    return known > 0 && known >= needed;
  }

  // The verifier's own test of a name, asked of the source article's names.
  private knows(e: EntityPhrase, source: number): boolean {
    this.probeSource = source;
    return nameIn(e, this.probe);
  }

  /** A source article's names, as the verifier asks them. */
  namesOf(source: number): NameSet {
    return { has: (name) => this.has(name, source), ordinary: this.ordinary };
  }

  /** Name tokens read from a source's sentences, asked as its article's names are (`ordinary` from the index). */
  nameSet(names: ReadonlySet<string>): NameSet {
    return { has: (name) => names.has(name), ordinary: this.ordinary };
  }

  /** Whether `source` mentions the name token (or role key) `name`. */
  has(name: string, source: number): boolean {
    const k = this.knowers(name);
    return k === 'all' || k.has(source);
  }

  private knowers(name: string): Knowers {
    let k = this.cache.get(name);
    if (k) return k;
    const key = nameTermKey(name);
    if (postingCount(this.index.claimTerms, key) > MAX_NAME_POSTINGS) k = 'all';
    else {
      const set = new Set<number>();
      for (const s of lookup(this.index.claimTerms, key)) set.add(sentenceSource(this.index, s));
      k = set;
    }
    if (this.cache.size >= MEMO_NAMES) this.cache.clear();
    this.cache.set(name, k);
    return k;
  }
}
