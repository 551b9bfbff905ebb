import { normalizeUrl } from '../match/match-page';
import { contentHash } from '../index/serialize';

/** A memory article's row id: one per address (`normalizeUrl`), so a page read again replaces its entry. */
export const memoryArticleId = (url: string): string => `m-${contentHash(normalizeUrl(url))}`;
