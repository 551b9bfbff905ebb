// The dev stories of tests/fixtures/dev-stories/ (README there) stay usable by bench:accuracy:
// one index with the seeds, furniture out of it, labels lined up with their pages and naming
// only their own story's sources, outlets fictional.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDevIndex, devStories, DEV_STORIES, SEED_STORY } from '../../bench/dev-index';
import { pageFromDocument, pageFromText } from '../../lib/extract/page-input';
import { parseHtmlDocument } from '../../lib/node/parse-html';
import { decodePage } from '../../lib/node/decode';
import type { SourceEntry } from '../../lib/node/read-folder';

const dev = await buildDevIndex();
const stories = devStories();

interface CaseFile {
  category: string;
  page?: string;
  labels: Array<{ paragraph: number; starts: string; sources: string[]; variants?: Record<string, boolean> }>;
}

const CATEGORIES = ['commentary', 'light-edit', 'long-analysis', 'paraphrase', 'same-people', 'syndicated', 'unrelated'];

describe('dev stories', () => {
  it('are at least three, built into one index with the seeds, no id twice', () => {
    expect(stories.length).toBeGreaterThanOrEqual(3);
    expect(dev.stories).toEqual([SEED_STORY, ...stories]);
    expect(dev.index.sources.length).toBe(dev.storyOf.size);
  });

  it.each(stories)('%s: 3+ sources with an outlet and a date, addresses under reserved domains', (story) => {
    const json = JSON.parse(readFileSync(join(DEV_STORIES, story, 'sources', 'sources.json'), 'utf8')) as { sources: Record<string, SourceEntry> };
    const ids = [...dev.storyOf].filter(([, s]) => s === story).map(([id]) => id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(json.sources).sort()).toEqual(ids.sort());
    for (const id of ids) {
      const meta = dev.index.sources.find((s) => s.id === id)!;
      expect(meta.outlet).toBeTruthy();
      expect(meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new URL(meta.url!).hostname).toMatch(/(^|\.)example\.(com|org|net)$/);
    }
  });

  it.each(stories)('%s: no furniture is left in the index (the lines sources.json names, nor any other)', (story) => {
    const dir = join(DEV_STORIES, story, 'sources');
    const json = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { sources: Record<string, SourceEntry> };
    const indexed = new Set(dev.index.paragraphs.map((p) => p.trim()));
    for (const [id, entry] of Object.entries(json.sources)) {
      const lines = readFileSync(join(dir, `${id}.txt`), 'utf8').split('\n');
      for (const rule of entry.furniture ?? []) {
        const [from, to] = rule.lines!;
        expect(to).toBeLessThanOrEqual(lines.length);
        for (let l = from; l <= to; l++) {
          const text = lines[l - 1]!.trim().replace(/\s+/g, ' ');
          if (text) expect(indexed.has(text), `${id} line ${l}: ${text}`).toBe(false);
        }
      }
    }
    // A rule forgotten in sources.json: the furniture's tell-tale words in what was indexed.
    const ids = new Set(Object.keys(json.sources));
    const { paragraphs, paragraphSource, sources } = dev.index;
    const kept = paragraphs.filter((_, p) => ids.has(sources[paragraphSource[p]!]!.id));
    expect(kept.filter((p) => /cookie|newsletter|sign up|subscribe|most read|most popular|©|photo(graph)?:|comments/i.test(p))).toEqual([]);
  });

  it.each(stories)('%s: pages in the seven categories, labels lined up and naming the story only', (story) => {
    const pages = join(DEV_STORIES, story, 'pages');
    const categories = new Set<string>();
    let paraphrases = 0;
    for (const name of readdirSync(pages)) {
      const file = JSON.parse(readFileSync(join(pages, name, 'labels.json'), 'utf8')) as CaseFile;
      expect(name.startsWith(`${file.category}-`)).toBe(true);
      categories.add(file.category);
      if (file.category === 'paraphrase') paraphrases++;
      const path = join(pages, name, file.page ?? 'page.txt');
      const bytes = readFileSync(path);
      const input = path.endsWith('.txt')
        ? pageFromText(decodePage(bytes, 'text'))
        : pageFromDocument(parseHtmlDocument(decodePage(bytes, 'html'), null), null, true);
      expect(file.labels.length).toBe(input.paragraphs.length);
      file.labels.forEach((l, i) => {
        expect(l.paragraph).toBe(i);
        expect(input.paragraphs[i]!.startsWith(l.starts)).toBe(true);
        for (const s of [...l.sources, ...Object.keys(l.variants ?? {})]) expect(dev.storyOf.get(s), `${name} [${i}] ${s}`).toBe(story);
      });
    }
    expect([...categories].sort()).toEqual(CATEGORIES);
    expect(paraphrases).toBeGreaterThanOrEqual(2);
  });
});
