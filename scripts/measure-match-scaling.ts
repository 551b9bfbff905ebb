// `npx tsx scripts/measure-match-scaling.ts [--sizes 1000,100000] [--dir /tmp/plx-scaling] [--rebuild] [--runs N] [--profile FILE]`
// Bench part 2's matching alone, for iterating on match cost: builds the
// synthetic indexes once (bench/workers/build-index.ts, cached in --dir by
// size and index version), then per size, in a fresh process, times each page
// (first visit, all tiers; and passage+quote alone) and prints medians and the
// ratio of the largest size to the smallest over the same pages. With --runs N, each
// page's times are the medians of N fresh processes, as the bench takes them.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleFolder } from '../lib/node/read-folder';
import { INDEX_FORMAT } from '../lib/index/model';
import { REPO_ROOT, articleParagraphs, readCorpusPages, sharedDir } from '../bench/lib/corpus';
import { seedPageHtml } from '../bench/lib/seed-pages';
import { extractForMatching } from '../bench/lib/pipeline-sides';
import { budgetOrder, type BuildReport } from '../bench/lib/index-scaling';
import { runWorker, streamWorker } from '../bench/lib/worker';
import { median, p95 } from '../bench/lib/stats';
import type { PageTiming } from './measure-match-worker';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,100000' },
    dir: { type: 'string', default: '/tmp/plx-scaling' },
    rebuild: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    profile: { type: 'string' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const dir = values.dir!;
mkdirSync(dir, { recursive: true });
const log = (s: string) => process.stderr.write(`${s}\n`);

// The bench's pages and templates: half the corpus lends paragraphs, the other half and the seeds are matched.
const templatesFile = join(dir, 'templates.json');
const pagesFile = join(dir, 'pages.json');
if (!existsSync(pagesFile) || values.rebuild) {
  const shared = sharedDir();
  if (!shared) throw new Error('no corpus (../shared/corpus/readability-test-pages)');
  const corpus = await readCorpusPages(shared);
  const seedPages = (await readArticleFolder(join(REPO_ROOT, 'seeds'))).map(({ article }) =>
    seedPageHtml(article.id, readFileSync(join(REPO_ROOT, 'seeds', `${article.id}.txt`), 'utf8'), article.title),
  );
  writeFileSync(templatesFile, JSON.stringify(corpus.filter((_, i) => i % 2 === 0).map((p) => articleParagraphs(p))));
  const pages = [...corpus.filter((_, i) => i % 2 === 1), ...seedPages].map((p) => ({ slug: p.slug, ...extractForMatching(p.html, p.url) }));
  writeFileSync(pagesFile, JSON.stringify(budgetOrder(pages)));
}

const BUILD_WORKER = fileURLToPath(new URL('../bench/workers/build-index.ts', import.meta.url));
const MATCH_WORKER = fileURLToPath(new URL('./measure-match-worker.ts', import.meta.url));
const results: { size: number; pages: PageTiming[]; bytesPerArticle: number }[] = [];
for (const size of sizes) {
  const file = join(dir, `index-${size}-v${INDEX_FORMAT}.plix`);
  const reportFile = `${file}.json`;
  if (!existsSync(file) || values.rebuild) {
    log(`building ${size} articles...`);
    const build = await runWorker<BuildReport>(BUILD_WORKER, ['--size', String(size), '--templates', templatesFile, '--out', file], {
      nodeArgs: ['--max-old-space-size=16384'],
    });
    writeFileSync(reportFile, JSON.stringify(build));
  }
  const build = JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;
  const args = ['--index', file, '--pages', pagesFile, ...(values.profile ? ['--profile', `${values.profile}-${size}.cpuprofile`] : [])];
  const runs: PageTiming[][] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    const timings: PageTiming[] = [];
    await streamWorker(MATCH_WORKER, args, (r) => timings.push(r as PageTiming));
    runs.push(timings);
  }
  // Per page, the median of each time over the runs (pages come in the same order in every run).
  const pages = runs[0]!.map((first, i): PageTiming => {
    const of = (f: (t: PageTiming) => number) => median(runs.map((r) => f(r[i]!)));
    return { ...first, allMs: of((t) => t.allMs), passageQuoteMs: of((t) => t.passageQuoteMs), claimMs: of((t) => t.claimMs) };
  });
  results.push({ size, pages, bytesPerArticle: build.bytes / build.articles });
  const all = pages.map((p) => p.allMs);
  log(
    `${size}: ${(build.bytes / build.articles).toFixed(0)} B/article; all tiers median ${median(all).toFixed(1)} ms, p95 ${p95(all).toFixed(1)} ms; ` +
      `passage+quote ${median(pages.map((p) => p.passageQuoteMs)).toFixed(2)} ms; claim alone ${median(pages.map((p) => p.claimMs)).toFixed(1)} ms; outlets ${pages.reduce((n, p) => n + p.outlets, 0)}`,
  );
}
if (results.length > 1) {
  const [first, last] = [results[0]!, results[results.length - 1]!];
  const ratio = (f: (p: PageTiming) => number) => median(last.pages.map(f)) / median(first.pages.map(f));
  log(
    `ratio ${last.size}/${first.size}: all tiers ${ratio((p) => p.allMs).toFixed(2)}x, passage+quote ${ratio((p) => p.passageQuoteMs).toFixed(2)}x, claim ${ratio((p) => p.claimMs).toFixed(2)}x`,
  );
}
