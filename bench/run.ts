// `npm run bench [-- --quick] [--sizes 1000,10000] [--rounds N]`: see bench/results/README.md.
// Measures the pipeline against Readability alone, the index at 1,000 to
// 100,000 articles, and the built bundle; prints tables and writes
// bench/results/latest.json (merging bench/results/browser.json, which the
// browser bench writes, where it exists).
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readArticleFolder } from '../lib/node/read-folder';
import { REPO_ROOT, articleParagraphs, readCorpusPages, sharedDir, type CorpusPage } from './lib/corpus';
import { seedPageHtml } from './lib/seed-pages';
import { benchPipeline, type BenchPage, type PipelineResult } from './lib/pipeline-bench';
import { benchIndexScaling, scalingOverCommonPages, type ScalePoint, type ScalingPage } from './lib/index-scaling';
import { benchSegments, type SegmentsResult } from './lib/segments-bench';
import { extractForMatching } from './lib/pipeline-sides';
import { benchBundle, type BundleResult } from './lib/bundle-sizes';
import { readBrowserResults } from './lib/browser-results';
import { chromiumPath } from '../lib/node/chromium-path';
import { machineInfo } from './lib/machine';
import { formatTable } from './lib/table';
import { round } from './lib/stats';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    rounds: { type: 'string' },
  },
});
const quick = values.quick!;
const sizes = values.sizes ? values.sizes.split(',').map(Number) : quick ? [1000, 10000] : [1000, 10000, 100000];
if (sizes.some((n) => !(n > 0))) throw new Error(`--sizes: ${values.sizes} is not a list of article counts`);
// Even, so each side runs first on every page as often as second (bench/results/README.md, 1.).
const rounds = values.rounds ? Number(values.rounds) : quick ? 2 : 4;
const WARMUP = 1;
// Seconds of all-tier matching per index size (see bench/workers/load-index.ts): the claim tier can take seconds a page.
const MATCH_BUDGET_S = quick ? 20 : 90;
const RESULTS = join(REPO_ROOT, 'bench', 'results');
// Part 5: the index of issue 12's target, split into this many packs.
const SEGMENTS = { articles: 10_000, segments: 10 };
const log = (s: string) => process.stderr.write(`${s}\n`);
const started = performance.now();
const machine = machineInfo();
log(`bench${quick ? ' --quick' : ''}: ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, load average ${machine.loadAverage}`);

// Pages: the Readability test corpus (read-only, outside the repository) and the seeds as news pages.
const shared = sharedDir();
let corpus: CorpusPage[] = [];
if (shared) corpus = await readCorpusPages(shared);
if (!corpus.length) {
  log(`NOTICE: no corpus at ${join(REPO_ROOT, '../shared/corpus/readability-test-pages')}: the corpus parts are skipped`);
  log('        (the pipeline is timed on the seed pages only, and the index-scaling part, which recombines corpus text, does not run).');
}
const seedPages: BenchPage[] = (await readArticleFolder(join(REPO_ROOT, 'seeds'))).map(({ article }) =>
  seedPageHtml(article.id, readFileSync(join(REPO_ROOT, 'seeds', `${article.id}.txt`), 'utf8'), article.title),
);
// Half the corpus lends its paragraphs to the synthetic indexes; the other half is matched against them.
const templatePages = corpus.filter((_, i) => i % 2 === 0);
const testPages = corpus.filter((_, i) => i % 2 === 1);
const timedCorpus = quick ? corpus.filter((_, i) => i % 4 === 1) : corpus;

// 1. Pipeline against Readability alone.
log(`1. pipeline vs Readability alone: ${timedCorpus.length + seedPages.length} pages, ${WARMUP} warm-up + ${rounds} rounds, interleaved`);
const pipeline = benchPipeline([...timedCorpus, ...seedPages], rounds, WARMUP, log);

