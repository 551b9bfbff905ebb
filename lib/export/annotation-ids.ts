/**
 * A deterministic `urn:uuid:` for an annotation: the same page, index and
 * match always get the same id, so an export can be diffed and re-imported.
 * Four FNV-1a 32-bit hashes with different seeds give the 128 bits (RFC 9562
 * version 8, "custom"); not cryptographic, only stable.
 */
export function stableUuid(...parts: string[]): string {
  const text = parts.join('\u0000');
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  });
  const hex = words
    .map((w) => w.toString(16).padStart(8, '0'))
    .join('')
    .split('');
  hex[12] = '8'; // version 8
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16); // variant 10xx
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
