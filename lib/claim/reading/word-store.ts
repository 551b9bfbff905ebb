import { hasLetter, type ClaimWord, type ParagraphWords } from './words';

/**
 * Paragraphs read into claim words (`readParagraphWords`), kept in typed
 * arrays to be read back without reading the text again: the index builder
 * reads every paragraph in its first stage (for the lexicon) and again in
 * its second (for the sentences' claim terms), and this keeps the first
 * reading for the second at 20 bytes a word, where the word objects would
 * take several times that. Each norm is kept once.
 */
export class WordStore {
  private readonly norms: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Per word: norm id, start, end, its `at` plus 1, flags (`FLAG`). */
  private words = new Uint32Array(1 << 12);
  private count = 0;
  /** Per paragraph, the number of its first word; one more entry than paragraphs. */
  private firsts: number[] = [0];

  /** Paragraphs kept. */
  get length(): number {
    return this.firsts.length - 1;
  }

  /** Keeps a paragraph's reading as the next paragraph. */
  add(read: ParagraphWords): void {
    const { words, at, initial } = read;
    if ((this.count + words.length) * FIELDS > this.words.length) {
      const bigger = new Uint32Array(Math.max(this.words.length * 2, (this.count + words.length) * FIELDS));
      bigger.set(this.words);
      this.words = bigger;
    }
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = this.ids.get(w.norm);
      if (id === undefined) {
        id = this.norms.length;
        this.norms.push(w.norm);
        this.ids.set(w.norm, id);
      }
      const o = (this.count + i) * FIELDS;
      this.words[o] = id;
      this.words[o + 1] = w.start;
      this.words[o + 2] = w.end;
      this.words[o + 3] = at[i]! + 1;
      this.words[o + 4] =
        (w.cap ? FLAG.cap : 0) |
        (w.initial ? FLAG.initial : 0) |
        (w.joined ? FLAG.joined : 0) |
        (w.afterPunctuation ? FLAG.afterPunctuation : 0) |
        (w.possessive ? FLAG.possessive : 0) |
        (initial[i] ? FLAG.initialBeforeTitle : 0);
    }
    this.count += words.length;
    this.firsts.push(this.count);
  }

  /** Paragraph `i`'s reading, as `readParagraphWords(text)` gave it; `text` is that paragraph's. */
  paragraph(i: number, text: string): ParagraphWords {
    const from = this.firsts[i]!;
    const n = this.firsts[i + 1]! - from;
    const words: ClaimWord[] = new Array<ClaimWord>(n);
    const at: number[] = new Array<number>(n);
    const initial: boolean[] = new Array<boolean>(n);
    const capitals = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const o = (from + k) * FIELDS;
      const flags = this.words[o + 4]!;
      const norm = this.norms[this.words[o]!]!;
      const cap = (flags & FLAG.cap) !== 0;
      words[k] = {
        norm,
        cap,
        initial: (flags & FLAG.initial) !== 0,
        joined: (flags & FLAG.joined) !== 0,
        afterPunctuation: (flags & FLAG.afterPunctuation) !== 0,
        possessive: (flags & FLAG.possessive) !== 0,
        start: this.words[o + 1]!,
        end: this.words[o + 2]!,
      };
      at[k] = this.words[o + 3]! - 1;
      initial[k] = (flags & FLAG.initialBeforeTitle) !== 0;
      if (cap && hasLetter(norm)) capitals[k] = 1;
    }
    return { text, words, at, initial, capitals };
  }
}

const FIELDS = 5;
const FLAG = { cap: 1, initial: 2, joined: 4, afterPunctuation: 8, possessive: 16, initialBeforeTitle: 32 };
