import { normalizeUrl } from '../index/source-keys';
import { contentHash } from '../index/serialize';

/** A memory article's row id: one per address (`normalizeUrl`), so a page read again replaces its entry. */
export const memoryArticleId = (url: string): string => `m-${contentHash(normalizeUrl(url))}`;
