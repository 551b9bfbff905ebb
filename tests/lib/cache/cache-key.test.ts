import { describe, expect, it } from 'vitest';
import { cacheKey, textHash } from '../../../lib/cache/cache-key';

const base = { url: 'https://example.org/a', title: 'T', paragraphs: ['One.', 'Two.'], indexVersion: 'v1' };

describe('cache keys', () => {
  it('are the index version, a SHA-256 of the text, and the address', async () => {
    const k = await cacheKey(base);
    expect(k.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(k.key).toBe(`v1:${k.textHash}:https://example.org/a`);
    expect(k).toMatchObject({ url: base.url, indexVersion: 'v1' });
  });

  it.each([
    ['another address', { url: 'https://example.org/b' }],
    ['another index', { indexVersion: 'v2' }],
    ['another title', { title: 'U' }],
    ['a changed paragraph', { paragraphs: ['One.', 'Two!'] }],
    ['paragraphs split differently', { paragraphs: ['One. Two.'] }],
  ])('change with %s', async (_name, change) => {
    expect((await cacheKey({ ...base, ...change })).key).not.toBe((await cacheKey(base)).key);
  });

  it('are the same for the same text', async () => {
    expect(await textHash('T', ['One.', 'Two.'])).toBe(await textHash('T', ['One.', 'Two.']));
  });
});
