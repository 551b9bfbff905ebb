import { existsSync, readFileSync } from 'node:fs';

/**
 * Part 3 is measured by the browser bench (headless Chromium), which writes
 * bench/results/browser.json; this bench merges whatever fields it holds.
 * Null where that file does not exist (or is not a JSON object).
 */
export function readBrowserResults(file: string): Record<string, unknown> | null {
  if (!existsSync(file)) return null;
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
