// English function words: they carry no evidence that two texts share a
// source. Folded forms (lower case, apostrophes removed).
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with without about above after again against all am ' +
    'any are as be because been before being below between both can could did do does doing down during each few ' +
    'further had has have having he her here hers herself him himself his how i if into is it its itself just me ' +
    'more most my myself no not now off once only other our ours ourselves out over own same she should some such ' +
    'than that their theirs them themselves then there these they this those through too under until up very was ' +
    'we were what when where which while who whom why will would you your yours yourself yourselves also s t said ' +
    'says say im ive id its thats theres dont doesnt didnt wont cant isnt arent wasnt werent hasnt havent hadnt ' +
    'shouldnt wouldnt couldnt mr mrs ms one'
  ).split(' '),
);

/** True for an English function word (in folded form). */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

// Words that carry no part of a reported fact: verbs of saying ("said",
// "revealed", "noted"), hedges and quantifiers ("several", "already"),
// and the filler of time phrases ("past", "last", "since"). Folded forms,
// matched before stemming so that the noun "report" stays.
const FILLER = new Set(
  (
    'said says say saying told tell tells added adds noted explained stated claimed announced revealed insisted ' +
    'stressed emphasized emphasised described reported according accordingly also already still even recently ' +
    'recent past last ago several multiple many much various each every more less other others another ' +
    'first second third including include includes since within until among amid via per around across along ' +
    'may might must shall would could should will can like however although though whether while because ' +
    'back away fact part way thing things lot well new now later soon yet around ever never always often ' +
    'whose whom which what when where who why how make makes made get gets got go goes going take takes ' +
    'come comes give gives put puts set sets let lets mean means seem seems'
  ).split(' '),
);

/** True for a word that states no part of a fact (claim matching ignores it besides stopwords). */
export function isFiller(word: string): boolean {
  return FILLER.has(word);
}