// 2. Index scaling, and 5. segments (run after it, on the same pages).
let scaling: ScalePoint[] = [];
let segments: SegmentsResult | null = null;
if (corpus.length) {
  log(`2. index scaling: ${sizes.join(', ')} articles`);
  const templates = templatePages.map((p) => articleParagraphs(p));
  const readability = new Map(pipeline.perPage.map((p) => [p.slug, p.readabilityMs]));
  const matchPages: ScalingPage[] = [...testPages, ...seedPages].map((p) => ({
    slug: p.slug,
    ...extractForMatching(p.html, p.url),
    readabilityMs: readability.get(p.slug) ?? null,
  }));
  scaling = await benchIndexScaling(sizes, templates, matchPages, MATCH_BUDGET_S, log);
  log(`5. segments: ${SEGMENTS.articles.toLocaleString('en-US')} articles as one pack and as ${SEGMENTS.segments} packs`);
  segments = await benchSegments(
    SEGMENTS.articles,
    SEGMENTS.segments,
    templates,
    matchPages.map(({ readabilityMs: _r, ...page }) => page),
  );
}

// 3. Browser: the built extension in headless Chromium (scripts/measure-browser.ts), where Chromium is installed.
const browserJson = join(RESULTS, 'browser.json');
mkdirSync(RESULTS, { recursive: true });
// A stale file from another build must not be reported as this run's.
const packJson = join(RESULTS, 'pack-import.json');
rmSync(browserJson, { force: true });
rmSync(packJson, { force: true });
if (haveChromium()) {
  log(`3. browser: headless Chromium, ${quick ? 3 : 7} runs`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'measure-browser.ts'), '--runs', String(quick ? 3 : 7), '--json', browserJson],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (run.status !== 0) log('NOTICE: the browser bench failed: part 3 is left out');
  // A 10,000-article pack imported through the options page (scripts/measure-pack-import.ts): its fields join part 3's.
  log(`3b. pack import: a 10,000-article pack, ${quick ? 1 : 3} runs`);
  const packs = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'scripts', 'measure-pack-import.ts'), '--runs', String(quick ? 1 : 3), '--json', packJson],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (packs.status !== 0) log('NOTICE: the pack import bench failed: packImportMs is left out');
} else log('NOTICE: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH): the browser part is skipped');
const browserOnly = existsSync(browserJson) ? readBrowserResults(browserJson) : null;
const packImport = existsSync(packJson) ? readBrowserResults(packJson) : null;
const browser = browserOnly || packImport ? { ...browserOnly, ...packImport } : null;

// 4. Bundle.
log('4. bundle sizes');
const bundle = await benchBundle(join(REPO_ROOT, '.output', 'chrome-mv3'));
if (!bundle) log('NOTICE: no build at .output/chrome-mv3 (run `npm run build`): bundle sizes are skipped');

const durationS = (performance.now() - started) / 1000;
const latest = summarize(pipeline, scaling, browser, bundle, segments, durationS);
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);
print(pipeline, scaling, browser, bundle, segments);
log(`\nwrote bench/results/latest.json (${durationS.toFixed(0)} s)`);

