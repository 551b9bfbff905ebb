import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../lib/node/parse-html';
import { commonAncestor, isRelevantMutation } from '../../../lib/content/mutation-filter';

const doc = parseHtmlDocument(
  '<html><body><header id="h">12:00</header><main id="m"><p id="a">A</p><p id="b">B</p></main><aside id="ad"></aside></body></html>',
);
const $ = (id: string) => doc.getElementById(id)!;
const marker = doc.createElement('provenance-lens-marker');
const ours = (n: Node) => n.nodeType === 1 && (n as Element).localName === 'provenance-lens-marker';
const record = (target: Node, added: Node[] = [], removed: Node[] = [], type: MutationRecordType = 'childList') =>
  ({ type, target, addedNodes: added, removedNodes: removed }) as unknown as MutationRecord;

describe('isRelevantMutation', () => {
  it('ignores our own markers coming and going', () => {
    expect(isRelevantMutation([record($('a'), [marker]), record($('b'), [], [marker])], ours, $('m'))).toBe(false);
  });

  it('ignores changes outside the article (a clock, an advert)', () => {
    expect(isRelevantMutation([record($('h'), [], [], 'characterData'), record($('ad'), [doc.createElement('iframe')])], ours, $('m'))).toBe(false);
  });

  it('notices changes inside the article', () => {
    expect(isRelevantMutation([record($('a'), [doc.createTextNode('more')])], ours, $('m'))).toBe(true);
  });

  it('notices anything while no article is known, and an article that left the page', () => {
    expect(isRelevantMutation([record($('h'), [], [], 'characterData')], ours, null)).toBe(true);
    expect(isRelevantMutation([], ours, doc.createElement('main'))).toBe(true);
  });
});

describe('commonAncestor', () => {
  it('is the nearest element holding them all', () => {
    expect(commonAncestor([$('a'), null, $('b')])).toBe($('m'));
    expect(commonAncestor([$('a')])).toBe($('a'));
    expect(commonAncestor([$('a'), $('h')])).toBe(doc.body);
    expect(commonAncestor([null])).toBeNull();
  });
});
