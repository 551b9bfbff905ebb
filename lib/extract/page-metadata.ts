/** What a page's own markup says of the article: who published it, when, and where it lives. */
export interface PageMetadata {
  /** The outlet's name; else the address's host (without "www."); null where neither is known. */
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) of first publication, or null. */
  published: string | null;
  /** The article's canonical address (absolute http/https), else the address it was read from, or null. */
  url: string | null;
}

/** What Readability read of the page (its own fields), used where the markup above says nothing. */
export interface ReadabilityMetadata {
  siteName?: string | null;
  publishedTime?: string | null;
}

/**
 * Reads a page's metadata from its own markup, in order of trust: the
 * canonical link (then `og:url`, JSON-LD `url`) for the address; `og:site_name`,
 * JSON-LD `publisher`, Readability's site name, then the address's host for
 * the outlet; JSON-LD `datePublished`, `article:published_time`, then
 * Readability's date for the date. Pure: reads `doc` (test seam), changes nothing.
 */
export function pageMetadata(doc: Document, pageUrl: string | null = null, readability: ReadabilityMetadata = {}): PageMetadata {
  const ld = jsonLdArticles(doc);
  const url =
    absoluteUrl(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), pageUrl) ??
    absoluteUrl(metaContent(doc, 'og:url'), pageUrl) ??
    absoluteUrl(firstString(ld.map((o) => o['url'])), pageUrl) ??
    absoluteUrl(pageUrl, null);
  const outlet =
    clean(metaContent(doc, 'og:site_name')) ?? clean(firstString(ld.map((o) => nameOf(o['publisher'])))) ?? clean(readability.siteName) ?? hostOf(url);
  const published =
    isoDate(firstString(ld.map((o) => o['datePublished']))) ?? isoDate(metaContent(doc, 'article:published_time')) ?? isoDate(readability.publishedTime);
  return { outlet, published, url };
}

// <meta property="…"> or <meta name="…">: the first with content.
function metaContent(doc: Document, key: string): string | null {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const k = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    if (k === key) {
      const v = el.getAttribute('content')?.trim();
      if (v) return v;
    }
  }
  return null;
}

type LdObject = Record<string, unknown>;
const ARTICLE_TYPE = /article|posting|report/i;

// The JSON-LD objects that describe an article (any *Article, BlogPosting, Report), through arrays and @graph.
function jsonLdArticles(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as LdObject;
    const types = ([] as unknown[]).concat(o['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) out.push(o);
    visit(o['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return out;
}

// A publisher given as an organisation, a list of them, or a bare name.
function nameOf(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(nameOf).find((x) => typeof x === 'string');
  if (v && typeof v === 'object') return (v as LdObject)['name'];
  return v;
}

function firstString(values: readonly unknown[]): string | null {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return null;
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}

// The date as the outlet wrote it (its own calendar day), else a parsed date's UTC day.
function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(s);
  if (m) return m[1]!;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
