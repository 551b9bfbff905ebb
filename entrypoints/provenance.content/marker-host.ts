import css from './style.css?inline';

/** The one element name we add to pages (the extension contract's marker host). */
export const MARKER_HOST = 'provenance-lens-marker';

/** Keys typed in a card stay ours: the page's shortcuts do not fire for them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

let shared: CSSStyleSheet | undefined;

/**
 * Our styles, inside one shadow root only: nothing of ours styles the page.
 * Chromium shares one constructed sheet between all the markers (its content
 * scripts run in the page's document). Firefox gets a <style> each, as WXT
 * did: there the content script's globals are a sandbox's, and adopting a
 * sheet it constructed into the page's shadow roots is untested here (the
 * browser tests run Chromium only).
 */
function addStyles(root: ShadowRoot) {
  if (!import.meta.env.FIREFOX && 'adoptedStyleSheets' in root) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

/**
 * A marker's shadow-root host for paragraph `index`, not yet in the page:
 * the only thing the page can read on it is the index. Open, as the
 * extension contract's browser tests read inside it.
 */
export function createMarkerHost(index: number): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(MARKER_HOST);
  host.setAttribute('data-paragraph-index', String(index));
  const root = host.attachShadow({ mode: 'open' });
  addStyles(root);
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  return { host, root };
}
