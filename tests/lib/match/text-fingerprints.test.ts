import { describe, expect, it } from 'vitest';
import { textFingerprints } from '../../../lib/match/text-fingerprints';
import { fingerprints } from '../../../lib/match/fingerprint';
import { words } from '../../../lib/text/tokenize';

// Texts whose words take every path of the fold: plain ASCII in both cases, digits with separators,
// hyphens and apostrophes (straight and curly), diacritics, other scripts, and a word that folds to nothing.
const TEXTS = [
  '',
  'One two three four.',
  'The River Marle rose to 6.8 metres on Tuesday, and 77,000 sandbags were laid along the front-line streets of Eastbridge.',
  'Putin’s aides and Zelenskyy\'s office met in Genève; São Paulo’s mayor, Fernando Haddad, said the talks were "a début".',
  'ΑΘΗΝΑ: Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τις πλημμύρες στη Θεσσαλία και στην Αθήνα.',
  'Вчера в Москве прошла встреча министров иностранных дел России и Китая по вопросам торговли.',
  "Don't stop — U.S.-led talks on the 2025–26 budget (£38.2 million) resume at 10:30 a.m. ’’ ’’ '' ― 𝐁𝐨𝐥𝐝 words too.",
  'Kestrel Cove residents — about 1,130 of them — won; Pellman Chemicals Ltd. will appeal, its spokesman Gerald Voss said.',
];

describe('textFingerprints', () => {
  it.each(TEXTS.map((t) => [t.slice(0, 40), t]))('counts and fingerprints "%s" as words and fingerprints do', (_label, text) => {
    const folded = words(text);
    expect(textFingerprints(text)).toEqual({ wordCount: folded.length, fingerprints: fingerprints(folded) });
  });

  it('agrees on long texts built from the same words in many orders', () => {
    const vocabulary = TEXTS.join(' ').split(/\s+/);
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let n = 0; n < 50; n++) {
      const text = Array.from({ length: 5 + (next() % 80) }, () => vocabulary[next() % vocabulary.length]).join(' ');
      const folded = words(text);
      expect(textFingerprints(text)).toEqual({ wordCount: folded.length, fingerprints: fingerprints(folded) });
    }
  });
});
