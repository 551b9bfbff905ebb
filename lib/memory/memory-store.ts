import type { MemoryArticle, MemorySegmentRow, ResultsDatabase } from '../cache/database';
import type { ArticleInput, ProvenanceIndex } from '../index/model';
import { buildIndex } from '../index/build';
import { buildIndexInSteps } from '../index/build-steps';
import { contentHash, serializeIndexBytes } from '../index/serialize';
import { writePack } from '../index/pack';
import { memoryArticleId } from './memory-id';
import { memoryArticleIdOf, memorySourceId } from './memory-source-id';
import { segmentArticles, segmentText } from './segment-articles';

/** Most articles kept: past it, the oldest read are dropped first (about 61 MB at ~3 KB an article, 81 MB at 4 KB). */
export const MEMORY_CAP_ARTICLES = 20_000;

/**
 * Past the cap, the oldest are dropped down to the cap less this share at once: dropping one
 * an add would rebuild the oldest (largest) segment on every add.
 */
export const MEMORY_CAP_HEADROOM = 0.05;

/** How many of `count` articles to drop under `cap` (none until the cap is passed). */
export function overCap(count: number, cap: number): number {
  return count > cap ? count - (cap - Math.floor(cap * MEMORY_CAP_HEADROOM)) : 0;
}

/** Segments of one level merged into one of the next level, as a log-structured index does. */
export const MEMORY_FANOUT = 8;

/** The setting that turns the memory on (off where never set). */
const MEMORY_ENABLED = 'memoryEnabled';

/** An article as the background hands it to the memory (after its analysis). */
export interface MemoryInput {
  url: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  paragraphs: string[];
}

/** What an add did: stored it, replaced a changed entry, or found the same text already kept. */
export type MemoryAddOutcome = 'added' | 'replaced' | 'unchanged';

/** The reading memory in the `provenance-lens` database: articles and the segments that index them. */
export interface MemoryStore {
  enabled(): Promise<boolean>;
  setEnabled(on: boolean): Promise<void>;
  /** Stores an article and a one-article segment in one transaction; a fault stores neither and changes nothing stored. */
  add(input: MemoryInput, now?: number): Promise<MemoryAddOutcome>;
  /** Every article (its metadata), most recently read first. */
  list(): Promise<MemoryArticle[]>;
  /** An article's paragraphs, read back from its segment (the one copy kept); null where it is not kept. */
  text(id: string): Promise<string[] | null>;
  /** Articles and bytes stored (article rows and segment indexes). */
  stats(): Promise<{ articles: number; bytes: number }>;
  /** Forgets one article (its segment is rebuilt without it); false where it was not kept. */
  forget(id: string): Promise<boolean>;
  /** Forgets every article of a site (host without "www."); returns how many. */
  forgetSite(site: string): Promise<number>;
  clear(): Promise<void>;
  /** The segments, to compose into the index. */
  segments(): Promise<MemorySegmentRow[]>;
  /** Merges FANOUT segments of a level into one, until no level has that many; returns the merges made. */
  compact(): Promise<number>;
  /** The whole memory as a pack file (null where it is empty). */
  exportPack(): Promise<Uint8Array | null>;
}

/** Test seams: the cap, a fault injected inside a compaction's write (to prove an interrupted one loses nothing), and the pause between a merge's steps. */
export interface MemoryStoreOptions {
  cap?: number;
  duringCompaction?: () => void;
  /** Awaited between the steps of a merge's build; by default a task of its own, so pages analysed meanwhile are answered. */
  pause?: () => Promise<void>;
  /** Articles read in one step of a merge's build (`STEP_ARTICLES`). */
  stepArticles?: number;
}

/** Merges planned again in a row (the segments changed while one was built) before a compaction stops; the next add compacts again. */
const STALE_MERGES = 3;

