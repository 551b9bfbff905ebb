import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteDisabled, setSiteDisabled, siteKey } from '../../../lib/settings/site-switch';

describe('the per-site switch', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['https://www.example.org/news/1', 'example.org'],
    ['http://News.Example.org:8080/a?b#c', 'news.example.org'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('siteKey(%s) = %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  it('is off by default, and turns off one site only', async () => {
    expect(await isSiteDisabled('https://example.org/a')).toBe(false);
    await setSiteDisabled('https://example.org/a', true);
    expect(await isSiteDisabled('https://www.example.org/other')).toBe(true);
    expect(await isSiteDisabled('https://example.com/a')).toBe(false);
    await setSiteDisabled('https://example.org/b', false);
    expect(await isSiteDisabled('https://example.org/a')).toBe(false);
  });
});
