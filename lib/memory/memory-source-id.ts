// The memory's source ids, read without the matcher: the content script's card imports this.

/**
 * The source id a memory article carries in the index: its row id and the day
 * it was read, so the popup and the card can say "read on <date>" from the
 * report alone (the index's source records have no field for it).
 */
export const memorySourceId = (articleId: string, readAt: number): string => `${articleId}@${new Date(readAt).toISOString().slice(0, 10)}`;

/** The day (YYYY-MM-DD) a memory source was read, from its source id; null for any other source. */
export function memoryReadDate(sourceId: string): string | null {
  return /^m-[0-9a-f]{16}@(\d{4}-\d{2}-\d{2})$/.exec(sourceId)?.[1] ?? null;
}

/** The row id a memory source id names (its part before the read date). */
export const memoryArticleIdOf = (sourceId: string): string => sourceId.split('@', 1)[0]!;
