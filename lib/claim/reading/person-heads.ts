import { PERSON_NOUNS } from '../../text/generated/person-nouns';
import { contentStem, porterStem } from '../../text/stems';

let heads: Set<string> | null = null;
let person: string | null = null;

/**
 * Whether two heads of figures count the same people: one is "people"
 * ("14 people") and the other a kind of person ("14 residents"), as WordNet
 * files its nouns under person (lib/text/generated/person-nouns.ts).
 */
export function countSamePeople(a: string, b: string): boolean {
  person ??= contentStem('person');
  // A noun that a synonym group reads as another word ("employer" as job, "parent" as family) counts that word, no person.
  heads ??= new Set(
    PERSON_NOUNS.split(' ')
      .filter((w) => contentStem(w) === porterStem(w))
      .map(contentStem),
  );
  return (a === person && heads.has(b)) || (b === person && heads.has(a));
}
