import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../lib/cli/check';
import { isDocumentedErrorLine } from '../../../lib/cli/reasons';
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

const TAGS = [
  'p',
  'div',
  'article',
  'section',
  'script',
  'style',
  'template',
  'noscript',
  'table',
  'td',
  'li',
  'ul',
  'blockquote',
  'frameset',
  'frame',
  'iframe',
  'svg',
  'math',
  'select',
  'a',
  'b',
  'br',
  'img',
];

/** Bytes of `s`, with `n` of them (at random places) replaced by bytes from `from`. */
function sprinkle(rand: () => number, s: Uint8Array, n: number, from: readonly number[]): Uint8Array {
  const b = Uint8Array.from(s);
  for (let k = 0; k < n && b.length; k++) b[Math.floor(rand() * b.length)] = from[Math.floor(rand() * from.length)]!;
  return b;
}

/** Bytes that are never valid UTF-8 where they stand alone (stray lead bytes, lone trail bytes, 0xFF). */
const BAD_UTF8 = [0x80, 0x93, 0x94, 0xa0, 0xc3, 0xe2, 0xf0, 0xfe, 0xff];

/**
 * One malformed page: a seed page cut, spliced, mutated or wrapped in random
 * unbalanced markup; or input nobody here wrote: white space, text with no
 * markup, a PDF's first bytes, invalid UTF-8 with no charset declared,
 * markup with no <html> root, a binary's NUL-heavy bytes.
 */
function malformed(rand: () => number, i: number): Uint8Array {
  const base = seedAsHtml(SEED_IDS[i % SEED_IDS.length]!);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const text = () => base.replace(/<[^>]*>/g, pick(['\n', '\n\n', ' ', '']));
  switch (i % 12) {
    case 0: // truncated anywhere
      return new TextEncoder().encode(base.slice(0, Math.floor(rand() * base.length)));
    case 1: {
      // random unbalanced tags spliced in
      let s = base;
      for (let k = 0; k < 20; k++) {
        const at = Math.floor(rand() * s.length);
        const tag = pick(TAGS);
        s = s.slice(0, at) + (rand() < 0.5 ? `<${tag} x="${k}">` : `</${tag}>`) + s.slice(at);
      }
      return new TextEncoder().encode(s);
    }
    case 2: {
      // random ASCII bytes flipped (stays text)
      const b = new TextEncoder().encode(base);
      for (let k = 0; k < 50; k++) b[Math.floor(rand() * b.length)] = 32 + Math.floor(rand() * 95);
      return b;
    }
    case 3: // markup in text, entities and attribute soup
      return new TextEncoder().encode(
        base.replace(/<p>/g, () =>
          pick(['<p>&lt;img src=x onerror=alert(1)&gt;', '<p class="a"b=\'c>', '<p><!--', '<p>&#0;&#xD800;&bogus;', '<p><![CDATA[', '<p>']),
        ),
      );
    case 4: {
      // deep, wide or empty structures
      const n = 1 + Math.floor(rand() * 3000);
      return new TextEncoder().encode(
        pick([
          `${'<div>'.repeat(n)}text`,
          `<table>${'<tr><td>'.repeat(n)}`,
          '<frameset><frame src="a"></frameset>',
          '',
          '<',
          '<!doctype',
          '<html><body></body></html>',
        ]),
      );
    }
    case 5: {
      // random bytes (binary or not)
      const b = new Uint8Array(1 + Math.floor(rand() * 2000));
      for (let k = 0; k < b.length; k++) b[k] = Math.floor(rand() * 256);
      return b;
    }
    case 6: // white space only
      return new TextEncoder().encode(Array.from({ length: Math.floor(rand() * 400) + 1 }, () => pick([' ', '\n', '\t', '\r\n', '\f'])).join(''));
    case 7: // the article's text with no markup at all (a text export saved as .html), cut anywhere
      return new TextEncoder().encode(text().slice(0, 1 + Math.floor(rand() * base.length)));
    case 8: {
      // a PDF's first bytes: a header, binary-marker bytes, object syntax, maybe a compressed stream
      const head = Buffer.from(
        `%PDF-1.${Math.floor(rand() * 8)}\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length 99 /Filter /FlateDecode >>\nstream\n`,
        'latin1',
      );
      const stream = Uint8Array.from({ length: Math.floor(rand() * 600) }, () => Math.floor(rand() * 256));
      return Buffer.concat([head.subarray(0, 1 + Math.floor(rand() * head.length)), rand() < 0.5 ? stream : new Uint8Array()]);
    }
    case 9: // invalid UTF-8 bytes, no charset declared, in a page or in its text
      return sprinkle(
        rand,
        new TextEncoder().encode((rand() < 0.5 ? base : text()).replace(/<meta charset="utf-8">/, '')),
        1 + Math.floor(rand() * 40),
        BAD_UTF8,
      );
    case 10: // markup with no <html> root: the body's content alone, or a fragment of it
      return new TextEncoder().encode(base.replace(/^[\s\S]*?<body>|<\/body>[\s\S]*$/g, '').slice(Math.floor(rand() * 200)));
    default: {
      // a binary's NUL-heavy bytes, or text with a stray NUL
      const b = new TextEncoder().encode(pick([base, text()]).slice(0, 200 + Math.floor(rand() * 4000)));
      return sprinkle(rand, b, rand() < 0.5 ? 1 : Math.ceil(b.length / 20), [0]);
    }
  }
}

/** Each line on standard error that is not one docs/check-cli.md documents. */
const undocumented = (err: string[]) =>
  err
    .join('\n')
    .split('\n')
    .filter((line) => line && !isDocumentedErrorLine(line));

let index: ProvenanceIndex;
beforeAll(async () => {
  index = await seedTestIndex();
});

describe('check on 1,000 malformed inputs', () => {
  it('never crashes: exit 0 with a report, or exit 2 with a one-line error that is a documented reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
    const rand = prng(20261122);
    const statuses = { 0: 0, 2: 0 } as Record<number, number>;
    const refused: Record<number, number> = {};
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
      expect(undocumented(err), `case ${i}`).toEqual([]);
      if (status === 0) {
        expect(err, `case ${i}`).toEqual([]);
        expect(JSON.parse(out.join('')).schema).toBe(1);
      } else {
        expect(status, `case ${i}`).toBe(2);
        expect(err.join('').trim().split('\n'), `case ${i}`).toHaveLength(1);
        refused[i % 12] = (refused[i % 12] ?? 0) + 1;
      }
    }
    // Both outcomes occur: the generator makes readable and unreadable inputs.
    expect(statuses[0]).toBeGreaterThan(600);
    expect(statuses[2]).toBeGreaterThan(50);
    // Only bytes that are not text are refused: white space, text with no markup, invalid UTF-8 and markup with no root never are.
    for (const kind of [6, 7, 9, 10]) expect(refused[kind] ?? 0, `kind ${kind}`).toBe(0);
  }, 120_000);
});
