import { describe, expect, it } from 'vitest';
import { countSamePeople } from '../../../../lib/claim/reading/person-heads';
import { contentStem } from '../../../../lib/text/stems';

describe('countSamePeople', () => {
  const head = (word: string) => contentStem(word);

  it.each(['residents', 'workers', 'employees', 'passengers', 'villagers', 'children'])('people counts %s', (word) => {
    expect(countSamePeople(head('people'), head(word))).toBe(true);
    expect(countSamePeople(head(word), head('people'))).toBe(true);
  });

  it.each(['homes', 'jobs', 'goals', 'households', 'fans', 'houses'])('people does not count %s (no kind of person by its first sense)', (word) => {
    expect(countSamePeople(head('people'), head(word))).toBe(false);
  });

  it('two kinds of person are not the same count', () => {
    expect(countSamePeople(head('residents'), head('workers'))).toBe(false);
  });
});
