import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ElementContext } from 'axe-core';

/** The WCAG 2 levels every page of ours must pass: A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa'];

/** One rule broken, and where (axe's selectors; `host >> inner` is inside the host's shadow root). */
export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let source: string | undefined;
/** axe-core's browser build, read once. */
function axeSource(): string {
  source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Runs axe-core's `wcag2a` and `wcag2aa` rules in a page (an extension page,
 * or a web page: open shadow roots, such as the markers' and cards', are
 * read inside) and returns the violations. `context` limits the run to part
 * of the page, e.g. `{ include: ['provenance-lens-marker'] }` to leave out
 * a test page's own markup. axe is evaluated through the debugging protocol,
 * not a script tag, so an extension page's CSP does not stop it.
 */
export async function axeViolations(page: Page, context?: ElementContext): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  // The context crosses as JSON text: Playwright's serialisable types recurse too deep on axe's.
  return page.evaluate(
    async ({ json, tags }) => {
      const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
      const results = await axe.run(JSON.parse(json) ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact ?? null,
        help: v.help,
        // A target inside a shadow root is the path of selectors to it, host first.
        targets: v.nodes.map((n) => n.target.map((t) => [t].flat().join(' >> ')).join(', ')),
      }));
    },
    { json: JSON.stringify(context ?? null), tags: WCAG_TAGS },
  );
}
