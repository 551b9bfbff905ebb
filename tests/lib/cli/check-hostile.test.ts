import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../../lib/cli/check';
import { EXTRACT_LIMITS } from '../../../lib/extract/extract-article';
import type { ProvenanceIndex } from '../../../lib/index/model';
import type { PageReport } from '../../../lib/types';
import { seedTestIndex } from '../../helpers/seeds';

let dir: string;
let index: ProvenanceIndex;
beforeAll(async () => {
  index = await seedTestIndex();
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(name: string, content: string | Uint8Array) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCheck([file, '--json'], {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => new Uint8Array(),
    index: () => index,
  });
  return { status, report: status === 0 ? (JSON.parse(out.join('')) as PageReport) : null, stderr: err.join('') };
}

const SENTENCE = 'The regional council approved the new water treatment plant after a long public hearing on Thursday evening.';

describe('hostile and odd pages through check', () => {
  it.each([
    ['an empty document', '<html></html>'],
    ['a page with no article', '<html><body><nav><a href="/">Home</a><a href="/a">About</a></nav></body></html>'],
    ['a frameset', '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['truncated markup', `<html><body><article><p>${SENTENCE}</p><p>${SENTENCE.slice(0, 40)}`],
    ['unclosed comments and CDATA', `<html><body><p>${SENTENCE}</p><!-- never closed <![CDATA[ <p>`],
  ])('%s: read, no match', async (_name, html) => {
    const { status, report } = await check('odd.html', html);
    expect(status).toBe(0);
    expect(report!.outlets).toEqual([]);
  });

  it('a 10 MB page: read, paragraphs capped', async () => {
    const para = `<p>${'word '.repeat(2000)}</p>`;
    const html = `<html><body><article>${para.repeat(1000)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const { status, report } = await check('big.html', html);
    expect(status).toBe(0);
    expect(report!.paragraphs.length).toBeLessThanOrEqual(EXTRACT_LIMITS.maxParagraphs);
    expect(report!.paragraphs.every((p) => p.text.length <= EXTRACT_LIMITS.maxParagraphChars)).toBe(true);
  }, 60_000);

  it('20,000 paragraphs: read, capped at the paragraph limit', async () => {
    const html = `<html><body><article>${`<p>${SENTENCE} ${SENTENCE}</p>`.repeat(20_000)}</article></body></html>`;
    const { status, report } = await check('many.html', html);
    expect(status).toBe(0);
    expect(report!.paragraphs.length).toBe(EXTRACT_LIMITS.maxParagraphs);
  }, 60_000);

  it('5,000-deep nesting: read, nothing extracted, no hang', async () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${SENTENCE}</p>${'</div>'.repeat(5000)}</body></html>`;
    const { status, report } = await check('deep.html', html);
    expect(status).toBe(0);
    expect(report!.paragraphs).toEqual([]);
  });

  it('a file over the size limit: exit 2, without reading it', async () => {
    const file = join(dir, 'huge.html');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: nothing is written
    closeSync(fd);
    const err: string[] = [];
    const status = await runCheck([file], { stdout: () => {}, stderr: (s) => err.push(s), readStdin: async () => new Uint8Array(), index: () => index });
    expect(status).toBe(2);
    expect(err.join('')).toMatch(/huge\.html: too large/);
  });

  const article = (body: string, charset = 'utf-8') =>
    `<html><head><meta charset="${charset}"><title>T</title></head><body><article>${body}</article></body></html>`;
  const latin = (s: string) => Buffer.from(s, 'latin1');
  it.each<[string, Uint8Array, string]>([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article('<p>Caf\u00e9 \u00fcber</p>'))]), 'Caf\u00e9 \u00fcber'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('<p>\u65e5\u672c\u8a9e</p>'), 'utf16le')]), '\u65e5\u672c\u8a9e'],
    ['windows-1252', latin(article('<p>Caf\u00e9 cr\u00e8me</p>', 'windows-1252')), 'Caf\u00e9 cr\u00e8me'],
    [
      'windows-1251',
      Buffer.concat([
        latin(article('<p>', 'windows-1251').split('<p>')[0]! + '<p>'),
        Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
        latin('</p></article></body></html>'),
      ]),
      '\u041f\u0440\u0438\u0432\u0435\u0442',
    ],
    [
      'Shift_JIS',
      Buffer.concat([
        latin(article('<p>', 'shift_jis').split('<p>')[0]! + '<p>'),
        Buffer.from([0x93, 0xfa, 0x96, 0x7b]),
        latin('</p></article></body></html>'),
      ]),
      '\u65e5\u672c',
    ],
    [
      'right-to-left Arabic',
      Buffer.from(article('<p dir="rtl">\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645</p>')),
      '\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645',
    ],
    ['Hebrew', Buffer.from(article('<p>\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd</p>')), '\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd'],
  ])('%s: decoded as a browser would', async (_name, bytes, text) => {
    const { status, report } = await check('enc.html', bytes);
    expect(status).toBe(0);
    expect(report!.paragraphs.map((p) => p.text).join(' ')).toContain(text);
  });

  const FERRY = 'The harbour authority approved a new ferry timetable on Tuesday after months of consultation with residents.';
  it.each<[string, string | Uint8Array, string[]]>([
    ['white space only', ' \n\t\r\n   \n', []],
    ['a text export saved as .html', `Ferry timetable\n\n${FERRY}\n${SENTENCE}\n`, ['Ferry timetable', FERRY, SENTENCE]],
    [
      "a PDF's first bytes",
      latin('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\n'),
      ['%PDF-1.7', '%\ufffd\ufffd\ufffd\ufffd', '1 0 obj', '<< /Type /Catalog >>'],
    ],
    ['a lone "<" (text: no tag follows it)', '<', ['<']],
    ['a doctype and nothing else', '<!doctype html>', []],
  ])('%s: no HTML element, read as plain text (or no article), exit 0, no JavaScript error', async (_name, content, paragraphs) => {
    const { status, report, stderr } = await check('no-markup.html', content);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(report!.schema).toBe(1);
    expect(report!.paragraphs.map((p) => p.text)).toEqual(paragraphs);
    expect(report!.readerable).toBe(paragraphs.length > 0);
  });

  it('markup with no <html> root (HTML lets a page leave it out): every paragraph read, and the title', async () => {
    const { status, report } = await check('fragment.html', `<!doctype html><title>Ferry</title><p>${FERRY}</p><p>${SENTENCE}</p>`);
    expect(status).toBe(0);
    expect(report!.title).toBe('Ferry');
    expect(report!.paragraphs.map((p) => p.text)).toEqual([FERRY, SENTENCE]);
  });

  it('invalid UTF-8 bytes in a page that declares no charset: read, U+FFFD in their place', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`<html><body><article><p>Caf\u00e9 \u201c${FERRY}\u201d `),
      Buffer.from([0xff, 0xfe, 0x20]),
      Buffer.from(`${SENTENCE}</p></article></body></html>`),
    ]);
    const { status, report } = await check('bad-bytes.html', bytes);
    expect(status).toBe(0);
    expect(report!.paragraphs.map((p) => p.text)).toEqual([`Caf\u00e9 \u201c${FERRY}\u201d \ufffd\ufffd ${SENTENCE}`]);
  });

  it('a page of ASCII with a few invalid bytes and no charset: read, U+FFFD in their place', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`<html><body><article><p>${FERRY} It`),
      Buffer.from([0x92]),
      Buffer.from(`s ${SENTENCE}`),
      Buffer.from([0xff]),
      Buffer.from('</p></article></body></html>'),
    ]);
    const { status, report } = await check('ascii-bad-bytes.html', bytes);
    expect(status).toBe(0);
    expect(report!.paragraphs.map((p) => p.text)).toEqual([`${FERRY} It\ufffds ${SENTENCE}\ufffd`]);
  });

  it('markup inside paragraph text stays text', async () => {
    const { report } = await check('xss.html', article(`<p>${SENTENCE} &lt;img src=x onerror=alert(1)&gt; ${SENTENCE}</p>`));
    expect(report!.paragraphs[0]!.text).toContain('<img src=x onerror=alert(1)>');
  });
});
