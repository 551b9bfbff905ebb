import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../lib/cli/check';
import type { ProvenanceIndex } from '../../../lib/index/model';
import { SEED_IDS, seedAsHtml, seedTestIndex } from '../../helpers/seeds';

/** Mulberry32: a small seeded PRNG, so every run fuzzes the same inputs. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['p', 'div', 'article', 'section', 'script', 'style', 'template', 'noscript', 'table', 'td', 'li', 'ul', 'blockquote', 'frameset', 'frame', 'iframe', 'svg', 'math', 'select', 'a', 'b', 'br', 'img'];

/** One malformed page: a seed page cut, spliced, mutated or wrapped in random unbalanced markup. */
function malformed(rand: () => number, i: number): Uint8Array {
  const base = seedAsHtml(SEED_IDS[i % SEED_IDS.length]!);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  switch (i % 6) {
    case 0: // truncated anywhere
      return new TextEncoder().encode(base.slice(0, Math.floor(rand() * base.length)));
    case 1: { // random unbalanced tags spliced in
      let s = base;
      for (let k = 0; k < 20; k++) {
        const at = Math.floor(rand() * s.length);
        const tag = pick(TAGS);
        s = s.slice(0, at) + (rand() < 0.5 ? `<${tag} x="${k}">` : `</${tag}>`) + s.slice(at);
      }
      return new TextEncoder().encode(s);
    }
    case 2: { // random ASCII bytes flipped (stays text)
      const b = new TextEncoder().encode(base);
      for (let k = 0; k < 50; k++) b[Math.floor(rand() * b.length)] = 32 + Math.floor(rand() * 95);
      return b;
    }
    case 3: // markup in text, entities and attribute soup
      return new TextEncoder().encode(base.replace(/<p>/g, () => pick(['<p>&lt;img src=x onerror=alert(1)&gt;', '<p class="a"b=\'c>', '<p><!--', '<p>&#0;&#xD800;&bogus;', '<p><![CDATA[', '<p>'])));
    case 4: { // deep, wide or empty structures
      const n = 1 + Math.floor(rand() * 3000);
      return new TextEncoder().encode(pick([`${'<div>'.repeat(n)}text`, `<table>${'<tr><td>'.repeat(n)}`, '<frameset><frame src="a"></frameset>', '', '<', '<!doctype', '<html><body></body></html>']));
    }
    default: { // random bytes (binary or not)
      const b = new Uint8Array(1 + Math.floor(rand() * 2000));
      for (let k = 0; k < b.length; k++) b[k] = Math.floor(rand() * 256);
      return b;
    }
  }
}

let index: ProvenanceIndex;
beforeAll(async () => {
  index = await seedTestIndex();
});

describe('check on 1,000 malformed inputs', () => {
  it('never crashes: exit 0 with a report, or exit 2 with a one-line error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
    const rand = prng(20261122);
    const statuses = { 0: 0, 2: 0 } as Record<number, number>;
    for (let i = 0; i < 1000; i++) {
      const file = join(dir, `case-${i}.html`);
      writeFileSync(file, malformed(rand, i));
      const out: string[] = [];
      const err: string[] = [];
      const status = await runCheck([file, '--json'], {
        stdout: (s) => out.push(s),
        stderr: (s) => err.push(s),
        readStdin: async () => new Uint8Array(),
        index: () => index,
      });
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 0) expect(JSON.parse(out.join('')).schema).toBe(1);
      else {
        expect(status, `case ${i}`).toBe(2);
        expect(err.join('').trim().split('\n'), `case ${i}`).toHaveLength(1);
      }
    }
    // Both outcomes occur: the generator makes readable and unreadable inputs.
    expect(statuses[0]).toBeGreaterThan(500);
    expect(statuses[2]).toBeGreaterThan(50);
  }, 120_000);
});
