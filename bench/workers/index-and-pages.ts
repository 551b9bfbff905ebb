// The arguments of the workers that match pages against an index file
// (load-index.ts, match-index.ts): `--index FILE --pages FILE`.
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import type { PageInput } from '../../lib/match/match-page';

/** A page prepared for matching, as index-scaling.ts writes it. */
export interface MatchPageInput extends PageInput {
  slug: string;
}

/** The index file's path (each worker reads and times it its own way) and the pages, from the command line. */
export async function indexAndPages(worker: string): Promise<{ indexFile: string; pages: MatchPageInput[] }> {
  const { values } = parseArgs({ options: { index: { type: 'string' }, pages: { type: 'string' } } });
  if (!values.index || !values.pages) throw new Error(`usage: ${worker} --index FILE --pages FILE`);
  return { indexFile: values.index, pages: JSON.parse(await readFile(values.pages, 'utf8')) as MatchPageInput[] };
}
