import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { contentStem, isCompound, porterStem } from '../../../lib/text/stems';
import { IRREGULAR, SYNONYM_GROUPS } from '../../../lib/text/synonyms';

describe('contentStem', () => {
  it.each([
    ['kids', 'children'],
    ['relatives', 'families'],
    ['reunited', 'reunification'],
    ['rejoined', 'reunites'],
    ['wrote', 'writes'],
    ['photos', 'photographs'],
    ['checked', 'verified'],
    ['envoy', 'representatives'],
    ['replied', 'responded'],
    ['talks', 'meetings'],
    ['met', 'meeting'],
    ['uprooted', 'displaced'],
    ['combat', 'fighting'],
    ['handed', 'delivered'],
    ['diplomacy', 'diplomatic'],
    ['secret', 'private'],
    ['supplied', 'provided'],
    ['brokered', 'facilitated'],
    ['denies', 'disputes'],
    ['shown', 'shows'],
    ['aides', 'representatives'],
  ])('%s and %s agree', (a, b) => {
    expect(contentStem(a)).toBe(contentStem(b));
  });

  it.each([
    ['children', 'families'],
    ['letter', 'call'],
    ['deported', 'kidnapped'],
    ['initiative', 'started'],
    ['war', 'peace'],
    ['delivered', 'sent'],
    ['denies', 'accuses'],
    // Another person, and a verb of many senses (a penalty carried, a story carried by a paper).
    ['husband', 'wife'],
    ['carried', 'relayed'],
    // Porter stems both to aid: help is not a helper.
    ['aid', 'aides'],
  ])('%s and %s differ', (a, b) => {
    expect(contentStem(a)).not.toBe(contentStem(b));
  });

  it('puts no stem in two synonym groups (a Porter collision would merge unrelated groups)', () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const group of SYNONYM_GROUPS) {
      for (const word of group) {
        const s = stemmer(IRREGULAR.get(word) ?? word);
        const prev = owner.get(s);
        if (prev !== undefined && prev !== group[0]) collisions.push(`${word} (${s}) in ${group[0]} and ${prev}`);
        owner.set(s, group[0]!);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('knows common compounds', () => {
    expect(isCompound('backchannel')).toBe(true);
    expect(isCompound('frontline')).toBe(true);
    expect(isCompound('backpack')).toBe(false);
  });
});

describe('porterStem', () => {
  it('is the Porter stem alone, the same on a second (memoised) call, with no irregular form or synonym', () => {
    for (const word of ['children', 'kids', 'reunited', 'wrote', 'arms', 'arms']) expect(porterStem(word)).toBe(stemmer(word));
    expect(porterStem('children')).not.toBe(contentStem('children'));
  });
});
