import type { ExtractedParagraph } from './paragraphs';
import { collapseWhitespace } from '../text/normalize';

/**
 * Pairs each text node of `clone` with the text node at the same place in
 * `live`. Call it right after `live.cloneNode(true)`, before Readability
 * rearranges the clone: Readability moves text nodes but keeps them, so the
 * pairs let an extracted paragraph find its element on the live page.
 */
export function pairTextNodes(live: Node, clone: Node): Map<Node, Node> {
  const pairs = new Map<Node, Node>();
  const stack: Array<[Node, Node]> = [[live, clone]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    if (a.nodeType === 3) {
      pairs.set(b, a);
      continue;
    }
    const ac = a.childNodes,
      bc = b.childNodes;
    const n = Math.min(ac.length, bc.length);
    for (let i = 0; i < n; i++) stack.push([ac[i]!, bc[i]!]);
  }
  return pairs;
}

const BLOCK = /^(P|LI|BLOCKQUOTE|PRE|DD|DIV|SECTION|ARTICLE|MAIN|TD|TH|FIGURE|BODY)$/;

/**
 * The live page's element for an extracted paragraph: the nearest block-level
 * element holding all of its text nodes; failing that (a page whose text nodes
 * Readability recreated), the first block whose text equals the paragraph's.
 */
export function liveElementFor(paragraph: ExtractedParagraph, pairs: Map<Node, Node>, liveDoc: Document): Element | null {
  const liveNodes = paragraph.nodes.map((n) => pairs.get(n)).filter((n): n is Node => !!n && n.isConnected);
  if (liveNodes.length) {
    let el: Element | null = liveNodes[0]!.parentElement;
    while (el && !liveNodes.every((n) => el!.contains(n))) el = el.parentElement;
    while (el && !BLOCK.test(el.tagName.toUpperCase())) el = el.parentElement;
    if (el && el !== liveDoc.body) return el;
  }
  return findByText(paragraph.text, liveDoc);
}

function findByText(text: string, doc: Document): Element | null {
  for (const el of Array.from(doc.querySelectorAll('p, li, blockquote, pre, dd, div'))) {
    if (collapseWhitespace(el.textContent ?? '') === text) return el;
  }
  return null;
}
