// `npm run check -- page.html [--url U] [--json]`: see docs in README and lib/cli/check.ts.
import { runCheck } from '../lib/cli/check';
import { seedIndex } from '../lib/index/seed-index';
import { text } from 'node:stream/consumers';

process.exitCode = await runCheck(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
  readStdin: async () => new TextEncoder().encode(await text(process.stdin)),
  index: seedIndex,
});
