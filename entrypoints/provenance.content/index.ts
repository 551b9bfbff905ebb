import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { messenger, ok } from '../../lib/messages';
import { extractUnlessDisabled } from '../../lib/content/site-switch-extract';
import { createPageSession, MUTATION_DEBOUNCE_MS, NAVIGATION_DELAY_MS } from '../../lib/content/page-session';
import { isRelevantMutation } from '../../lib/content/mutation-filter';
import { createMarkerLayer } from './markers';

/** How often the content script checks that its extension is still there. */
const INVALIDATION_CHECK_MS = 3000;

// Wiring only: extraction, the analysis loop and the markers live in lib/content and ./markers.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Our CSS is bundled as a string and goes into each marker's shadow root (./marker-host): none in the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    const markers = createMarkerLayer(ctx);
    const session = createPageSession({
      extract: () => extractUnlessDisabled(document, location.href),
      submit: (page) => messenger.sendMessage('analysePage', page),
      draw: (extract, analysis) => markers.draw(extract, analysis),
      intact: markers.intact,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
      alive: () => ctx.isValid,
    });

    messenger.onMessage('showParagraph', ({ data, sender }) => (sender.id === browser.runtime.id ? ok(markers.show(Number(data?.index))) : ok(false)));
    // The background has no report for this tab (its copy was lost, or a same-document navigation cleared it).
    messenger.onMessage('resubmit', ({ sender }) => {
      if (sender.id === browser.runtime.id) session.request(NAVIGATION_DELAY_MS);
      return ok(true as const);
    });
    ctx.onInvalidated(() => messenger.removeAllListeners());

    // The article changed under us (a live blog, a lazy-loaded body): read it again once it settles.
    const observer = new MutationObserver((records) => {
      if (isRelevantMutation(records, markers.owns, markers.scope())) session.schedule(MUTATION_DEBOUNCE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());

    // A history navigation (pushState, back/forward, a jump to an anchor): the browser tells the
    // background a new page is loading, so it forgets the tab's report; submit again once the
    // single-page app has swapped its article in (the cache answers where the text is the same).
    // WXT's event fires as the navigation starts, before `location` changes: it carries the new address.
    let address = location.href;
    const navigated = (href: string) => {
      if (href === address) return;
      address = href;
      session.schedule(NAVIGATION_DELAY_MS, true);
    };
    ctx.addEventListener(window, 'wxt:locationchange', (e) => navigated(e.newUrl.href));
    ctx.addEventListener(window, 'popstate', () => navigated(location.href));

    // WXT notices a removed or reloaded extension only when the context is next asked (a ctx timer
    // firing, say). Asking every few seconds takes the markers away promptly, with all the rest.
    ctx.setInterval(() => undefined, INVALIDATION_CHECK_MS);

    void session.run(true);
  },
});
