import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { normalizeText } from '../../../utils/matcher/normalize-text';

const matcher = compileMatcher([
  { entityId: 'edf', category: 'program', text: 'European Defence Fund', caseSensitive: false },
  { entityId: 'jaic', category: 'program', text: 'Joint AI Center', caseSensitive: false },
  { entityId: 'edip', category: 'program', text: 'European Defence Industry Programme', caseSensitive: false },
  { entityId: 'marte', category: 'program', text: 'Main Armoured Tank of Europe', caseSensitive: false },
  { entityId: 'nato-jwc', category: 'program', text: 'NATO Joint Warfare Centre', caseSensitive: true },
]);
const found = (text: string) => matcher.find(text).map((m) => [m.surface, m.entityId]);

describe('British and American spellings', () => {
  it('match a name listed in the other spelling, the mention keeping the text as written', () => {
    expect(found('Grants from the European Defense Fund and the Joint AI Centre.')).toEqual([
      ['European Defense Fund', 'edf'],
      ['Joint AI Centre', 'jaic'],
    ]);
    expect(found('the European Defense Industry Program (EDIP) and the Main Armored Tank of Europe')).toEqual([
      ['European Defense Industry Program', 'edip'],
      // Defined on the page after the name.
      ['EDIP', 'edip'],
      ['Main Armored Tank of Europe', 'marte'],
    ]);
    // A case-sensitive alias keeps its case rule across spellings.
    expect(found('NATO Joint Warfare Center and nato joint warfare center')).toEqual([['NATO Joint Warfare Center', 'nato-jwc']]);
  });

  it('leave other words alone ("programmed"), and keep offsets on the text as written', () => {
    const text = 'It programmed the Programmes of the armoured Organisation.';
    const { folded, cased, starts, ends } = normalizeText(text);
    expect(folded).toBe('it programmed the programs of the armored organization.');
    expect(cased).toHaveLength(folded.length);
    const at = folded.indexOf('programs');
    expect(text.slice(starts[at]!, ends[at + 'programs'.length - 1]!)).toBe('Programmes');
    const armored = folded.indexOf('armored');
    expect(text.slice(starts[armored]!, ends[armored + 'armored'.length - 1]!)).toBe('armoured');
  });
});
