import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

/** One built file's size. */
export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** What part 4 measured. */
export interface BundleResult {
  files: FileSize[];
  totalBytes: number;
  totalGzipBytes: number;
  /** The content scripts (content-scripts/*.js), together. */
  contentScriptBytes: number;
  contentScriptGzipBytes: number;
  /** Readability.js and Readability-readerable.js minified with esbuild, together. */
  readabilityMinBytes: number;
  readabilityGzipBytes: number;
  contentScriptOverReadability: number;
}

/** Gzip at the highest level, as size reports usually quote it. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * Part 4: every file of the built extension (raw and gzipped), against
 * Readability's own code minified and gzipped. Null where there is no build.
 */
export async function benchBundle(outputDir: string): Promise<BundleResult | null> {
  if (!existsSync(outputDir)) return null;
  const files = filesUnder(outputDir).map((path): FileSize => {
    const bytes = readFileSync(path);
    return { file: relative(outputDir, path), bytes: bytes.length, gzipBytes: gzipSize(bytes) };
  });
  const content = files.filter((f) => /^content-scripts\/.+\.js$/.test(f.file));
  // esbuild is installed with vite/wxt; it minifies the two files Readability ships.
  const require = createRequire(import.meta.url);
  const esbuild = (await import('esbuild')) as typeof import('esbuild');
  let minified = '';
  for (const file of ['Readability.js', 'Readability-readerable.js']) {
    const source = readFileSync(require.resolve(`@mozilla/readability/${file}`), 'utf8');
    minified += (await esbuild.transform(source, { minify: true, loader: 'js' })).code;
  }
  const contentScriptGzipBytes = content.reduce((n, f) => n + f.gzipBytes, 0);
  const readabilityGzipBytes = gzipSize(minified);
  return {
    files,
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
    totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    contentScriptBytes: content.reduce((n, f) => n + f.bytes, 0),
    contentScriptGzipBytes,
    readabilityMinBytes: Buffer.byteLength(minified),
    readabilityGzipBytes,
    contentScriptOverReadability: contentScriptGzipBytes / readabilityGzipBytes,
  };
}
