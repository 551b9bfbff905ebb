// `npx tsx scripts/measure-pipeline.ts [--rounds N] [--json out.json]`: part 1 of the bench alone
// (bench/results/README.md "What is measured" 1.), over every corpus page and the seed pages:
// the full pipeline against Readability alone, interleaved page by page.
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFolder } from '../lib/node/read-folder';
import { REPO_ROOT, readCorpusPages, sharedDir } from '../bench/lib/corpus';
import { seedPageHtml } from '../bench/lib/seed-pages';
import { benchPipeline, type BenchPage } from '../bench/lib/pipeline-bench';
import { machineInfo } from '../bench/lib/machine';
import { round } from '../bench/lib/stats';

// Even, so each side runs first on every page as often as second (bench/results/README.md, 1.).
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '4' }, json: { type: 'string' } } });
const rounds = Number(values.rounds);
const log = (s: string) => process.stderr.write(`${s}\n`);
const machine = machineInfo();
const shared = sharedDir();
const corpus = shared ? await readCorpusPages(shared) : [];
const seeds: BenchPage[] = (await readArticleFolder(join(REPO_ROOT, 'seeds'))).map(({ article }) =>
  seedPageHtml(article.id, readFileSync(join(REPO_ROOT, 'seeds', `${article.id}.txt`), 'utf8'), article.title),
);
log(`pipeline vs Readability alone: ${corpus.length + seeds.length} pages, 1 warm-up + ${rounds} rounds; load average ${machine.loadAverage}`);
const p = benchPipeline([...corpus, ...seeds], rounds, 1, () => {});
const out = {
  pages: p.pages,
  rounds,
  loadAverage: machine.loadAverage,
  medianRatio: round(p.medianRatio, 3),
  totalRatio: round(p.totalRatio, 3),
  p95Ratio: round(p.p95Ratio, 3),
  readabilityTotalMs: round(p.readability.totalMs, 0),
  pipelineTotalMs: round(p.pipeline.totalMs, 0),
};
console.log(JSON.stringify(out));
if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...out, perPage: p.perPage }, null, 2)}\n`);
