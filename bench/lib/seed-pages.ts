import { createPrng } from './prng';

/** One seed as a saved news page. */
export interface SeedPage {
  slug: string;
  html: string;
  url: string;
}

const SECTIONS = ['World', 'Politics', 'Business', 'Europe', 'Opinion', 'Culture', 'Science', 'Sport'];
const RELATED = [
  'Markets steady as investors weigh central bank signals',
  'Five things to know before the summit opens',
  'Analysis: what the new figures say about the economy',
  'Live updates: leaders gather for talks',
  'Opinion: the long road to a ceasefire',
  'Photos: the week in pictures',
];

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * A seed's lines as a news site would serve them: a head with metadata,
 * scripts and styles, a header with navigation, a breadcrumb, a byline, share
 * buttons, an inline advertisement and newsletter box in the body, an aside
 * of related stories, a comments block and a footer of link lists. The markup
 * varies by seed (deterministically) so Readability sees more than one layout.
 */
export function seedPageHtml(id: string, text: string, title: string | null = null): SeedPage {
  const rng = createPrng([...id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261));
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const section = rng.pick(SECTIONS);
  const url = `https://news.example/${section.toLowerCase()}/${id}`;
  // The headline is the seed's title where known; every other line is body
  // text, capture furniture included, as the saved page would carry it.
  const headline = title ?? `Seed article ${id}`;
  const body = lines.filter((l) => l !== title);
  const adAt = 2 + rng.int(3);
  const boxAt = Math.min(body.length, adAt + 3 + rng.int(3));
  const paragraphs = body.map((l, i) => {
    const p = `<p>${escapeText(l)}</p>`;
    if (i === adAt) return `${p}\n<div class="ad-slot" data-ad="inline-${i}"><span>Advertisement</span><div id="ad-${i}"></div></div>`;
    if (i === boxAt) {
      return `${p}\n<aside class="newsletter"><h3>Sign up for our newsletter</h3><form><input type="email" placeholder="Email"><button>Subscribe</button></form></aside>`;
    }
    return p;
  });
  const wrap = rng.next() < 0.5;
  const nav = SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const related = RELATED.slice(0, 3 + rng.int(3))
    .map((r, i) => `<li><a href="/${section.toLowerCase()}/related-${i}"><img src="/img/r${i}.jpg" alt="">${escapeText(r)}</a></li>`)
    .join('\n');
  const article = `<article class="story">
<header class="story-header"><nav class="breadcrumb"><a href="/">Home</a> › <a href="/${section.toLowerCase()}">${section}</a></nav>
<h1 class="headline">${escapeText(headline)}</h1>
<div class="byline">By <a href="/authors/staff">Staff reporter</a> · <time datetime="2025-10-11T09:00:00Z">11 October 2025</time></div>
<ul class="share"><li><button>Share</button></li><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Email</a></li></ul>
</header>
<figure><img src="/img/lead.jpg" alt=""><figcaption>Photo: agency</figcaption></figure>
${wrap ? `<div class="story-body">\n${paragraphs.join('\n')}\n</div>` : paragraphs.join('\n')}
<div class="tags">Tags: <a href="/t/1">${section}</a></div>
</article>`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeText(headline)} | News Example</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${escapeAttr(headline)}"><meta property="og:type" content="article">
<link rel="canonical" href="${escapeAttr(url)}"><link rel="stylesheet" href="/static/site.css">
<style>.ad-slot{min-height:250px}.share li{display:inline}</style>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:${JSON.stringify(section)}});</script>
</head><body class="article-page">
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<header class="site-header"><a class="logo" href="/">News Example</a><nav class="main-nav"><ul>${nav}</ul></nav>
<form class="search"><input name="q"><button>Search</button></form></header>
<main id="content"><div class="layout">
${article}
<aside class="sidebar"><h2>Most read</h2><ol>${related}</ol></aside>
</div>
<section class="comments"><h2>Comments</h2><p>Comments are closed for this story.</p></section>
</main>
<footer class="site-footer"><ul>${nav}</ul><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul>
<p>© 2025 News Example. All rights reserved.</p></footer>
<script src="/static/app.js" async></script>
</body></html>`;
  return { slug: `seed-${id}`, html, url };
}
