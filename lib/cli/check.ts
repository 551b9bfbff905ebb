import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ProvenanceIndex } from '../index/model';
import { composeIndex, type Segment } from '../index/segments';
import { PackError } from '../index/pack';
import { readPackFile } from '../node/read-pack-file';
import { matchPage, type PageInput } from '../match/match-page';
import { pageFromDocument, pageFromText } from '../extract/page-input';
import { hasMarkup, parseHtmlDocument } from '../node/parse-html';
import { decodePage } from '../node/decode';
import { indexLine, MAX_INPUT_BYTES, PACK_UNREADABLE, packLine, reasonText, UnreadableInput, unreadableLine, usageLine } from './reasons';
import { formatReport } from './format-report';
import { toAnnotationCollection } from '../export/web-annotation';

/** Where `check` reads and writes: a test seam. */
export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** The bundled index (left out with `--no-bundled`); packs named with `--index` are read from their files. */
  index: () => ProvenanceIndex;
}

/**
 * The `check` command (docs/check-cli.md): reads a saved page, runs the
 * extension's pipeline on it, prints the report. Returns the exit status:
 * 0 when the page was read, 2 with a one-line error when it could not be
 * (every such line is one of ./reasons.ts, as docs/check-cli.md lists them).
 */
export async function runCheck(argv: string[], io: CheckIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        json: { type: 'boolean', default: false },
        annotations: { type: 'boolean', default: false },
        index: { type: 'string', multiple: true, default: [] },
        'no-bundled': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    io.stderr(usageLine((e as Error).message.split('\n')[0]!));
    return 2;
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) {
    io.stderr(usageLine(file ? 'one page at a time' : 'no page given'));
    return 2;
  }
  if (args.values.json && args.values.annotations) {
    io.stderr(usageLine('--json and --annotations print different documents: choose one'));
    return 2;
  }
  const packs = args.values.index;
  if (args.values['no-bundled'] && !packs.length) {
    io.stderr(usageLine('--no-bundled leaves no index to match against: name a pack with --index <pack-file>'));
    return 2;
  }
  const url = args.values.url ?? null;
  let page: PageInput;
  try {
    page = await readPage(file, url, io);
  } catch (e) {
    const reason = e instanceof UnreadableInput ? e.message : describeFsError(e);
    // Anything else is a fault of ours: it must show, not pass for a reason.
    if (reason === null) throw e;
    io.stderr(unreadableLine(file, reason));
    return 2;
  }
  const segments: Segment[] = [];
  if (!args.values['no-bundled']) {
    try {
      segments.push({ id: 'bundled', origin: 'bundled', index: io.index() });
    } catch (e) {
      io.stderr(indexLine((e as Error).message));
      return 2;
    }
  }
  for (const pack of packs) {
    try {
      segments.push(await readPackFile(pack));
    } catch (e) {
      io.stderr(packLine(pack, e instanceof PackError ? e.message : PACK_UNREADABLE));
      return 2;
    }
  }
  const index = composeIndex(segments);
  const report = matchPage(page, index);
  if (args.values.annotations) io.stdout(JSON.stringify(toAnnotationCollection(report, url ?? pageAddress(file)), null, 2));
  else io.stdout(args.values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return 0;
}

/** The page an annotation targets without `--url`: the file's own `file:` address; standard input has none, so a fixed URN. */
function pageAddress(file: string): string {
  return file === '-' ? 'urn:provenance-lens:standard-input' : pathToFileURL(resolve(file)).href;
}

async function readPage(file: string, url: string | null, io: CheckIo): Promise<PageInput> {
  let bytes: Uint8Array;
  if (file === '-') bytes = await io.readStdin();
  else {
    const info = await stat(file);
    if (info.isDirectory()) throw new UnreadableInput('directory');
    if (!info.isFile()) throw new UnreadableInput('notFile');
    if (info.size > MAX_INPUT_BYTES) throw new UnreadableInput('tooLarge', info.size, MAX_INPUT_BYTES);
    bytes = await readFile(file);
  }
  const ext = extname(file).toLowerCase();
  const kind = ext === '.txt' ? 'text' : ext === '.html' || ext === '.htm' || file === '-' ? 'html' : sniff(bytes);
  const text = decodePage(bytes, kind);
  // A ".html" file with no markup at all (white space, a text export) is read as the text it is.
  if (kind === 'text' || !hasMarkup(text)) return pageFromText(text, url);
  return pageFromDocument(parseHtmlDocument(text, url), url, true);
}

// A page of another extension is HTML when it looks like markup, else text.
function sniff(bytes: Uint8Array): 'html' | 'text' {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<') ? 'html' : 'text';
}

/** The documented reason for a file-system error; null for an error that is not one. */
function describeFsError(e: unknown): string | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9_]+$/.test(code)) return null;
  switch (code) {
    case 'ENOENT':
      return reasonText('missing');
    case 'EACCES':
    case 'EPERM':
      return reasonText('denied');
    case 'EISDIR':
      return reasonText('directory');
    default:
      return reasonText('other', code);
  }
}
