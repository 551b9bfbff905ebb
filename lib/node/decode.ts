import htmlEncodingSniffer from 'html-encoding-sniffer';
import { MAX_INPUT_BYTES, UnreadableInput } from './read-reasons';

/** Bytes read to tell a binary file from text. */
const HEAD_BYTES = 8192;

/**
 * The default where nothing is declared: UTF-8, the encoding the HTML and
 * Encoding Standards require of new pages and most of the web is in. A
 * legacy page that does not declare its charset shows U+FFFD for its
 * accented letters, as a UTF-8 browser shows it.
 */
export const UNDECLARED = 'UTF-8';

/**
 * Decodes a page's bytes as a browser does (the HTML Standard's encoding
 * sniffing: a BOM, then for HTML a `<meta charset>` or `http-equiv` in the
 * first 1,024 bytes, then the default, UTF-8). Bytes the encoding cannot
 * read become U+FFFD, as in a browser. Only what is not text at all
 * (NUL-heavy or control-character bytes, a binary's) is refused.
 */
export function decodePage(bytes: Uint8Array, kind: 'html' | 'text'): string {
  if (bytes.length === 0) throw new UnreadableInput('empty');
  if (bytes.length > MAX_INPUT_BYTES) throw new UnreadableInput('tooLarge', bytes.length, MAX_INPUT_BYTES);
  const declared = declaredEncoding(bytes, kind);
  // UTF-16 text is half NUL bytes: only a declared UTF-16 page is spared the binary test.
  if (!declared?.startsWith('UTF-16') && looksBinary(bytes.subarray(0, HEAD_BYTES))) throw new UnreadableInput('binary');
  return decodeAs(bytes, declared ?? UNDECLARED);
}

/** The encoding a BOM names, or for HTML a `<meta>` declaration (the standard's prescan); null where neither does. */
export function declaredEncoding(bytes: Uint8Array, kind: 'html' | 'text'): string | null {
  // An empty default marks "nothing declared": the sniffer returns it as given.
  return htmlEncodingSniffer(bytes, { defaultEncoding: '', maxPrescanBytes: kind === 'html' ? 1024 : 0 }) || null;
}

/**
 * Whether the first bytes are a binary file's: NUL bytes over 1 in 100, or
 * the MIME Sniffing Standard's binary data bytes (control characters other
 * than tab, line breaks, form feed and escape) over 1 in 20. A stray NUL or
 * two in a saved page does not make it binary.
 */
export function looksBinary(head: Uint8Array): boolean {
  let nul = 0,
    control = 0;
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