function summarize(
  p: PipelineResult,
  s: ScalePoint[],
  b: Record<string, unknown> | null,
  bundle: BundleResult | null,
  seg: SegmentsResult | null,
  seconds: number,
) {
  const r = (x: number | null | undefined, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : round(x, d));
  const first = s[0];
  const last = s[s.length - 1];
  const revisit = b && typeof b.revisitOverFirstVisit === 'number' ? b.revisitOverFirstVisit : null;
  const common = first && last && first !== last ? scalingOverCommonPages(first, last) : null;
  const targets = {
    pipelineOverReadability: { value: r(p.medianRatio, 3), target: '<= 1.10', met: p.medianRatio <= 1.1 },
    // Every size within budget: a small index carries its vocabulary over fewer articles.
    bytesPerArticle: {
      value: s.length ? r(Math.max(...s.map((x) => x.bytesPerArticle)), 0) : null,
      target: '<= 3072 at every size',
      met: s.length ? s.every((x) => x.bytesPerArticle <= 3072) : null,
    },
    matchScaling: {
      value: common ? r(common.ratio, 2) : null,
      target: `match ms/page at ${last?.articles ?? '-'} <= 1.5x at ${first?.articles ?? '-'} (pages timed at both)`,
      met: common ? common.ratio <= 1.5 : null,
    },
    matchOverReadability: {
      value: r(last?.matchOverReadability, 3),
      target: '<= 0.25',
      met: last?.matchOverReadability != null ? last.matchOverReadability <= 0.25 : null,
    },
    buildArticlesPerSecond: {
      value: r(last?.build.buildArticlesPerSecond, 0),
      target: `>= 1000 at 100000 articles (build + serialise, every core; at ${last?.articles ?? '-'})`,
      met: last ? last.articles >= 100_000 && last.build.buildArticlesPerSecond >= 1000 : null,
    },
    indexLoadMs: { value: r(last?.load.loadMs, 0), target: '< 1000 (well under)', met: last ? last.load.loadMs < 1000 : null },
    packImportMs: {
      value: typeof b?.packImportMs === 'number' ? b.packImportMs : null,
      target: '<= 3000 (10,000-article pack, file chosen to usable)',
      met: typeof b?.packImportMs === 'number' ? b.packImportMs <= 3000 : null,
    },
    contentScriptOverReadability: {
      value: r(bundle?.contentScriptOverReadability, 2),
      target: '<= 2',
      met: bundle ? bundle.contentScriptOverReadability <= 2 : null,
    },
    packBytesPerArticle: { value: r(seg?.packBytesPerArticle, 0), target: '<= 3072', met: seg ? seg.packBytesPerArticle <= 3072 : null },
    segmentsOverOneIndex: {
      value: r(seg?.segmentsOverOneIndex, 3),
      target: `match ms/page over ${SEGMENTS.segments} segments <= 1.2x over one index of the same ${SEGMENTS.articles} articles`,
      met: seg ? seg.segmentsOverOneIndex <= 1.2 : null,
    },
  };
  return {
    schema: 1,
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    quick,
    durationS: r(seconds, 0),
    machine,
    pipelineOverReadability: r(p.medianRatio, 3),
    pipelineOverReadabilityTotal: r(p.totalRatio, 3),
    pipelineOverReadabilityP95: r(p.p95Ratio, 3),
    readabilityMedianMs: r(p.readability.medianMs),
    readabilityP95Ms: r(p.readability.p95Ms),
    pipelineMedianMs: r(p.pipeline.medianMs),
    pipelineP95Ms: r(p.pipeline.p95Ms),
    pipelinePages: p.pages,
    articles: s.map((x) => x.articles),
    bytesPerArticle: s.map((x) => r(x.bytesPerArticle, 0)),
    gzipBytesPerArticle: s.map((x) => r(x.gzipBytesPerArticle, 0)),
    wordsPerArticle: s.map((x) => r(x.build.wordsPerArticle, 0)),
    buildMs: s.map((x) => r(x.build.buildMs, 0)),
    serializeMs: s.map((x) => r(x.build.serializeMs, 0)),
    buildArticlesPerSecond: s.map((x) => r(x.build.buildArticlesPerSecond, 0)),
    indexLoadMs: s.map((x) => r(x.load.loadMs, 1)),
    indexLoadWarmMs: s.map((x) => r(x.load.loadWarmMs, 1)),
    indexReadFileMs: s.map((x) => r(x.load.readMs, 1)),
    indexMemoryMB: s.map((x) => r(x.load.memoryMB.total, 1)),
    indexHeapMB: s.map((x) => r(x.load.memoryMB.heapUsed, 1)),
    indexArrayBuffersMB: s.map((x) => r(x.load.memoryMB.arrayBuffers, 1)),
    matchMsPerPage: s.map((x) => r(x.matchMsPerPage)),
    matchP95Ms: s.map((x) => r(x.matchP95Ms)),
    matchRepeatMsPerPage: s.map((x) => r(x.matchRepeatMsPerPage)),
    matchNoUrlMsPerPage: s.map((x) => r(x.matchNoUrlMsPerPage)),
    matchOverReadability: s.map((x) => r(x.matchOverReadability, 3)),
    matchPages: first?.load.pages.length ?? 0,
    matchPagesTimed: s.map((x) => x.matchPagesTimed),
    matchScalingCommonPages: common ? { pages: common.pages, smallMs: r(common.smallMs), largeMs: r(common.largeMs), ratio: r(common.ratio) } : null,
    passageQuoteMsPerPage: s.map((x) => r(x.passageQuoteMsPerPage)),
    passageQuoteOverReadability: s.map((x) => r(x.passageQuoteOverReadability, 3)),
    passageQuoteScaling: first && last ? r(last.passageQuoteMsPerPage / first.passageQuoteMsPerPage) : null,
    revisitOverFirstVisit: revisit,
    browser: b,
    contentScriptBytes: bundle?.contentScriptBytes ?? null,
    contentScriptGzipBytes: bundle?.contentScriptGzipBytes ?? null,
    readabilityMinBytes: bundle?.readabilityMinBytes ?? null,
    readabilityGzipBytes: bundle?.readabilityGzipBytes ?? null,
    contentScriptOverReadability: r(bundle?.contentScriptOverReadability),
    extensionGzipBytes: bundle?.totalGzipBytes ?? null,
    packBytesPerArticle: r(seg?.packBytesPerArticle, 0),
    segmentPackBytesPerArticle: r(seg?.segmentPackBytesPerArticle, 0),
    segmentsOverOneIndex: r(seg?.segmentsOverOneIndex, 3),
    segmentsOverOneIndexTotal: r(seg?.segmentsOverOneIndexTotal, 3),
    targets,
    details: {
      pipeline: p.perPage.map((x) => ({ ...x, readabilityMs: r(x.readabilityMs), pipelineMs: r(x.pipelineMs), ratio: r(x.ratio, 3) })),
      scaling: s.map((x) => ({
        articles: x.articles,
        paragraphs: x.build.paragraphs,
        sentences: x.build.sentences,
        textBytesPerArticle: r(x.build.textBytesPerArticle, 0),
        generateMs: r(x.build.generateMs, 0),
        buildHeapMB: r(x.build.buildHeapMB, 0),
        sectionBytesPerArticle: Object.fromEntries(Object.entries(x.build.sections).map(([k, v]) => [k, r(v / x.articles, 1)])),
        memoryMB: x.load.memoryMB,
        matchBudgetHit: x.matchBudgetHit,
        pages: x.pages.map((pg) => ({ ...pg, firstMs: r(pg.firstMs), repeatMs: r(pg.repeatMs), noUrlMs: r(pg.noUrlMs), passageQuoteMs: r(pg.passageQuoteMs) })),
      })),
      bundle: bundle?.files ?? null,
      segments: seg
        ? {
            articles: seg.articles,
            segments: seg.segments,
            buildMs: r(seg.buildMs, 0),
            segmentsBuildMs: r(seg.segmentsBuildMs, 0),
            openOneMs: r(seg.openOneMs, 1),
            openSegmentsMs: r(seg.openSegmentsMs, 1),
            oneMedianMs: r(seg.oneMedianMs),
            segmentsMedianMs: r(seg.segmentsMedianMs),
            pagesDiffering: seg.pagesDiffering,
            pages: seg.pages.map((pg) => ({ slug: pg.slug, oneMs: r(pg.oneMs), segmentsMs: r(pg.segmentsMs) })),
          }
        : null,
    },
  };
}

