import { collapseWhitespace, foldWord } from '../text/normalize';

/**
 * Page furniture: text on a news page that is not the article. It must never
 * be indexed and never match on the page read. Each rule names what it drops,
 * so tests and the index report can say why a line went.
 */
export interface FurnitureRule {
  what: string;
  test: RegExp;
}

/** Paragraphs that are furniture wherever they stand. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    what: 'page-not-found banner',
    test: /^(sorry!*|error!?|oops!?)$|page you (were|are) looking for (doesn.?t|does not|could not|cannot)|^(404|page not found)\b/i,
  },
  {
    what: 'date banner',
    test: /^((mon|tues|wednes|thurs|fri|satur|sun)day,? )?(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?( \d{1,2})?,? \d{4}( \d{1,2}:\d{2}( ?[ap]m)?)?$/i,
  },
  { what: 'capture header', test: /^date \d{4}-\d{2}-\d{2}( \d{3})?$|^\d{3}$/i },
  { what: 'weather widget', test: /-?\d+(\.\d+)? ?°[CF]\b|^(condition|humidity|wind( speed)?|pressure|visibility|feels like|uv index): /i },
  { what: 'location line', test: /^[\p{Lu}][\p{L}.' -]{1,30}, [\p{Lu}]{2,3}$/u },
  {
    what: 'legal disclaimer',
    test: /^legal disclaimer:?$|provides? (the|this) information .{0,3}as is.{0,3} without warranty|do(es)? not accept any responsibility or liability for the accuracy/i,
  },
  {
    what: '"most popular" list',
    test: /^(most (popular|read|viewed|shared)( stories| articles| now)?|trending( now| stories)?|related (stories|articles|posts)|recommended( for you| stories)?|read more|more from [\p{L} ]+|you may also like|market research):?$/iu,
  },
  { what: 'link-list item', test: /^[-•·*] .{3,160}$/ },
  {
    what: 'donation appeal',
    test: /^support (the |our )?[\p{Lu}][\p{L} ’'.]+!?$|^a message from [^.]{2,60}:?$|^dear readers,?$|please support us|your support,? no matter how small|every contribution makes|by supporting [\p{Lu}][\p{L} ]+,? you.re|^not ready to support today\??$|^remind me later\.?$|^(once|monthly|annual|yearly|continue|donate( now)?|pa[iy]ment methods)$|is free thanks to our sponsors|support of our (distinguished )?(partners|patrons|readers)/iu,
  },
  {
    what: 'newsletter box',
    test: /^sign up (for|to) (our |the )?[\p{L} ]*newsletters?|^(newsletter|subscribe( now)?|subscribe to our newsletter)$|newsletter contains a hand-?picked|you will receive it in your (mailbox|inbox)|subscribers? agrees? to the privacy policy|^subscribe to receive|subscribing ensures uninterrupted access|never miss the latest news/iu,
  },
  {
    what: 'cookie notice',
    test: /^privacy (overview|& cookie notice|and cookie notice|policy|settings)$|this (web)?site uses cookies|cookies are small text files|general data protection regulation|withdraw your consent|cookie (settings|preferences|policy)/i,
  },
  {
    what: 'author bio',
    test: /^[\p{Lu}]{1,5} staff writers?$|^writers at [\p{Lu}][\p{L}’' ]+ come from|^about the author$|^[\p{Lu}][\p{L}’' ]+ staff writers? (is|are) /iu,
  },
  {
    what: 'photo credit',
    test: /^[\p{L}\p{N}_.-]+( [\p{L}\p{N}_.-]+){0,3} ?\/ ?(instagram|twitter|x|facebook|reuters|ap|afp|getty images|epa|tass|ria novosti|shutterstock|kremlin\.ru|unsplash|wikimedia commons)$/iu,
  },
  {
    what: 'comments and sharing widgets',
    test: /^(comments?( ?no comments?)?|no comments?|categories|follow( us)?|share( this)?|tweet|print|email|tags?:?|advertisement|ad|sponsored|preview)$/i,
  },
];

/**
 * Markers after which a raw capture holds nothing but furniture: what follows
 * a legal disclaimer, a "most popular" list, an author bio or a donation
 * appeal is never the article.
 */
export const END_OF_ARTICLE: RegExp =
  /^legal disclaimer:?$|^most (popular|read|viewed)( stories| articles)?:?$|^[\p{Lu}]{1,5} staff writers?$|^a message from [^.]{2,60}:?$|^privacy overview$|^comments?( ?no comments?)?$/iu;

/** Why a paragraph is furniture, or null where it may be article text. */
export function furnitureReason(paragraph: string): string | null {
  const text = collapseWhitespace(paragraph);
  if (!text) return 'empty';
  for (const rule of FURNITURE_RULES) if (rule.test.test(text)) return rule.what;
  return null;
}

// A capture header glued to the first line of text: " date 2025-10-10 First lady ..."
const CAPTURE_HEADER_PREFIX = /^\s*date \d{4}-\d{2}-\d{2}(?: \d{3})?\s+(?=\S)/i;

/** A paragraph kept as article text, with where it stood in the input. */
export interface KeptParagraph {
  text: string;
  /** Position of the paragraph in the input (for a .txt capture, its line index). */
  at: number;
}

/** A paragraph dropped as furniture, and why. */
export interface DroppedParagraph extends KeptParagraph {
  why: string;
}

/** The result of cleaning one article's paragraphs. */
export interface CleanedArticle {
  kept: KeptParagraph[];
  dropped: DroppedParagraph[];
}

/**
 * Removes furniture from a raw capture's paragraphs: capture headers, the rules
 * above, everything after an end-of-article marker (once some article text
 * has been seen), and a body repeated a second time.
 */
export function removeFurniture(paragraphs: readonly string[]): CleanedArticle {
  const kept: KeptParagraph[] = [];
  const dropped: DroppedParagraph[] = [];
  const seen = new Set<string>();
  let articleWords = 0;
  let ended = false;
  paragraphs.forEach((raw, at) => {
    let text = collapseWhitespace(raw);
    // A header alone on its line is dropped whole; glued to text, only it goes.
    if (!furnitureReason(text)) text = collapseWhitespace(text.replace(CAPTURE_HEADER_PREFIX, ''));
    if (!text) return;
    if (ended) return void dropped.push({ text, at, why: 'after end of article' });
    if (articleWords >= 50 && END_OF_ARTICLE.test(text)) {
      ended = true;
      return void dropped.push({ text, at, why: 'end of article' });
    }
    const why = furnitureReason(text);
    if (why) return void dropped.push({ text, at, why });
    const key = text.split(' ').map(foldWord).join(' ');
    if (seen.has(key)) return void dropped.push({ text, at, why: 'repeated body' });
    seen.add(key);
    text = text.trim();
    kept.push({ text, at });
    articleWords += text.split(' ').length;
  });
  return { kept, dropped };
}
