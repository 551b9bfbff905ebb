// Builds the bundled index from seeds/ (or any folder: --in DIR --out FILE).
import { parseArgs } from 'node:util';
import { buildIndexFile } from '../lib/node/build-index-file';
import { SEED_INDEX_PATH } from '../lib/node/paths';

const { values } = parseArgs({
  options: { in: { type: 'string', default: 'seeds' }, out: { type: 'string', default: SEED_INDEX_PATH }, quiet: { type: 'boolean', default: false } },
});
try {
  const s = await buildIndexFile(values.in!, values.out!);
  if (!values.quiet) {
    console.log(`index ${s.version}: ${s.articles} articles, ${s.paragraphs} paragraphs, ${s.bytes} bytes -> ${values.out}${s.written ? '' : ' (unchanged)'}`);
  }
} catch (e) {
  console.error(`build-index: ${(e as Error).message}`);
  process.exit(2);
}