/** The store over a database (opened on first use). */
export function createMemoryStore(db: ResultsDatabase, options: MemoryStoreOptions = {}): MemoryStore {
  const cap = options.cap ?? MEMORY_CAP_ARTICLES;
  let opening: Promise<unknown> | null = null;
  const open = () => (opening ??= db.isOpen() ? Promise.resolve() : db.open());
  let counter = 0;
  const segmentId = () => `memory:${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  // A segment row of articles and their index.
  const rowOf = (index: ProvenanceIndex, articles: readonly ArticleInput[], level: number): MemorySegmentRow => {
    const bytes = serializeIndexBytes(index);
    return { id: segmentId(), level, articleIds: articles.map((a) => memoryArticleIdOf(a.id)), bytes: bytes.slice().buffer as ArrayBuffer };
  };
  // A segment row built from articles (sync: safe inside a Dexie transaction).
  const segmentOf = (articles: readonly ArticleInput[], level: number): MemorySegmentRow => rowOf(buildIndex(articles), articles, level);

  // The articles of some segments whose rows are still kept (the rows say what is remembered), read from the segments' own text.
  const keptArticlesOf = async (segs: readonly MemorySegmentRow[], except: ReadonlySet<string> = new Set()): Promise<ArticleInput[]> => {
    const ids = segs.flatMap((s) => s.articleIds).filter((a) => !except.has(a));
    const kept = new Set((await db.memory.bulkGet(ids)).flatMap((r) => (r ? [r.id] : [])));
    return segs.flatMap((s) => segmentArticles(s.bytes)).filter((a) => kept.has(memoryArticleIdOf(a.id)));
  };

  // Removes articles and rebuilds each segment that held them from its own text without them; to be called inside a rw transaction.
  // Rebuilt rather than marked deleted: forgetting is a privacy action, so the text leaves storage at once, not at a later merge.
  const removeInside = async (ids: readonly string[]): Promise<number> => {
    const rows = (await db.memory.bulkGet([...ids])).filter((r): r is MemoryArticle => !!r);
    if (!rows.length) return 0;
    const gone = new Set(rows.map((r) => r.id));
    await db.memory.bulkDelete([...gone]);
    for (const segId of new Set(rows.map((r) => r.segment))) {
      const seg = await db.memorySegments.get(segId);
      if (!seg) continue;
      const keep = await keptArticlesOf([seg], gone);
      await db.memorySegments.delete(segId);
      if (!keep.length) continue;
      const rebuilt = segmentOf(keep, seg.level);
      await db.memorySegments.put(rebuilt);
      await db.memory.where('segment').equals(segId).modify({ segment: rebuilt.id });
    }
    return rows.length;
  };

  return {
    async enabled() {
      await open();
      return (await db.settings.get(MEMORY_ENABLED))?.value === true;
    },

    async setEnabled(on) {
      await open();
      await db.settings.put({ key: MEMORY_ENABLED, value: on });
    },

    async add(input, now = Date.now()) {
      await open();
      const row = memoryRow(input, now, '');
      const { id, textHash } = row;
      // The row keeps metadata only; the paragraphs are kept in the segment's index alone.
      const segment = segmentOf([articleInput(row, input.paragraphs)], 0);
      row.segment = segment.id;
      return db.transaction('rw', db.memory, db.memorySegments, async () => {
        // The same text kept already (this address, or another: a reload, an AMP or print copy): nothing to add.
        if (await db.memory.where('textHash').equals(textHash).first()) return 'unchanged' as const;
        const replaced = (await removeInside([id])) > 0;
        await db.memorySegments.add(segment);
        await db.memory.add(row);
        const drop = overCap(await db.memory.count(), cap);
        if (drop > 0) await removeInside(await db.memory.orderBy('readAt').limit(drop).primaryKeys());
        return replaced ? ('replaced' as const) : ('added' as const);
      });
    },

    async list() {
      await open();
      return (await db.memory.orderBy('readAt').toArray()).reverse();
    },

    async text(id) {
      await open();
      return db.transaction('r', db.memory, db.memorySegments, async () => {
        const row = await db.memory.get(id);
        const seg = row && (await db.memorySegments.get(row.segment));
        return row && seg ? segmentText(seg.bytes, memorySourceId(row.id, row.readAt)) : null;
      });
    },

    async stats() {
      await open();
      let bytes = 0;
      // A segment's index and the list of the articles it holds (as JSON, as the rows are counted).
      await db.memorySegments.each((s) => (bytes += s.bytes.byteLength + JSON.stringify(s.articleIds).length));
      let articles = 0;
      await db.memory.each((r) => {
        articles++;
        bytes += JSON.stringify(r).length;
      });
      return { articles, bytes };
    },

    async forget(id) {
      await open();
      return (await db.transaction('rw', db.memory, db.memorySegments, () => removeInside([id]))) > 0;
    },

    async forgetSite(site) {
      await open();
      return db.transaction('rw', db.memory, db.memorySegments, async () => removeInside(await db.memory.where('site').equals(site).primaryKeys()));
    },

    async clear() {
      await open();
      await db.transaction('rw', db.memory, db.memorySegments, async () => {
        await db.memory.clear();
        await db.memorySegments.clear();
      });
    },

    async segments() {
      await open();
      return db.memorySegments.orderBy('id').toArray();
    },

    async compact() {
      await open();
      let merges = 0;
      for (let stale = 0; stale < STALE_MERGES;) {
        // The merge to make (FANOUT segments of the lowest full level) and the articles they keep, read at once.
        const plan = await db.transaction('r', db.memory, db.memorySegments, async () => {
          const all = await db.memorySegments.toArray();
          const byLevel = new Map<number, MemorySegmentRow[]>();
          for (const s of all) byLevel.set(s.level, [...(byLevel.get(s.level) ?? []), s]);
          const full = [...byLevel.entries()].sort((a, b) => a[0] - b[0]).find(([, segs]) => segs.length >= MEMORY_FANOUT);
          if (!full) return null;
          const olds = full[1].slice(0, MEMORY_FANOUT);
          return { level: full[0], olds: olds.map((s) => s.id), articles: await keptArticlesOf(olds) };
        });
        if (!plan) return merges;
        // Built outside any transaction, in steps: a merge of thousands of articles takes seconds.
        const index = await buildIndexInSteps(plan.articles, pause, options.stepArticles);
        await pause();
        const next = rowOf(index, plan.articles, plan.level + 1);
        // Written in one transaction, and only where every merged segment is still there: a forget, a replace or a
        // clear meanwhile rebuilt or removed one, and the merge is planned again. An interrupted write leaves the old ones.
        const written = await db.transaction('rw', db.memory, db.memorySegments, async () => {
          if ((await db.memorySegments.bulkGet(plan.olds)).some((s) => !s)) return false;
          await db.memorySegments.add(next);
          options.duringCompaction?.();
          await db.memory.where('segment').anyOf(plan.olds).modify({ segment: next.id });
          await db.memorySegments.bulkDelete(plan.olds);
          return true;
        });
        if (written) merges++;
        else stale++;
      }
      return merges;
    },

    async exportPack() {
      await open();
      const [rows, segs] = await db.transaction('r', db.memory, db.memorySegments, () => Promise.all([db.memory.toArray(), db.memorySegments.toArray()]));
      if (!rows.length) return null;
      // Each row's text from its segment: the index is built as it was from the rows when they kept the text.
      const text = new Map(segs.flatMap((s) => segmentArticles(s.bytes)).map((a) => [a.id, a.paragraphs]));
      const index = buildIndex(
        rows.map((r) => {
          const paragraphs = text.get(memorySourceId(r.id, r.readAt));
          if (!paragraphs) throw new Error(`the reading memory has no text for ${r.url}: forget it and read it again`);
          return articleInput(r, paragraphs);
        }),
      );
      return writePack(index, memoryPackDescription(rows));
    },
  };
}

/** The row an article read at `now` is stored as: its metadata, and the segment holding its text. */
export function memoryRow(input: MemoryInput, now: number, segment: string): MemoryArticle {
  return {
    id: memoryArticleId(input.url),
    url: input.url,
    textHash: contentHash(input.paragraphs.join('\n')),
    site: siteOf(input.url),
    outlet: input.outlet,
    title: input.title,
    published: input.published,
    readAt: now,
    segment,
  };
}

/** The index builder's view of a memory article and its text: its source id says when it was read. */
export function articleInput(row: MemoryArticle, paragraphs: string[]): ArticleInput {
  return { id: memorySourceId(row.id, row.readAt), outlet: row.outlet, published: row.published, title: row.title, url: row.url, paragraphs };
}

/** The host of an address without "www." ('' where it has none). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '');
  } catch {
    return '';
  }
}

/** The exported pack's name and provenance: a hash of the remembered articles' ids and texts, whatever their order. */
export function memoryPackDescription(rows: readonly Pick<MemoryArticle, 'id' | 'textHash'>[]): { name: string; createdFrom: string } {
  return {
    name: 'Reading memory',
    createdFrom: contentHash(
      rows
        .map((r) => `${r.id}:${r.textHash}`)
        .sort()
        .join(','),
    ),
  };
}
