/**
 * Why a file cannot be read as a page: the reasons the file readers throw and
 * `check` prints (lib/cli/reasons.ts builds its lines from them).
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
