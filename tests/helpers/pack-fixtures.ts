import type { ArticleInput } from '../../lib/index/model';
import { buildIndex } from '../../lib/index/build';
import { writePack } from '../../lib/index/pack';

/**
 * Small articles on stories that are not the seeds' (a ferry strike, a
 * library reopening), for packs built inside tests. Each pack built from a
 * different list has a different checksum, so it is a different pack.
 */
export const FERRY_WIRE: ArticleInput = {
  id: 'ferry-wire_0001',
  outlet: 'Harbour Wire',
  published: '2026-04-14',
  title: 'Ferry crews walk out over rosters, stranding island commuters',
  url: 'https://harbour-wire.example/2026/04/14/ferry-strike',
  paragraphs: [
    'Crews on the Kestrel Sound ferries walked out at six on Tuesday morning in a dispute over new rosters, leaving about 4,000 island commuters without a crossing.',
    'The operator, Sound Line, said only two of its eleven sailings had left Port Ellery before the strike began, and that it had asked the union to return to talks.',
    '"Nobody wants to leave people stranded, but the rosters would have us working fourteen hours without a proper break," said union organiser Declan Moray.',
    'Island schools closed for the day and the health board moved outpatient appointments to video calls for residents who could not reach the mainland clinic.',
  ],
};

export const FERRY_PAPER: ArticleInput = {
  id: 'ferry-paper_0002',
  outlet: 'The Island Gazette',
  published: '2026-04-15',
  title: 'Strike leaves Kestrel Sound islanders cut off',
  url: 'https://island-gazette.example/news/ferry-strike-day-one',
  paragraphs: [
    'Islanders queued at the empty pier on Tuesday as the first ferry strike in twenty years left them with no way across the Sound.',
    'Crews on the Kestrel Sound ferries walked out at six on Tuesday morning in a dispute over new rosters, leaving about 4,000 island commuters without a crossing.',
    'Shop owners said deliveries of fresh food would run out by Thursday if the boats did not sail again this week.',
  ],
};

export const LIBRARY_NEWS: ArticleInput = {
  id: 'library-news_0003',
  outlet: 'Northfield Chronicle',
  published: '2026-01-09',
  title: 'Northfield library reopens after three-year restoration',
  url: 'https://northfield-chronicle.example/library-reopens',
  paragraphs: [
    'The Carnegie library in Northfield reopened its doors on Friday after a three-year restoration that cost 6.2 million pounds and saved its painted reading-room ceiling.',
    'Head librarian Ruth Okonedo said more than 900 people had queued in the rain before the doors opened at nine, many of them carrying books borrowed before the closure.',
    '"Some of these books have been on kitchen tables for three years, and we are simply glad to have them home," Okonedo said as she stamped the returns.',
  ],
};

/** Another outlet's story on the ferry strike, carrying two of FERRY_WIRE's paragraphs word for word (no address of its own). */
export const FERRY_COPY: ArticleInput = {
  id: 'copy',
  outlet: 'Evening Bulletin',
  published: '2026-04-16',
  title: 'Strike talks collapse as ferries stay in port',
  url: null,
  paragraphs: [
    'Talks between Sound Line and the crews broke up late on Wednesday without agreement, and both sides said they would not meet again before the weekend.',
    FERRY_WIRE.paragraphs[0]!,
    FERRY_WIRE.paragraphs[2]!,
    'Passengers who had booked cars onto the Friday sailings were told to expect refunds, while freight operators looked for space on the longer northern route.',
    'The regional transport minister said she would meet both sides on Monday if no agreement had been reached by then, and urged them to keep talking.',
  ],
};

/** A pack file of these articles (all three by default). */
export function packOf(articles: readonly ArticleInput[] = [FERRY_WIRE, FERRY_PAPER, LIBRARY_NEWS], name = 'Test pack'): Uint8Array {
  return writePack(buildIndex(articles), { name, createdFrom: `test:${articles.map((a) => a.id).join(',')}` });
}

/**
 * An article as a saved news page: its outlet, date and address in the page's own metadata
 * (`og:site_name`, `article:published_time`, the canonical link), as `build:index` reads them.
 */
export function articleHtml(article: ArticleInput): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(article.title ?? '')}</title>
${article.url ? `<link rel="canonical" href="${esc(article.url)}">` : ''}
${article.outlet ? `<meta property="og:site_name" content="${esc(article.outlet)}">` : ''}
${article.published ? `<meta property="article:published_time" content="${esc(article.published)}T08:00:00Z">` : ''}
</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${esc(article.title ?? '')}</h1>
${article.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer><p>All rights reserved.</p></footer></body></html>`;
}
