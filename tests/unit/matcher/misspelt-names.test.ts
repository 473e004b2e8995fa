import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { capitalisedRuns, slipDistance } from '../../../utils/matcher/misspelt-names';

const matcher = compileMatcher([
  { entityId: 'lockheed', category: 'firm', text: 'Lockheed Martin', caseSensitive: false },
  { entityId: 'osc', category: 'program', text: 'Office of Strategic Capital', caseSensitive: false },
  { entityId: 'sstl', category: 'firm', text: 'Surrey Satellite Technology', caseSensitive: false },
  { entityId: 'space-forge', category: 'firm', text: 'Space Forge', caseSensitive: false },
  { entityId: 'ventura', category: 'firm', text: 'Ventura Capital', caseSensitive: false },
  { entityId: 'vcci', category: 'program', text: 'Venture Capital Catalyst Initiative', caseSensitive: false },
  { entityId: 'kraken', category: 'firm', text: 'Kraken Robotics', caseSensitive: false, context: { anyOf: ['sonar'], scope: 'near' } },
  { entityId: 'space', category: 'edt', text: 'space industry', caseSensitive: false, generic: true },
  { entityId: 'anduril', category: 'firm', text: 'Anduril', caseSensitive: false },
  { entityId: 'cdao', category: 'program', text: 'Chief Digital and Artificial Intelligence Office', caseSensitive: false },
]);
const found = (text: string) => matcher.find(text).map((m) => [m.surface, m.entityId]);
/** Every test text names something exactly first: a page that names nothing is never annotated. */
const named = 'Anduril: ';

describe('misspelt names', () => {
  it('reads a long name with one slip as the name: a swapped pair, a changed letter, a plural, a legal form after it', () => {
    expect(found(`${named}Lockhead Martin and the Office fo Strategic Capital back Surrey Satellites Technology Limited.`)).toEqual([
      ['Anduril', 'anduril'],
      ['Lockhead Martin', 'lockheed'],
      ['Office fo Strategic Capital', 'osc'],
      ['Surrey Satellites Technology Limited', 'sstl'],
    ]);
    const [mention] = matcher.find(`${named}Lockhead Martin`).slice(1);
    expect(mention?.rule).toBe('a misspelling of “Lockheed Martin”');
  });

  it('leaves a short word, a word the names use, a lower-case phrase and a name needing context alone', () => {
    // "Force" is five letters: "Space Force" is not "Space Forge".
    expect(found(`${named}the Space Force`)).toEqual([['Anduril', 'anduril']]);
    // "Venture" is a word of another name: written on purpose, not a slip of "Ventura".
    expect(found(`${named}Venture Capital firms`)).toEqual([['Anduril', 'anduril']]);
    // Not capitalised: not a name.
    expect(found(`${named}lockhead martin`)).toEqual([['Anduril', 'anduril']]);
    // A name that needs context words is not read through a slip.
    expect(found(`${named}Krakken Robotics`)).toEqual([['Anduril', 'anduril']]);
    // A word's agent noun is another word: the officer is not the office (a blind batch, session 19).
    expect(found(`${named}the Chief Digital and Artificial Intelligence Officer spoke`)).toEqual([['Anduril', 'anduril']]);
    expect(found(`${named}the Chief Digital and Artifical Intelligence Office`)).toEqual([['Anduril', 'anduril'], ['Chief Digital and Artifical Intelligence Office', 'cdao']]);
  });

  it('reads nothing on a page that names nothing exactly (the first look would leave it plain)', () => {
    expect(found('Lockhead Martin reported earnings.')).toEqual([]);
  });

  it('lets an exact name win over a slip next to it', () => {
    expect(found(`${named}Lockheed Martin and Lockhead Martin`)).toEqual([
      ['Anduril', 'anduril'],
      ['Lockheed Martin', 'lockheed'],
      ['Lockhead Martin', 'lockheed'],
    ]);
  });
});

describe('slipDistance', () => {
  it('counts an adjacent swap as one edit and stops past the limit', () => {
    expect(slipDistance('lockhead', 'lockheed', 2)).toBe(1);
    expect(slipDistance('fo', 'of', 1)).toBe(1);
    expect(slipDistance('satellite', 'satelites', 2)).toBe(2);
    expect(slipDistance('atomics', 'dynamics', 1)).toBe(2);
  });
});

describe('capitalisedRuns', () => {
  it('joins capitalised words and the small words names hold, ending at punctuation', () => {
    const text = 'the Office of Strategic Capital, and Lockheed Martin. Then of';
    const runs = capitalisedRuns(text).map((run) => text.slice(run[0]![0], run[run.length - 1]![1]));
    expect(runs).toEqual(['Office of Strategic Capital', 'Lockheed Martin']);
  });
});
