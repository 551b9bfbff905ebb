import type { ArticleInput, SourceMeta } from '../../lib/index/model';

/** An article to index: its outlet is its id, no date, title or address unless given. */
export function article(id: string, paragraphs: string[], meta: Partial<SourceMeta> = {}): ArticleInput {
  return { id, outlet: id, published: null, title: null, url: null, paragraphs, ...meta };
}
