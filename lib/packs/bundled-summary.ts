import seedIndexFile from '../index/generated/seed-index.json';
import { seedIndex } from '../index/seed-index';
import { describeIndex } from '../index/describe';
import type { BundledSummary } from './source-sets';

let summary: BundledSummary | null = null;

/**
 * The bundled index as the options page lists it: its articles, outlets and
 * dates, and the size of its file in the extension. Read on first call.
 */
export function bundledSummary(): BundledSummary {
  summary ??= { ...describeIndex(seedIndex()), bytes: JSON.stringify(seedIndexFile).length };
  return summary;
}
