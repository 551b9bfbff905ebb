import { seedIndex } from '../../lib/index/seed-index';
import { interleave } from './interleave';
import { fullPipeline, readabilityAlone } from './pipeline-sides';
import { median, p95, sum } from './stats';
import type { PageReport } from '../../lib/types';

/** A page as both sides of the comparison receive it. */
export interface BenchPage {
  slug: string;
  html: string;
  url: string;
}

/** One page's medians over the measured rounds. */
export interface PagePipelineTiming {
  slug: string;
  readabilityMs: number;
  pipelineMs: number;
  ratio: number;
  readerable: boolean;
  paragraphs: number;
  outlets: number;
}

/** What part 1 of the bench measured. */
export interface PipelineResult {
  pages: number;
  rounds: number;
  warmupRounds: number;
  readability: { medianMs: number; p95Ms: number; totalMs: number };
  pipeline: { medianMs: number; p95Ms: number; totalMs: number };
  /** Median over pages of pipeline / Readability: the headline. */
  medianRatio: number;
  p95Ratio: number;
  /** Sum of the pages' pipeline medians over the sum of their Readability medians (weighted by page size). */
  totalRatio: number;
  perPage: PagePipelineTiming[];
}

/**
 * Part 1: the full pipeline (parse, extract, match against the seed index)
 * against Readability alone on the same parse, page by page, interleaved.
 */
export function benchPipeline(pages: readonly BenchPage[], rounds: number, warmup: number, log: (s: string) => void): PipelineResult {
  const index = seedIndex();
  const reports: PageReport[] = [];
  const samples = interleave(
    (i) => readabilityAlone(pages[i]!.html, pages[i]!.url),
    (i) => (reports[i] = fullPipeline(pages[i]!.html, pages[i]!.url, index)),
    { items: pages.length, rounds, warmup, onRound: (r, w) => log(`  pipeline: ${w ? 'warm-up' : 'round'} ${w ? r + 1 : r - warmup + 1} done`) },
  );
  const perPage = pages.map((page, i): PagePipelineTiming => {
    const readabilityMs = median(samples.a[i]!);
    const pipelineMs = median(samples.b[i]!);
    const report = reports[i]!;
    return {
      slug: page.slug,
      readabilityMs,
      pipelineMs,
      ratio: pipelineMs / readabilityMs,
      readerable: report.readerable,
      paragraphs: report.paragraphs.length,
      outlets: report.outlets.length,
    };
  });
  const a = perPage.map((p) => p.readabilityMs);
  const b = perPage.map((p) => p.pipelineMs);
  const ratios = perPage.map((p) => p.ratio);
  return {
    pages: pages.length,
    rounds,
    warmupRounds: warmup,
    readability: { medianMs: median(a), p95Ms: p95(a), totalMs: sum(a) },
    pipeline: { medianMs: median(b), p95Ms: p95(b), totalMs: sum(b) },
    medianRatio: median(ratios),
    p95Ratio: p95(ratios),
    totalRatio: sum(b) / sum(a),
    perPage,
  };
}
