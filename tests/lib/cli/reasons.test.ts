import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ERROR_LINES, indexLine, isDocumentedErrorLine, packLine, READ_REASONS, reasonText, unreadableLine, usageLine } from '../../../lib/cli/reasons';

const DOC = readFileSync(new URL('../../../docs/check-cli.md', import.meta.url), 'utf8');

describe('the reasons check gives for exit status 2', () => {
  it.each(Object.entries(READ_REASONS))('%s is listed in docs/check-cli.md as the code gives it', (_key, text) => {
    expect(DOC).toContain(`- \`${text}\``);
  });

  it.each(Object.entries(ERROR_LINES))('the %s line shape is in docs/check-cli.md', (_key, shape) => {
    expect(DOC).toContain(`\`${shape}\``);
  });

  it("fills a reason's placeholders in order", () => {
    expect(reasonText('tooLarge', 12, 34)).toBe('too large (12 bytes; at most 34)');
    expect(reasonText('other', 'EIO')).toBe('cannot be read (EIO)');
  });

  it.each([
    unreadableLine('/tmp/a page.html', reasonText('binary')),
    unreadableLine('-', reasonText('empty')),
    unreadableLine('x.html', reasonText('tooLarge', 200, 100)),
    usageLine('no page given'),
    usageLine("Unknown option '--bogus'"),
    indexLine('bad magic\nat line 2'),
    packLine('flood.plpack', 'This pack is damaged: its checksum does not match its contents.'),
    usageLine('--no-bundled leaves no index to match against: name a pack with --index <pack-file>'),
    usageLine('--json and --annotations print different documents: choose one'),
  ])('documents %j', (line) => {
    expect(isDocumentedErrorLine(line)).toBe(true);
  });

  it.each([
    "check: x.html: Cannot destructure property 'firstElementChild' of 'documentElement' as it is null.",
    'check: x.html: not valid UTF-8 and no other charset declared',
    'TypeError: x is not a function',
    '    at readPage (lib/cli/check.ts:70:3)',
    'check: x.html: too large (many bytes; at most 100)',
  ])('does not document %j', (line) => {
    expect(isDocumentedErrorLine(line)).toBe(false);
  });
});
