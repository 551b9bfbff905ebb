import { describe, expect, it } from 'vitest';
import { declaredEncoding, decodePage, looksBinary } from '../../../lib/node/decode';
import { UnreadableInput } from '../../../lib/node/read-reasons';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe("declaredEncoding: the HTML Standard's sniffing, before any default", () => {
  it.each<[string, Uint8Array, 'html' | 'text', string | null]>([
    ['a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], '<p>x</p>'), 'html', 'UTF-8'],
    ['a UTF-16LE BOM', bytes([0xff, 0xfe], '<\0p\0>\0'), 'html', 'UTF-16LE'],
    ['a BOM over a <meta> that says otherwise', bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1251">'), 'html', 'UTF-8'],
    ['<meta charset>', bytes('<head><meta charset="shift_jis">'), 'html', 'Shift_JIS'],
    ['a label, not a name: latin1 is windows-1252', bytes("<meta charset='latin1'>"), 'html', 'windows-1252'],
    ['<meta http-equiv content>', bytes('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), 'html', 'KOI8-R'],
    ['a <meta> inside a comment does not count', bytes('<!-- <meta charset="koi8-r"> --><p>x'), 'html', null],
    ['a <meta> claiming UTF-16 means UTF-8', bytes('<meta charset="utf-16">'), 'html', 'UTF-8'],
    ['an unknown label is no declaration', bytes('<meta charset="klingon">'), 'html', null],
    ['a <meta> in a text file is text', bytes('<meta charset="koi8-r">'), 'text', null],
    ['nothing', bytes('<p>plain</p>'), 'html', null],
  ])('%s', (_name, input, kind, expected) => {
    expect(declaredEncoding(input, kind)).toBe(expected);
  });
});

describe('decodePage', () => {
  it('replaces invalid UTF-8 with U+FFFD, as a browser shows it, instead of refusing the page', () => {
    const text = decodePage(bytes(Buffer.from('<p>Caf\u00e9 \u201cok\u201d ').toString('latin1'), [0xff], ' and ', [0xc3, 0x28], '</p>'), 'html');
    expect(text).toBe('<p>Caf\u00e9 \u201cok\u201d \ufffd and \ufffd(</p>');
  });
  it('reads a page of ASCII with a few bad bytes, each a U+FFFD', () => {
    expect(decodePage(bytes('<p>It', [0x92], 's a ', [0xff, 0xfe], ' day</p>'), 'html')).toBe('<p>It\ufffds a \ufffd\ufffd day</p>');
  });
  it('reads a legacy page that declares no charset as UTF-8, as a browser does by default: U+FFFD for its accented letters', () => {
    expect(decodePage(Buffer.from('<p>Caf\u00e9 cr\u00e8me</p>', 'latin1'), 'html')).toBe('<p>Caf\ufffd cr\ufffdme</p>');
  });
  it('reads "replacement" (a <meta> naming ISO-2022-KR) as the standard does: one U+FFFD', () => {
    expect(decodePage(bytes('<meta charset="iso-2022-kr"><p>x</p>'), 'html')).toBe('\ufffd');
  });
  it('drops the BOM', () => expect(decodePage(bytes([0xef, 0xbb, 0xbf], 'abc'), 'text')).toBe('abc'));
  it('reads a declared UTF-16 page, NUL bytes and all', () => {
    expect(decodePage(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>\u65e5\u672c</p>', 'utf16le')]), 'html')).toBe('<p>\u65e5\u672c</p>');
  });
  it('reads a page with a stray NUL byte or two', () => {
    const para = '<p>An ordinary paragraph of a saved page, long enough to read as one.</p>';
    expect(decodePage(bytes(para.repeat(3), [0], para.repeat(3)), 'html')).toContain('\0');
  });
  it.each<[string, Uint8Array, RegExp]>([
    ['nothing', new Uint8Array(), /^empty file$/],
    ['a PNG header', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), /^binary file/],
    ['random control bytes', Uint8Array.from({ length: 400 }, (_, i) => (i * 7) % 32), /^binary file/],
  ])('refuses %s with one documented reason', (_name, input, reason) => {
    expect(() => decodePage(input, 'html')).toThrow(UnreadableInput);
    expect(() => decodePage(input, 'html')).toThrow(reason);
  });
});

describe('looksBinary', () => {
  it('text with tabs, line breaks, form feeds and escapes is text', () => expect(looksBinary(utf8('a\tb\r\nc\fd\x1be'.repeat(50)))).toBe(false));
  it('NUL bytes over 1 in 100 are binary', () => expect(looksBinary(bytes('x'.repeat(97), [0, 0]))).toBe(true));
  it('one NUL in 200 bytes is not', () => expect(looksBinary(bytes('x'.repeat(199), [0]))).toBe(false));
});
