// Builds the bundled index from seeds/, or a pack of any folder: --in DIR --out FILE [--name NAME] (docs/check-cli.md).
import { parseArgs } from 'node:util';
import { buildIndexFile, buildPackFile, outputKind } from '../lib/node/build-index-file';
import { SEED_INDEX_PATH } from '../lib/node/paths';

const USAGE = 'usage: npm run build:index -- [--in <folder>] [--out <pack-file>] [--name <name>] [--quiet]';

try {
  const { values } = parseArgs({
    options: {
      in: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: SEED_INDEX_PATH },
      name: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const pack = outputKind(values.out!) === 'pack';
  if (values.name !== undefined && !pack) throw new Error(`--name names a pack, and ${values.out} is not one (a .json file is the bundled index's form)`);
  const s = pack ? await buildPackFile(values.in!, values.out!, values.name) : await buildIndexFile(values.in!, values.out!);
  if (s.skipped.length) console.error(`build-index: skipped ${s.skipped.length} ${s.skipped.length === 1 ? 'page that is' : 'pages that are'} not articles: ${s.skipped.join(', ')}`);
  if (!values.quiet) {
    const what = pack ? 'pack' : 'index';
    console.log(`${what} ${s.version}: ${s.articles} articles, ${s.paragraphs} paragraphs, ${s.bytes} bytes -> ${values.out}${s.written ? '' : ' (unchanged)'}`);
  }
} catch (e) {
  const message = (e as Error).message.split('\n')[0];
  console.error(`build-index: ${message}${(e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `; ${USAGE}` : ''}`);
  process.exit(2);
}
