import htmlEncodingSniffer from 'html-encoding-sniffer';
import { MAX_INPUT_BYTES, UnreadableInput } from '../cli/reasons';

/** Bytes read to tell a binary file from text. */
const HEAD_BYTES = 8192;

/**
 * Decodes a page's bytes as a browser does (the HTML Standard's encoding
 * sniffing: a BOM, then for HTML a `<meta charset>` or `http-equiv` in the
 * first 1,024 bytes, then a default; see `undeclaredEncoding`). Bytes the
 * encoding cannot read become U+FFFD, as in a browser. Only what is not text
 * at all (NUL-heavy or control-character bytes, a binary's) is refused.
 */
export function decodePage(bytes: Uint8Array, kind: 'html' | 'text'): string {
  if (bytes.length === 0) throw new UnreadableInput('empty');
  if (bytes.length > MAX_INPUT_BYTES) throw new UnreadableInput('tooLarge', bytes.length, MAX_INPUT_BYTES);
  const declared = declaredEncoding(bytes, kind);
  // UTF-16 text is half NUL bytes: only a declared UTF-16 page is spared the binary test.
  if (!declared?.startsWith('UTF-16') && looksBinary(bytes.subarray(0, HEAD_BYTES))) throw new UnreadableInput('binary');
  return decodeAs(bytes, declared ?? undeclaredEncoding(bytes));
}

/** The encoding a BOM names, or for HTML a `<meta>` declaration (the standard's prescan); null where neither does. */
export function declaredEncoding(bytes: Uint8Array, kind: 'html' | 'text'): string | null {
  // An empty default marks "nothing declared": the sniffer returns it as given.
  return htmlEncodingSniffer(bytes, { defaultEncoding: '', maxPrescanBytes: kind === 'html' ? 1024 : 0 }) || null;
}

/**
 * The default for a page that declares nothing, as browsers' detectors
 * choose it: UTF-8 where the bytes read mostly as UTF-8 (a few bad bytes
 * in a UTF-8 page become U+FFFD), else windows-1252, the Encoding
 * Standard's default for most locales (a legacy page's accented letters).
 */
export function undeclaredEncoding(bytes: Uint8Array): 'UTF-8' | 'windows-1252' {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'UTF-8';
  } catch {
    const { valid, invalid } = utf8Tally(bytes);
    return valid >= invalid ? 'UTF-8' : 'windows-1252';
  }
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that start none (lead-byte ranges only: a tally, not a validator). */
function utf8Tally(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0, invalid = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const trail = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    let k = 1;
    while (k <= trail && i + k < b.length && (b[i + k]! & 0xc0) === 0x80) k++;
    if (trail && k === trail + 1) {
      valid++;
      i += k;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/**
 * Whether the first bytes are a binary file's: NUL bytes over 1 in 100, or
 * the MIME Sniffing Standard's binary data bytes (control characters other
 * than tab, line breaks, form feed and escape) over 1 in 20. A stray NUL or
 * two in a saved page does not make it binary.
 */
export function looksBinary(head: Uint8Array): boolean {
  let nul = 0, control = 0;
  for (const b of head) {
    if (b === 0) nul++;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return nul > head.length / 100 || control > head.length / 20;
}

/** Decodes with Node's TextDecoder (the Encoding Standard's decoders, full ICU), never failing. */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  // The standard's "replacement" encoding (ISO-2022-KR and the like) decodes to one U+FFFD; Node lacks it.
  if (encoding === 'replacement') return '\ufffd';
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
