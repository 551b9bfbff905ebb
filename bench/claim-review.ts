// Lists every claim match on the pages of the dev stories (tests/fixtures/dev-stories/),
// against the development index, for a review by hand: does the source sentence the card
// shows plainly state the page paragraph's fact? The review itself is docs/claim-review.md.
//
//   npx tsx bench/claim-review.ts            markdown, one entry per match, verdict left open
//   npx tsx bench/claim-review.ts --json     the same entries as JSON
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { matchPage, type PageInput } from '../lib/match/match-page';
import { pageFromDocument, pageFromText } from '../lib/extract/page-input';
import { parseHtmlDocument } from '../lib/node/parse-html';
import { decodePage } from '../lib/node/decode';
import { buildDevIndex, DEV_STORIES, SEED_STORY } from './dev-index';

const { values: args } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

function readPage(path: string): PageInput {
  const bytes = readFileSync(path);
  return path.endsWith('.txt') ? pageFromText(decodePage(bytes, 'text')) : pageFromDocument(parseHtmlDocument(decodePage(bytes, 'html'), null), null, true);
}

/** The card's source text with the matched span in ⟦ ⟧, as the card emphasises it. */
function marked(text: string, span: { start: number; end: number } | undefined): string {
  return span ? `${text.slice(0, span.start)}⟦${text.slice(span.start, span.end)}⟧${text.slice(span.end)}` : text;
}

const dev = await buildDevIndex();
const entries = [];
for (const story of dev.stories.filter((s) => s !== SEED_STORY)) {
  const pages = join(DEV_STORIES, story, 'pages');
  for (const name of readdirSync(pages).sort()) {
    const labels = JSON.parse(readFileSync(join(pages, name, 'labels.json'), 'utf8')) as { page?: string; labels: Array<{ sources: string[] }> };
    const report = matchPage(readPage(join(pages, name, labels.page ?? 'page.txt')), dev.index);
    for (const p of report.paragraphs) {
      for (const m of p.matches) {
        if (m.kind !== 'claim') continue;
        entries.push({
          n: entries.length + 1,
          case: `${story}/${name}`,
          paragraph: p.index,
          labelled: labels.labels[p.index]!.sources.includes(m.sourceId),
          score: m.score,
          source: m.sourceId,
          page: p.text,
          shown: marked(m.sourceText, m.sourceSpan),
        });
      }
    }
  }
}

if (args.json) {
  process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
} else {
  for (const e of entries) {
    console.log(`### ${e.n}. ${e.case} [${e.paragraph}] → ${e.source} (score ${e.score}, ${e.labelled ? 'labelled' : 'not labelled'})\n`);
    console.log(`- page: ${e.page}`);
    console.log(`- shown: ${e.shown}`);
    console.log(`- verdict: \n`);
  }
}
