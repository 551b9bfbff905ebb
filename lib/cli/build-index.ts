import { parseArgs } from 'node:util';
import { buildIndexFile, buildPackFile, outputKind } from '../node/build-index-file';

/** Where `build:index` writes: a test seam. */
export interface BuildIndexIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where the bundled index goes when no `--out` is given. */
  seedIndexPath: string;
}

const USAGE = 'usage: npm run build:index -- [--in <folder>] [--out <pack-file>] [--name <name>] [--quiet]';

/**
 * The `build:index` command (docs/check-cli.md): the bundled index from
 * seeds/, or a pack of any folder. Returns the exit status: 0 when written
 * (pages that are not articles are skipped and named on standard error), 2
 * with a one-line error for bad arguments, an empty folder or an unreadable file.
 */
export async function runBuildIndex(argv: string[], io: BuildIndexIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        in: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: io.seedIndexPath },
        name: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    io.stderr(`build-index: ${(e as Error).message}; ${USAGE}`);
    return 2;
  }
  const pack = outputKind(values.out) === 'pack';
  if (values.name !== undefined && !pack) {
    io.stderr(`build-index: --name names a pack, and ${values.out} is not one (a .json file is the bundled index's form)`);
    return 2;
  }
  try {
    const s = pack ? await buildPackFile(values.in, values.out, values.name) : await buildIndexFile(values.in, values.out);
    const n = s.skipped.length;
    if (n) io.stderr(`build-index: skipped ${n} ${n === 1 ? 'page that is not an article' : 'pages that are not articles'}: ${s.skipped.join(', ')}`);
    if (!values.quiet) {
      io.stdout(
        `${pack ? 'pack' : 'index'} ${s.version}: ${s.articles} articles, ${s.paragraphs} paragraphs, ${s.bytes} bytes -> ${values.out}${s.written ? '' : ' (unchanged)'}`,
      );
    }
    return 0;
  } catch (e) {
    io.stderr(`build-index: ${((e as Error).message || 'failed').split('\n')[0]}`);
    return 2;
  }
}
