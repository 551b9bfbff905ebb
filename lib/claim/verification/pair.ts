import { ROUTE_MARK, type ClaimFeatures, type ClaimNumber, type EntityPhrase } from '../reading/terms';
import { ruleOn, type RuleId } from '../rule-ids';
import { neighbourNegation, partitiveTotal, wholeSourceStated, widerPlaceGiven, writtenLowerCase } from './checks';
import { firstActor, type ArticleLede, nameIn, namesOf, nameWeight, sameHead, share, sharesPhrase, weightOf, type SourceClaim, type Weigh } from './parts';
import { CLAIM_VERIFY, UNSEEN } from './thresholds';

/** What the page sentence is, where it is more than a sentence read whole. */
export interface VerifyAs {
  /** Cut from a longer sentence: every name of its sentence must be the source's. */
  clause?: boolean;
  /** The source is a whole article (a headline's check): how much of it the page states is not asked. */
  wholeArticle?: boolean;
  /** The sentence names no one: its names are its context's, read more strictly (`nameless-needs-phrase`). */
  namesFromContext?: boolean;
  /** A clause's whole sentence's figures (`sentence-count-conflict`: the clause's fact is its sentence's event). */
  sentenceNumbers?: readonly ClaimNumber[];
  /** The page sentence is a question ("…, painful for whom?"): it states nothing (`question-not-claim`). */
  question?: boolean;
  /** The page's lede: which event the page reports (`event-identity`). */
  pageLede?: ArticleLede;
}

/**
 * A page sentence and a source passage as the rules read them: what they
 * share, what the page gives that the source does not, and what the share
 * of information comes to. Each part is computed when a rule first asks.
 */
export class ClaimPair {
  readonly src: ClaimFeatures;
  readonly clause: boolean;
  readonly wholeArticle: boolean;
  readonly namesFromContext: boolean;
  readonly sentenceNumbers: readonly ClaimNumber[];
  readonly pageLede: ArticleLede | undefined;
  readonly question: boolean;
  private memo = new Map<string, unknown>();

  constructor(
    readonly page: ClaimFeatures,
    readonly context: readonly EntityPhrase[],
    readonly source: SourceClaim,
    readonly weigh: Weigh,
    as: VerifyAs,
  ) {
    this.src = source.features;
    this.clause = as.clause ?? false;
    this.wholeArticle = as.wholeArticle ?? false;
    this.namesFromContext = as.namesFromContext ?? false;
    this.sentenceNumbers = as.sentenceNumbers ?? [];
    this.pageLede = as.pageLede;
    this.question = as.question ?? false;
  }

  private once<T>(key: string, make: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = make();
    this.memo.set(key, v);
    return v;
  }

  /** Whether an easing rule is in force. */
  eased(id: RuleId): boolean {
    return ruleOn(id);
  }

  /** The weight of a word found nowhere in the index. */
  get unseen(): number {
    return this.once('unseen', () => this.weigh(UNSEEN));
  }

  /** The page's figures the source states of the same thing (or of nothing named). */
  get numbers(): ClaimNumber[] {
    return this.once('numbers', () => this.page.numbers.filter((n) => this.src.numbers.some((m) => m.key === n.key && sameHead(n, m))));
  }

  /** The page's figures that are its own fact: not a total a part is taken from (`partitive-total`). */
  get stated(): ClaimNumber[] {
    return this.once('stated', () => this.page.numbers.filter((n) => !(this.eased('partitive-total') && partitiveTotal(this, n))));
  }

  get sourceContent(): ReadonlySet<string> {
    return this.once('sourceContent', () => new Set(this.src.content));
  }

  /** Content stems both state (`neighbour-negation`: not a neighbour's word negated on one side only). */
  get shared(): string[] {
    return this.once('shared', () =>
      this.page.content.filter((c) => this.sourceContent.has(c) && !(this.eased('neighbour-negation') && neighbourNegation(this, c))),
    );
  }

  /** The page states all of the source sentence (`whole-source-stated`): asked by two rules, read once. */
  get wholeSourceStated(): boolean {
    return this.once('wholeSourceStated', () => wholeSourceStated(this));
  }

  /** Dates both name. */
  get dates(): string[] {
    return this.once('dates', () => this.page.dates.filter((d) => this.src.dates.includes(d)));
  }

  /** The page sentence's names that the source passage gives. */
  get names(): EntityPhrase[] {
    return this.once('names', () => this.page.entities.filter((e) => nameIn(e, this.source.nearbyNames)));
  }

  /** The page sentence's names the source passage does not give, as the easing rules read "not given". */
  get missingNames(): EntityPhrase[] {
    return this.once('missing', () =>
      this.page.entities.filter(
        (e) =>
          !this.names.includes(e) && !(this.eased('wider-place') && widerPlaceGiven(this, e)) && !(this.eased('lowercase-name') && writtenLowerCase(this, e)),
      ),
    );
  }

  /** Whether a name is at least `threshold` as specific as an unseen word. */
  specific(e: EntityPhrase | undefined, threshold: number): e is EntityPhrase {
    return !!e && nameWeight(e, this.weigh) >= threshold * this.unseen;
  }

  /** The page sentence's first name, its actor as a rule. */
  get actor(): EntityPhrase | undefined {
    return firstActor(this.page);
  }

  /** The source sentence's own first name; where it names no one but by a role, its window's. */
  get sourceActor(): EntityPhrase | undefined {
    return (this.source.own && firstActor(this.source.own)) ?? firstActor(this.src);
  }

  /** Name tokens of the page sentence and its context. */
  get pageNames(): Set<string> {
    return this.once('pageNames', () => {
      const names = namesOf([this.page]);
      for (const e of this.context) for (const t of e.tokens) names.add(t);
      return names;
    });
  }

