// `npm run check -- page.html [--url U] [--json]`: see docs in README and lib/cli/check.ts.
import { runCheck } from '../lib/cli/check';
import { seedIndex } from '../lib/index/seed-index';
import { buffer } from 'node:stream/consumers';

// A reader piping into `head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCheck(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
  // The bytes as they are: decodePage reads their charset, as it does a file's.
  readStdin: async () => new Uint8Array(await buffer(process.stdin)),
  index: seedIndex,
});
