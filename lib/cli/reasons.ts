/**
 * Every line `check` may write on standard error, in one place: the reasons
 * a file cannot be read (kept with the file readers, lib/node/read-reasons.ts,
 * and re-exported here), and the lines built from them. docs/check-cli.md
 * lists the same texts (a unit test holds the two together), and the fuzz
 * test holds every standard-error line to `isDocumentedErrorLine`.
 */

export { MAX_INPUT_BYTES, READ_REASONS, reasonText, UnreadableInput, type ReadReason } from '../node/read-reasons';
import { READ_REASONS } from '../node/read-reasons';

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