function print(p: PipelineResult, s: ScalePoint[], b: Record<string, unknown> | null, bundle: BundleResult | null, seg: SegmentsResult | null): void {
  const out = (t: string) => process.stdout.write(`${t}\n`);
  out('\n1. Pipeline vs Readability alone (same linkedom parse; per-page medians, then across pages)');
  out(
    formatTable(
      ['side', 'median ms', 'p95 ms', 'total ms'],
      [
        ['Readability alone', p.readability.medianMs, p.readability.p95Ms, p.readability.totalMs],
        ['full pipeline (seed index)', p.pipeline.medianMs, p.pipeline.p95Ms, p.pipeline.totalMs],
      ],
    ),
  );
  out(
    `pipeline / Readability: median ${p.medianRatio.toFixed(3)}x, p95 ${p.p95Ratio.toFixed(3)}x, total ${p.totalRatio.toFixed(3)}x over ${p.pages} pages (target <= 1.10x)`,
  );

  if (s.length) {
    out('\n2. Index scaling (synthetic articles recombined from corpus sentences, seeds included; matching on held-out corpus pages and the seed pages)');
    out(
      formatTable(
        ['articles', 'build s', 'B/article', 'gzip B/art', 'load ms', 'warm load ms', 'memory MB'],
        s.map((x) => [
          x.articles,
          x.build.buildMs / 1000,
          Math.round(x.bytesPerArticle),
          Math.round(x.gzipBytesPerArticle),
          x.load.loadMs,
          x.load.loadWarmMs,
          x.load.memoryMB.total,
        ]),
      ),
    );
    out('');
    out(
      formatTable(
        ['articles', 'pages timed', 'match ms/page', 'p95 ms', 'repeat ms', 'no-url ms', 'match/Readability', 'passage+quote ms', 'p+q/Readability'],
        s.map((x) => [
          x.articles,
          `${x.matchPagesTimed}/${x.load.pages.length}`,
          x.matchMsPerPage,
          x.matchP95Ms,
          x.matchRepeatMsPerPage,
          x.matchNoUrlMsPerPage,
          x.matchOverReadability,
          x.passageQuoteMsPerPage,
          x.passageQuoteOverReadability,
        ]),
      ),
    );
    const first = s[0]!,
      last = s[s.length - 1]!;
    const common = first !== last ? scalingOverCommonPages(first, last) : null;
    if (common) {
      out(
        `match ms/page ${last.articles.toLocaleString('en-US')} vs ${first.articles.toLocaleString('en-US')} articles: ${common.ratio.toFixed(2)}x all tiers ` +
          `(${common.pages} pages timed at both), ${(last.passageQuoteMsPerPage / first.passageQuoteMsPerPage).toFixed(2)}x passage+quote (target <= 1.5x)`,
      );
    }
  } else out('\n2. Index scaling: skipped (no corpus)');

  out('\n3. Browser (headless Chromium, scripts/measure-browser.ts and measure-pack-import.ts; bench/results/browser.json, pack-import.json)');
  if (b)
    out(
      formatTable(
        ['field', 'value'],
        Object.entries(b).map(([k, v]) => [k, typeof v === 'number' ? v : JSON.stringify(v)]),
      ),
    );
  else out('   skipped: no Chromium, or no build');

  out('\n4. Bundle (.output/chrome-mv3; gzip -9)');
  if (bundle) {
    out(
      formatTable(
        ['file', 'bytes', 'gzip bytes'],
        [...bundle.files.map((f) => [f.file, f.bytes, f.gzipBytes]), ['total', bundle.totalBytes, bundle.totalGzipBytes]],
      ),
    );
    out(
      `content script ${bundle.contentScriptGzipBytes.toLocaleString('en-US')} B gzipped vs Readability minified ${bundle.readabilityGzipBytes.toLocaleString('en-US')} B gzipped: ` +
        `${bundle.contentScriptOverReadability.toFixed(2)}x (target <= 2x)`,
    );
  } else out('   skipped: no build');

  out(`\n5. Segments (the synthetic corpus of part 2 as one pack and as ${SEGMENTS.segments} packs; first visits, interleaved)`);
  if (seg) {
    out(
      formatTable(
        ['index', 'pack B/article', 'open ms', 'match median ms'],
        [
          ['one pack', Math.round(seg.packBytesPerArticle), seg.openOneMs, seg.oneMedianMs],
          [`${seg.segments} packs`, Math.round(seg.segmentPackBytesPerArticle), seg.openSegmentsMs, seg.segmentsMedianMs],
        ],
      ),
    );
    out(
      `segments / one index: median ${seg.segmentsOverOneIndex.toFixed(3)}x per page, total ${seg.segmentsOverOneIndexTotal.toFixed(3)}x (target <= 1.2x); ${seg.pagesDiffering} of ${seg.pages.length} pages report differently`,
    );
  } else out('   skipped: no corpus');
}

function haveChromium(): boolean {
  try {
    return !!chromiumPath() && existsSync(join(REPO_ROOT, '.output', 'chrome-mv3', 'manifest.json'));
  } catch {
    return false;
  }
}
