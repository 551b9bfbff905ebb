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
  // A walk by first child, next sibling and parent, without recursion (a hostile page may nest
  // elements thousands deep) and without listing any element's children (linkedom builds an array
  // for each `childNodes`). `hidden` counts the headings and captions the walk is inside.
  let hidden = 0;
  let node: Node = root;
  for (;;) {
    let child: Node | null = null;
    if (node.nodeType === 3) {
      if (!hidden && node.nodeValue) {
        run.push(node);
        runText += node.nodeValue;
      }
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (!SKIP.has(tag)) {
        const block = BLOCKS.has(tag);
        if (block) flush();
        child = node.firstChild;
        if (child && NOT_PROSE.has(tag)) hidden++;
        // An empty block ends where it starts.
        else if (!child && block) flush();
      }
    }
    if (child) {
      node = child;
      continue;
    }
    // Up to the nearest ancestor with a next sibling, leaving each element on the way.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      const tag = (node as Element).tagName.toUpperCase();
      if (BLOCKS.has(tag)) flush();
      if (NOT_PROSE.has(tag)) hidden--;
    }
    if (node === root) break;
    node = node.nextSibling!;
  }
  flush();
  return out;
}
