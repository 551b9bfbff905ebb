// `npm run build:index [-- --in DIR --out FILE --name NAME]`: see lib/cli/build-index.ts and docs/check-cli.md.
import { runBuildIndex } from '../lib/cli/build-index';
import { SEED_INDEX_PATH } from '../lib/node/paths';

process.exitCode = await runBuildIndex(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(`${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
  seedIndexPath: SEED_INDEX_PATH,
});
