/**
 * Whether a batch of DOM mutations may have changed the article: anything
 * but our own marker hosts coming and going, inside the article's part of
 * the page (`scope`; the whole page while no article is known). A ticking
 * clock in the header or an advert loading in the sidebar does not count.
 */
export function isRelevantMutation(records: readonly MutationRecord[], isOurs: (node: Node) => boolean, scope: Node | null): boolean {
  if (scope && !scope.isConnected) return true;
  return records.some((r) => {
    if (isOurs(r.target)) return false;
    if (r.type === 'childList') {
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (nodes.length && nodes.every(isOurs)) return false;
    }
    return !scope || scope.contains(r.target);
  });
}

/**
 * The nearest element holding all the given ones (the article's part of the
 * page); null where there are none. Bounded by the number of ancestors.
 */
export function commonAncestor(elements: ReadonlyArray<Element | null>): Element | null {
  let common: Element | null = null;
  for (const el of elements) {
    if (!el) continue;
    if (!common) {
      common = el;
      continue;
    }
    while (common && !common.contains(el)) common = common.parentElement;
    if (!common) return null;
  }
  return common;
}
