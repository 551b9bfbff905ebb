import { describe, expect, it } from 'vitest';
import { preparePageParagraph, tokenRange } from '../../../lib/match/page-paragraph';
import { tokenize } from '../../../lib/text/tokenize';
import { sentenceSpans } from '../../../lib/text/sentences';
import { fingerprints } from '../../../lib/match/fingerprint';

const TEXT = 'The river crested at 6.8 metres on Tuesday. Front-line crews, says Mayor Okafor’s office, held 77,000 sandbags.';

describe('preparePageParagraph', () => {
  it('gives the word count, fingerprints, tokens and sentences that tokenize, fingerprints and sentenceSpans give, however they are asked for', () => {
    const first = preparePageParagraph(3, TEXT);
    expect(first.wordCount).toBe(tokenize(TEXT).length);
    expect(first.fingerprints).toEqual(fingerprints(tokenize(TEXT).map((t) => t.norm)));
    expect(first.tokens).toEqual(tokenize(TEXT));
    expect(first.sentences).toEqual(sentenceSpans(TEXT));
    // Asked in the other order, and twice: the same, and read once.
    const second = preparePageParagraph(3, TEXT);
    expect(second.sentences).toEqual(sentenceSpans(TEXT));
    expect(second.tokens).toBe(second.tokens);
    expect(second.index).toBe(3);
    expect(second.quotes).toEqual([]);
  });

  it('finds the tokens of a span', () => {
    const par = preparePageParagraph(0, TEXT);
    const [from, to] = tokenRange(par.tokens, par.sentences[0]!);
    expect(par.tokens.slice(from, to).map((t) => t.norm)).toEqual(['the', 'river', 'crested', 'at', '6.8', 'metres', 'on', 'tuesday']);
  });
});
