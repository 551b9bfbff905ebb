import { article as articleOf } from './article';
import type { ArticleInput } from '../../lib/index/model';
import { syntheticArticles, templatePool } from '../../bench/lib/synthetic-corpus';
import { readSeeds } from './seeds';
import { SMALL_ARTICLES } from './small-articles';

const article = (id: string, outlet: string | null, paragraphs: string[]): ArticleInput => articleOf(id, paragraphs, { outlet });

// Seeds, small stories, synthetic articles recombined from the seeds, and what
// the builder learns across articles: an outlet's furniture spread over the
// runs, a word that is a name in one article and not in another, a compound.
export async function builderCorpus(): Promise<ArticleInput[]> {
  const seeds = (await readSeeds()).map((r) => r.article);
  const synthetic = syntheticArticles(templatePool(seeds.map((s) => s.paragraphs)), { articles: 40, seed: 7, paragraphReuse: 0.2, articleReuse: 0.1 });
  const boiler = 'Every article of this outlet ends with this same long standing sentence about its editorial standards and corrections policy.';
  const spread = ['a', 'm', 's', 'z'].map((c, i) =>
    article(`${c}-furniture-${i}`, 'Outlet F', [`Story ${i} is about the Harbour board and its back channel talks.`, boiler]),
  );
  const lexicon = [
    article('b-lexicon', null, ['The backchannel was open, said Harbour.', 'Officials met Harbour on Friday in Oslo.']),
    article('y-lexicon', 'Outlet L', ['The harbour froze; a back channel to Oslo stayed open, Prime Minister Jonas Dale said.']),
  ];
  return [...seeds, ...SMALL_ARTICLES, ...synthetic, ...spread, ...lexicon];
}
