import { collapseWhitespace } from '../text/normalize';

// Elements whose text forms one paragraph when they hold no further block.
const BLOCKS = new Set([
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'BR',
  'FORM',
  'FIELDSET',
  'NAV',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'CAPTION',
]);
// Headings, captions and the like are not paragraphs of the article's prose.
const NOT_PROSE = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION', 'SUMMARY', 'DT']);
// Never text of the article, wherever they sit.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);

/** One paragraph of an extracted article, with the text nodes it was read from. */
export interface ExtractedParagraph {
  text: string;
  /** The text nodes (in the tree the paragraph was read from) that make it up. */
  nodes: Node[];
}

/**
 * Splits an article's root element (Readability's output) into paragraphs:
 * each run of inline content between block boundaries is one paragraph, so
 * `<p>`s, list items, and text loose in a `<div>` all count, while headings
 * and captions do not. White space is collapsed.
 */
export function splitParagraphs(root: Element): ExtractedParagraph[] {
  const out: ExtractedParagraph[] = [];
  let run: Node[] = [];
  let runText = '';
  const flush = () => {
    const text = collapseWhitespace(runText);
    if (text) out.push({ text, nodes: run });
    run = [];
    runText = '';
  };
  // Iterative walk: a hostile page may nest elements thousands deep.
  const stack: Array<{ node: Node; exit: boolean; skipText: boolean }> = [{ node: root, exit: false, skipText: false }];
  while (stack.length) {
    const { node, exit, skipText } = stack.pop()!;
    if (node.nodeType === 3) {
      if (!skipText && node.nodeValue) {
        run.push(node);
        runText += node.nodeValue;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCKS.has(tag);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    const hide = skipText || NOT_PROSE.has(tag);
    stack.push({ node, exit: true, skipText: hide });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false, skipText: hide });
  }
  flush();
  return out;
}
