import type { ArticleInput } from '../../lib/index/model';

/**
 * Small articles of two stories that are not the seeds' (a river flood, a
 * retailer's results), each told by a wire story and a paper that reprints
 * and rewords it: for tests of packs and segments that need their own index.
 */
export const FLOOD_WIRE: ArticleInput = {
  id: 'flood-wire_0001',
  outlet: 'Riverside Wire',
  published: '2026-03-02',
  title: 'River Aln bursts its banks, forcing 1,200 from homes',
  url: 'https://riverside-wire.example/2026/03/02/aln-flood',
  paragraphs: [
    'The River Aln burst its banks before dawn on Monday, flooding more than 300 homes in Alnmouth and forcing about 1,200 residents to leave, the county council said.',
    'Emergency crews used boats to reach families trapped on upper floors along Riverside Terrace, where the water rose to nearly two metres within an hour.',
    '"We have never seen the river come up this fast, not in forty years of living here," said Margaret Hollis, who was taken from her bedroom window by a fire crew.',
    'The Environment Agency said 87 millimetres of rain had fallen on the hills above the town in 24 hours, more than the usual total for the whole of March.',
    'Council leader Tom Reddish said temporary shelter had been opened at the Alnmouth leisure centre and that no one had been seriously hurt.',
  ],
};

export const FLOOD_PAPER: ArticleInput = {
  id: 'flood-paper_0002',
  outlet: 'The Coastal Courier',
  published: '2026-03-03',
  title: 'Alnmouth counts the cost after night of flooding',
  url: 'https://coastal-courier.example/news/alnmouth-flood-cost',
  paragraphs: [
    'Alnmouth woke on Tuesday to mud, ruined furniture and a long clean-up after the worst flood the town has known.',
    'The River Aln burst its banks before dawn on Monday, flooding more than 300 homes in Alnmouth and forcing about 1,200 residents to leave, the county council said.',
    '"We have never seen the river come up this fast, not in forty years of living here," Margaret Hollis told the Courier from the leisure centre.',
    'Insurers said it was too early to put a figure on the damage, and the council has asked residents to photograph everything before throwing it away.',
  ],
};

export const EARNINGS_WIRE: ArticleInput = {
  id: 'earnings-wire_0003',
  outlet: 'Market Wire',
  published: '2026-02-20',
  title: 'Harrow & Finch profit falls 18% as shoppers cut back',
  url: 'https://market-wire.example/harrow-finch-results',
  paragraphs: [
    'Harrow & Finch, the department store chain, said on Friday that its annual pre-tax profit fell 18 percent to 412 million pounds as shoppers cut back on clothing and homeware.',
    'Chief executive Priya Sandhu said the company would close 14 of its 96 stores over the next two years and move more of its staff to online orders.',
    '"The way people shop has changed for good, and we have to change with it," Sandhu told analysts on a call after the results were published.',
    'Shares in the company rose 3 percent in early trading in London, as investors welcomed a plan to return 150 million pounds to shareholders.',
  ],
};

export const EARNINGS_PAPER: ArticleInput = {
  id: 'earnings-paper_0004',
  outlet: 'The City Ledger',
  published: '2026-02-21',
  title: 'Harrow & Finch to shut 14 stores',
  url: 'https://city-ledger.example/business/harrow-finch-stores',
  paragraphs: [
    'Harrow & Finch, the department store chain, said on Friday that its annual pre-tax profit fell 18 percent to 412 million pounds as shoppers cut back on clothing and homeware.',
    'The retailer will close 14 of its 96 shops within two years, its chief executive Priya Sandhu said, with more staff moved to online orders.',
    'Union officials said they would seek talks with the company about the jobs at risk in the stores that close.',
  ],
};

/** All four, in the order above. */
export const SMALL_ARTICLES: readonly ArticleInput[] = [FLOOD_WIRE, FLOOD_PAPER, EARNINGS_WIRE, EARNINGS_PAPER];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An article as its outlet's saved page: site navigation and footer around
 * it, its address as the canonical link, its outlet as `og:site_name`, its
 * date in JSON-LD (the metadata `build:index` reads).
 */
export function articleHtml(a: Pick<ArticleInput, 'title' | 'outlet' | 'published' | 'url' | 'paragraphs'>): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: a.title, datePublished: a.published });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(a.title ?? '')}</title>
${a.url ? `<link rel="canonical" href="${esc(a.url)}">` : ''}${a.outlet ? `<meta property="og:site_name" content="${esc(a.outlet)}">` : ''}
<script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/weather">Weather</a></nav></header>
<main><article><h1>${esc(a.title ?? '')}</h1>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<footer><p>Copyright. All rights reserved.</p></footer></body></html>`;
}

/** A page that is not an article: a section front, a list of links. */
export const SECTION_FRONT_HTML = `<!doctype html><html><head><title>News</title></head><body><nav><ul>
${Array.from({ length: 12 }, (_, i) => `<li><a href="/story/${i}">Story number ${i}</a></li>`).join('\n')}
</ul></nav></body></html>`;
