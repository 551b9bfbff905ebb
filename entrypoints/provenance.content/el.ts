/** A child of `el`: an element, text (always a text node, never parsed), or nothing. */
export type Child = Node | string | false | null | undefined;

/**
 * Builds an element from its tag, attributes and children. Strings become
 * text nodes: page text is data, it never reaches the HTML parser. Stands in
 * for a view library where a handful of static elements are all we build.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}
