import { describe, expect, it } from 'vitest';
import { senderPageAddress } from '../../../lib/background/page-address';

describe('senderPageAddress', () => {
  it.each([
    [{ url: 'https://news.example/a?b=1#c' }, 'https://news.example/a?b=1'],
    [{ tab: { url: 'http://127.0.0.1:8080/x' } }, 'http://127.0.0.1:8080/x'],
    [{ url: 'https://frame.example/', tab: { url: 'https://tab.example/' } }, 'https://frame.example/'],
    [{ url: 'chrome://newtab/' }, null],
    [{ url: 'file:///tmp/a.html' }, null],
    [{ url: 'not a url' }, null],
    [{}, null],
  ])('%j → %s', (sender, expected) => {
    expect(senderPageAddress(sender)).toBe(expected);
  });
});
