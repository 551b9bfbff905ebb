/** Why a file cannot be read as a page: the message of a one-line error. */
export class UnreadableInput extends Error {}

/** Largest page `check` reads: ten times the 10 MB hostile page it must handle. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

/**
 * Decodes a page's bytes as a browser would (BOM, then a declared charset,
 * then UTF-8), refusing what is not text: NUL bytes or control characters
 * mean a binary file, and undeclared bytes that are not UTF-8 are refused
 * rather than guessed at.
 */
export function decodePage(bytes: Uint8Array, kind: 'html' | 'text'): string {
  if (bytes.length === 0) throw new UnreadableInput('empty file');
  if (bytes.length > MAX_INPUT_BYTES) throw new UnreadableInput(`too large (${bytes.length} bytes; at most ${MAX_INPUT_BYTES})`);
  const bom = bomEncoding(bytes);
  const head = bytes.subarray(0, 8192);
  if (!bom || bom === 'utf-8') {
    let control = 0;
    for (const b of head) {
      if (b === 0) throw new UnreadableInput('binary file (contains NUL bytes), not an HTML page or text');
      if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
    }
    if (control > head.length / 20) throw new UnreadableInput('binary file (control characters), not an HTML page or text');
  }
  const label = bom ?? (kind === 'html' ? declaredCharset(head) : null) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: label === 'utf-8' });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal: true });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UnreadableInput('not valid UTF-8 and no other charset declared');
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

function declaredCharset(head: Uint8Array): string | null {
  const ascii = String.fromCharCode(...head.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(ascii);
  return m?.[1]?.toLowerCase() ?? null;
}
