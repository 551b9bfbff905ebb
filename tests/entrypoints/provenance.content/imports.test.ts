import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// Every project module the entry reaches through value imports (type-only imports vanish from the bundle).
function reachable(entry: string): Map<string, string | null> {
  const from = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const base = resolve(dirname(file), m[1]!);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f));
      if (!found || from.has(found)) continue;
      from.set(found, file);
      queue.push(found);
    }
  }
  return from;
}

describe('the content script bundle', () => {
  it('imports nothing of matching, the claim tier or the index builder, so its bundle stays small', () => {
    const graph = reachable(join(ROOT, 'entrypoints/provenance.content/index.ts'));
    expect(graph.size).toBeGreaterThan(5);
    const heavy = [...graph.keys()].map((f) => relative(ROOT, f)).filter((f) => /^lib\/(claim\/|index\/|match\/(match-page|passage|quote|align)\.ts)/.test(f));
    const chain = (f: string) => {
      const out: string[] = [];
      for (let x: string | null | undefined = join(ROOT, f); x; x = graph.get(x)) out.push(relative(ROOT, x));
      return out.join(' <- ');
    };
    expect(heavy.map(chain)).toEqual([]);
  });
});
