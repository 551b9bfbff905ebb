/**
 * Every line `check` may write on standard error, in one place: the reasons
 * a file cannot be read, and the lines built from them. docs/check-cli.md
 * lists the same texts (a unit test holds the two together), and the fuzz
 * test holds every standard-error line to `isDocumentedErrorLine`.
 */

/** Largest page `check` reads: ten times the 10 MB hostile page it must handle. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

/**
 * Why a file cannot be read as a page, as docs/check-cli.md gives each:
 * `<n>` stands for a number, `<code>` for a system error code (EIO, ...).
 */
export const READ_REASONS = {
  missing: 'no such file',
  denied: 'permission denied',
  directory: 'is a directory, not a page',
  notFile: 'not a regular file',
  tooLarge: 'too large (<n> bytes; at most <n>)',
  empty: 'empty file',
  binary: 'binary file (NUL bytes or control characters), not an HTML page or text',
  other: 'cannot be read (<code>)',
} as const;

/** One of the documented reasons. */
export type ReadReason = keyof typeof READ_REASONS;

/** A reason's text with its placeholders filled, in order. */
export function reasonText(reason: ReadReason, ...values: Array<string | number>): string {
  let i = 0;
  return READ_REASONS[reason].replace(/<n>|<code>/g, () => String(values[i++]));
}

/** Why a file cannot be read as a page: the message of a one-line error. */
export class UnreadableInput extends Error {
  constructor(reason: ReadReason, ...values: Array<string | number>) {
    super(reasonText(reason, ...values));
  }
}

/** How `check` is called, as its usage line says. */
export const USAGE =
  'usage: npm run --silent check -- <page.html|page.txt|-> [--url <address>] [--json | --annotations] [--index <pack-file>]... [--no-bundled]';

/** The three shapes of a standard-error line (docs/check-cli.md); `<...>` marks what varies. */
export const ERROR_LINES = {
  unreadable: 'check: <file>: <reason>',
  usage: `check: <problem>; ${USAGE}`,
  index: 'check: cannot load the index: <message>',
  pack: 'check: <pack-file>: <sentence>',
} as const;

/** A pack that cannot be read for a reason of the file system, not of its bytes. */
export const PACK_UNREADABLE = 'This file cannot be read as a pack.';

/** The line for a pack named by `--index` that cannot be used: the reason is one sentence (a PackError's message). */
export function packLine(file: string, sentence: string): string {
  return `check: ${file}: ${sentence.split('\n')[0]}`;
}

/** The line for a page that cannot be read (`file` is `-` for standard input). */
export function unreadableLine(file: string, reason: string): string {
  return `check: ${file === '-' ? 'standard input' : file}: ${reason}`;
}

/** The line for a wrong invocation: what is wrong, then the usage. */
export function usageLine(problem: string): string {
  return `check: ${problem}; ${USAGE}`;
}

/** The line for an index that does not load. */
export function indexLine(message: string): string {
  return `check: cannot load the index: ${message.split('\n')[0]}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const reasonPattern = Object.values(READ_REASONS)
  .map((r) =>
    escape(r)
      .replace(/<n>/g, '\\d+')
      .replace(/<code>/g, '[A-Z][A-Z0-9_]*'),
  )
  .join('|');
const LINE_PATTERNS = [
  new RegExp(`^check: .+: (?:${reasonPattern})$`),
  new RegExp(`^check: [^\\n]+; ${escape(USAGE)}$`),
  /^check: cannot load the index: [^\n]+$/,
  // A pack's reason is one of PackError's sentences, each about "This pack"/"This file" (or "There is no such file."), ending in a full stop.
  /^check: .+: (?:This|There) [^\n]*\.$/,
];

/** Whether a standard-error line is one docs/check-cli.md documents. */
export function isDocumentedErrorLine(line: string): boolean {
  return LINE_PATTERNS.some((p) => p.test(line));
}
