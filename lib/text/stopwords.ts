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
