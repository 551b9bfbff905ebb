/**
 * Thresholds of the claim verifier, each set with `npm run bench:accuracy`
 * (values tried and what each did: docs/claim-rules.md). Weights are shares
 * of a page sentence's information, or multiples of an unseen word's weight.
 */
export const CLAIM_VERIFY = {
  /** Content words (or dates) both sides must share: the same names with another predicate are another fact. */
  minContent: 2,
  /** Share of the page sentence's information the source must state, where nothing anchors the pair. */
  minScore: 0.35,
  /** That share where a figure, a date, a specific name or a phrase anchors the pair (`anchored-bar`). */
  anchoredScore: 0.25,
  /** Content words following each other in both sentences that anchor a pair (`phrase-anchor`). */
  anchorPhrase: 2,
  /** Least weight of a shared name that anchors a pair (as a share of an unseen word's). */
  anchorName: 0.3,
  /** Where the same count of the same thing agrees, the share and evidence needed are this fraction (`figure-relief`). */
  numberRelief: 0.5,
  /** Least information the two must share, in unseen words: two common words are no fact in common. */
  minEvidence: 0.8,
  /** Weight from which a name the source does not give makes the fact another (`rare-name-missing`). */
  rareName: 0.8,
  /** Least share of the source passage's own information the page states (`source-mostly-else`). */
  minSourceShare: 0.05,
  /** Share of the names around the page sentence the source article must mention (`other-story`). */
  minKnownShare: 0.5,
  /** Content words in common for a fact stated in passing (`broad-agreement`). */
  broadContent: 4,
  /** The least share for a broad agreement. */
  broadScore: 0.15,
  /** The least evidence for a broad agreement. */
  broadEvidence: 1.0,
  /** Weight from which a missing name, or an unmatched counted figure, forbids a broad agreement. */
  broadName: 0.5,
  /** Weight from which a first name counts as the actor of a fact (`actor-swapped`). */
  swappedName: 0.6,
};

/** The names a page sentence is read against: at least this many are gathered from around it. */
export const CONTEXT_NAMES = 2;

/** A key no index holds: weighs as a word found nowhere, the most specific there is. */
export const UNSEEN = '\u0000';
