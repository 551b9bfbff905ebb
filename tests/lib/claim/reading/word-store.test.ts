import { describe, expect, it } from 'vitest';
import { readParagraphWords } from '../../../../lib/claim/reading/words';
import { WordStore } from '../../../../lib/claim/reading/word-store';

// Paragraphs with every kind of word the reading tells apart, from several subjects.
const PARAGRAPHS = [
  'The U.S. Senate voted 52-48 on Tuesday to confirm the nominee, officials said.',
  'Harwell’s striker scored 19 goals in 34 league games; the club’s co-owner called it "a season for the ages."',
  'Flood Waters Rise Again In The Lower Valley As Rain Returns',
  '  Residents of Saint-Étienne-du-Rouvray — about 28,500 people — were told: "Leave now."',
  '',
  'Acme Corp. (ACME) cut 1,800 jobs, or 4.5% of its staff, after sales fell to $3.2bn.',
  'über-fast naïve café owners met at 9 a.m. in São Paulo.',
];

describe('WordStore', () => {
  it('gives back each paragraph as readParagraphWords reads it', () => {
    const store = new WordStore();
    for (const p of PARAGRAPHS) store.add(readParagraphWords(p));
    expect(store.length).toBe(PARAGRAPHS.length);
    PARAGRAPHS.forEach((p, i) => expect(store.paragraph(i, p)).toEqual(readParagraphWords(p)));
  });

  it('gives back a paragraph with no words as empty', () => {
    const store = new WordStore();
    store.add(readParagraphWords('— … —'));
    expect(store.paragraph(0, '— … —')).toEqual(readParagraphWords('— … —'));
  });

  it('grows past its first capacity', () => {
    const store = new WordStore();
    const long = Array.from({ length: 3000 }, (_, i) => `Word${i} said`).join(', ');
    for (let i = 0; i < 3; i++) store.add(readParagraphWords(long));
    expect(store.paragraph(2, long)).toEqual(readParagraphWords(long));
  });
});