  /** The same count of the same thing: both name what it counts, or the figure carries its unit. */
  sameCount(n: ClaimNumber): boolean {
    return /^[ad~]/.test(n.key) || (!!n.head && this.src.numbers.some((m) => m.key === n.key && m.head === n.head));
  }

  /** Whether a figure agrees as the same count of the same thing. */
  get countAgrees(): boolean {
    return this.once('countAgrees', () => this.numbers.some((n) => this.sameCount(n)));
  }

  /** Specific names, and counted figures, of the page that the source does not give: no broad agreement with any. */
  get specificMissing(): number {
    return this.once('specificMissing', () => this.missingNames.filter((e) => this.specific(e, CLAIM_VERIFY.broadName)).length);
  }

  get unmatchedFigures(): number {
    return this.once('unmatchedFigures', () => this.stated.filter((n) => !this.numbers.includes(n) && (n.head !== null || /^[ad]/.test(n.key))).length);
  }

  /** Shared information, weighed. */
  get matched(): number {
    return this.once('matched', () => weightOf({ content: this.shared, numbers: this.numbers.map((n) => n.key), entities: [], dates: this.dates }, this.weigh));
  }

  /** Shared information as a share of the page sentence's, with the names the source does not give. */
  get score(): number {
    return this.once('score', () =>
      share(
        this.matched,
        weightOf({ content: this.page.content, numbers: this.stated.map((n) => n.key), entities: this.missingNames, dates: this.page.dates }, this.weigh),
      ),
    );
  }

  /** Shared information in unseen words. */
  get evidence(): number {
    return this.matched / this.unseen;
  }

  /** How much of the source passage the page sentence (with its names around it) states. */
  get sourceCoverage(): number {
    return this.once('coverage', () => {
      const src = this.src;
      const page = this.page;
      const content = new Set(page.content);
      return share(
        weightOf(
          {
            content: src.content.filter((c) => content.has(c)),
            numbers: src.numbers.filter((n) => page.numbers.some((m) => m.key === n.key && sameHead(n, m))).map((n) => n.key),
            entities: [],
            dates: src.dates.filter((d) => page.dates.includes(d)),
          },
          this.weigh,
        ),
        weightOf({ content: src.content, numbers: src.numbers.map((n) => n.key), entities: [], dates: src.dates }, this.weigh),
      );
    });
  }

  /** Whether two content words follow each other in both. */
  get phrase(): boolean {
    return this.once('phrase', () => sharesPhrase(this.page.content, this.src.content));
  }

  /** The content words shared with the source sentence itself, not its neighbours. */
  get sharedOwn(): number {
    return this.once('sharedOwn', () => {
      const own = this.source.own ? new Set(this.source.own.content) : this.sourceContent;
      return this.shared.filter((c) => own.has(c)).length;
    });
  }

  /** The route terms of the page the source states the other way. */
  get reversedRoutes(): string[] {
    return this.once('routes', () =>
      this.page.content.filter(
        (c) => c.includes(ROUTE_MARK) && !this.sourceContent.has(c) && this.sourceContent.has(c.split(ROUTE_MARK).reverse().join(ROUTE_MARK)),
      ),
    );
  }

  /** The fraction of the usual share and evidence needed (`figure-relief`). */
  get relief(): number {
    return this.eased('figure-relief') && this.countAgrees ? CLAIM_VERIFY.numberRelief : 1;
  }

  /** A figure, a date with content words, or a specific name in common anchors the pair (`anchored-bar`). */
  get anchoredByTerm(): boolean {
    return this.once(
      'anchoredByTerm',
      () =>
        this.countAgrees ||
        (this.dates.length > 0 && this.shared.length >= CLAIM_VERIFY.minContent) ||
        this.names.some((e) => this.specific(e, CLAIM_VERIFY.anchorName)),
    );
  }

  /** A phrase in common anchors the pair, where no specific name is missing (`phrase-anchor`); a nameless sentence was let through only with one. */
  get anchoredByPhrase(): boolean {
    return this.once('anchoredByPhrase', () => this.specificMissing === 0 && (this.namesFromContext || this.phrase));
  }

  /** The share needed: lower where anchored, lower still where a figure agrees (the lower of the two, not both). */
  get minScore(): number {
    const anchored = (this.eased('anchored-bar') && this.anchoredByTerm) || (this.eased('phrase-anchor') && this.anchoredByPhrase);
    return anchored ? Math.min(CLAIM_VERIFY.anchoredScore, CLAIM_VERIFY.minScore * this.relief) : CLAIM_VERIFY.minScore * this.relief;
  }

  /** A fact stated in passing, by the source sentence's own words (`broad-agreement`); not for a sentence that names no one. */
  get broadAgreement(): boolean {
    return this.once(
      'broadAgreement',
      () =>
        !this.namesFromContext &&
        this.sharedOwn >= CLAIM_VERIFY.broadContent - 1 &&
        isBroadAgreement(this.shared.length, this.score, this.evidence, this.specificMissing + this.unmatchedFigures),
    );
  }

  /** Whether the broad agreement's bar is the pair's. */
  get broad(): boolean {
    return this.eased('broad-agreement') && this.broadAgreement;
  }
}

/**
 * A long sentence that states the source's fact among others shares only a
 * small part of its information, yet many of its words: with `broadContent`
 * words and `broadEvidence` in common, and nothing specific missing
 * (`specificMissing`), a share of `broadScore` is enough.
 */
export function isBroadAgreement(shared: number, score: number, evidence: number, specificMissing: number): boolean {
  return shared >= CLAIM_VERIFY.broadContent && score >= CLAIM_VERIFY.broadScore && evidence >= CLAIM_VERIFY.broadEvidence && specificMissing === 0;
}
