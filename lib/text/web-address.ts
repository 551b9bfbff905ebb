/**
 * A source's address where it may be opened or cited: http(s) only. A pack
 * is made by anyone, so its addresses are data: a `javascript:` one is none.
 */
export function webAddress(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
