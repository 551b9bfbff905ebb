/**
 * The version a cached report is stored under: the index's content hash and
 * the build's hash of the code that makes a report (`__MATCHER_BUILD__`, set
 * by wxt.config.ts). An update of the extension that changes how pages are
 * matched, and not the index, must not serve reports the old code made: the
 * cache prunes every entry of another version when it opens.
 */
declare const __MATCHER_BUILD__: string | undefined;

/** The build's matcher hash; "dev" outside a WXT build (unit tests, the CLI, which keep no cache). */
export const MATCHER_BUILD = typeof __MATCHER_BUILD__ === 'string' ? __MATCHER_BUILD__ : 'dev';

export function resultsVersion(indexVersion: string, matcher: string = MATCHER_BUILD): string {
  return `${indexVersion}+${matcher}`;
}
