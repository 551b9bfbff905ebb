/**
 * A read-only array whose elements are made on first read and kept: an
 * index of 100,000 articles holds over a million paragraphs, of which
 * matching a page reads a few hundred, so they are decoded as they are read
 * rather than all at load. It is a real array to every reader (`Array.isArray`,
 * indexing, `length`, iteration, `map`, `join`, JSON), so the index's shape
 * does not change; reading every element simply decodes them all.
 */
export function lazyList<T>(length: number, make: (i: number) => T): T[] {
  const target: T[] = new Array<T>(length);
  const made = new Uint8Array(length);
  const element = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(key);
    return i < length && String(i) === key ? i : -1;
  };
  const load = (i: number): T => {
    if (!made[i]) {
      target[i] = make(i);
      made[i] = 1;
    }
    return target[i]!;
  };
  return new Proxy(target, {
    get(t, key, receiver) {
      const i = element(key);
      return i >= 0 ? load(i) : Reflect.get(t, key, receiver);
    },
    has(t, key) {
      return element(key) >= 0 || Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      const i = element(key);
      if (i >= 0) load(i);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys(t) {
      for (let i = 0; i < length; i++) load(i);
      return Reflect.ownKeys(t);
    },
    set() {
      return false;
    },
    defineProperty() {
      return false;
    },
    deleteProperty() {
      return false;
    },
  });
}
