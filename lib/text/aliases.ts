/**
 * Names that outlets write in several ways. General English only: demonyms
 * for their countries ("Ukrainian" -> ukraine), the usual spellings of a few
 * states and unions ("U.S.", "US", "United States", "America"), and the
 * capitals that news prose uses for governments ("Moscow agreed", "the
 * Kremlin said", "Kyiv accuses"). Keys and values are folded words.
 */
const WORD_ALIAS_LIST: Record<string, string> = {
  // United States
  us: 'us',
  usa: 'us',
  america: 'us',
  american: 'us',
  americans: 'us',
  washington: 'us',
  // Russia and Ukraine (capitals and the Kremlin stand for governments)
  russian: 'russia',
  russians: 'russia',
  moscow: 'russia',
  kremlin: 'russia',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  kyiv: 'ukraine',
  kiev: 'ukraine',
  // Other states and unions
  uk: 'uk',
  britain: 'uk',
  british: 'uk',
  eu: 'eu',
  un: 'un',
  chinese: 'china',
  beijing: 'china',
  french: 'france',
  german: 'germany',
  germans: 'germany',
  israeli: 'israel',
  israelis: 'israel',
  palestinian: 'palestine',
  palestinians: 'palestine',
  iranian: 'iran',
  iranians: 'iran',
  tehran: 'iran',
  syrian: 'syria',
  syrians: 'syria',
  iraqi: 'iraq',
  iraqis: 'iraq',
  afghan: 'afghanistan',
  afghans: 'afghanistan',
  turkish: 'turkey',
  indian: 'india',
  japanese: 'japan',
  korean: 'korea',
  polish: 'poland',
  hungarian: 'hungary',
  slovenian: 'slovenia',
  sudanese: 'sudan',
  canadian: 'canada',
  mexican: 'mexico',
  qatari: 'qatar',
  georgian: 'georgia',
  belarusian: 'belarus',
  italian: 'italy',
  spanish: 'spain',
  dutch: 'netherlands',
  swedish: 'sweden',
  finnish: 'finland',
  norwegian: 'norway',
  danish: 'denmark',
  estonian: 'estonia',
  latvian: 'latvia',
  lithuanian: 'lithuania',
  romanian: 'romania',
  moldovan: 'moldova',
  serbian: 'serbia',
  greek: 'greece',
  egyptian: 'egypt',
  saudi: 'saudiarabia',
  emirati: 'uae',
  lebanese: 'lebanon',
  jordanian: 'jordan',
  yemeni: 'yemen',
  nigerian: 'nigeria',
  kenyan: 'kenya',
  ethiopian: 'ethiopia',
  brazilian: 'brazil',
  venezuelan: 'venezuela',
  vietnamese: 'vietnam',
  pakistani: 'pakistan',
  australian: 'australia',
  european: 'europe',
  europeans: 'europe',
};

/** Names of several words that stand for one. */
const PHRASE_ALIAS_LIST: Record<string, string> = {
  'united states': 'us',
  'united states of america': 'us',
  'russian federation': 'russia',
  'united kingdom': 'uk',
  'great britain': 'uk',
  'european union': 'eu',
  'united nations': 'un',
};

// Looked up in Maps, not in the objects: a page's "constructor" or "toString" is no alias.
const WORD_ALIASES = new Map(Object.entries(WORD_ALIAS_LIST));
const PHRASE_ALIASES = new Map(Object.entries(PHRASE_ALIAS_LIST));

/**
 * Titles: capitalised before a name ("President Vladimir Putin") but not
 * part of it. Folded words.
 */
const TITLES = new Set(
  'president vice prime minister secretary foreign first lady commissioner chancellor king queen prince princess pope governor senator mayor general ambassador mr mrs ms dr sir dame judge'.split(
    ' ',
  ),
);

/**
 * Roles that stand for one person in an article that names them ("the first
 * lady" for Melania Trump where the article writes "First Lady Melania
 * Trump"). Word sequences, folded.
 */
export const ROLES: ReadonlyArray<{ words: readonly string[]; key: string }> = [
  { words: ['first', 'lady'], key: 'firstlady' },
  { words: ['prime', 'minister'], key: 'primeminister' },
  { words: ['president'], key: 'president' },
  { words: ['chancellor'], key: 'chancellor' },
  { words: ['pope'], key: 'pope' },
];

const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const WEEKDAYS_AND_MONTHS = new Set([...WEEKDAYS, ...MONTHS]);
const MONTH_WORD = new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'i');

/** The canonical name of a folded word of a name ("Ukrainian" -> ukraine); the word itself where none. */
export function canonicalName(word: string): string {
  return WORD_ALIASES.get(word) ?? word;
}

/** The names of several words that have an alias, folded ("united states"). */
export const PHRASE_ALIAS_NAMES: readonly string[] = [...PHRASE_ALIASES.keys()];

/** The canonical name of a name of several words ("united states" -> us), or null. */
export function phraseAlias(words: readonly string[]): string | null {
  return PHRASE_ALIASES.get(words.join(' ')) ?? null;
}

/** True for a title word ("president", "lady"). */
export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

/** True for the name of a weekday: the day a story's news broke, which all its articles give. */
export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(word);
}

/** Whether a text may name a month (any case, as a word): a date other than a weekday may be in it. */
export function mayNameMonth(text: string): boolean {
  return MONTH_WORD.test(text);
}

/** True for the name of a weekday or month: a date, not a name. */
export function isDateName(word: string): boolean {
  return WEEKDAYS_AND_MONTHS.has(word);
}

let canonical: Set<string> | null = null;

/** True for a word that is a known name whatever its position ("Ukrainian", "Moscow", "Ukraine"). */
export function isKnownName(word: string): boolean {
  canonical ??= new Set([...WORD_ALIASES.values()].filter((v) => v.length > 2));
  return WORD_ALIASES.has(word) || canonical.has(word);
}

/** True for an adjective of nationality ("Russian", "Ukrainian"), not a country or capital. */
export function isDemonym(word: string): boolean {
  const alias = WORD_ALIASES.get(word);
  return alias !== undefined && alias !== word && !CAPITALS.has(word) && !/^(us|usa|uk|eu|un|america|britain)$/.test(word);
}

/** Capitals and seats of government that stand for their state when alone. */
const CAPITALS = new Set(['washington', 'moscow', 'kremlin', 'kyiv', 'kiev', 'beijing', 'tehran']);
