/** What identifies one analysis: the page's address, its extracted text, and the index and code that matched it. */
export interface CacheKeyInput {
  url: string;
  title: string | null;
  paragraphs: readonly string[];
  /** The index's and the matcher's version together (`resultsVersion`); the stored column keeps its first name. */
  indexVersion: string;
}

/** The parts of a cache key, and the key itself. */
export interface CacheKey {
  key: string;
  url: string;
  textHash: string;
  indexVersion: string;
}

/**
 * SHA-256 (Web Crypto, in the service worker and in Node alike) of the
 * article's title and paragraphs. Any change of text gives a new key; equal
 * text gives the same key whatever the page's markup around it.
 */
export async function textHash(title: string | null, paragraphs: readonly string[]): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify([title, paragraphs]));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The key a page's result is stored under: `${indexVersion}:${textHash}:${url}`. */
export async function cacheKey(input: CacheKeyInput): Promise<CacheKey> {
  const hash = await textHash(input.title, input.paragraphs);
  return { key: `${input.indexVersion}:${hash}:${input.url}`, url: input.url, textHash: hash, indexVersion: input.indexVersion };
}
