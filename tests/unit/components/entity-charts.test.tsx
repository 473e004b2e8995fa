// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../../components/entity-charts';

describe('shortLabel', () => {
  it('keeps a name that fits', () => {
    expect(shortLabel('Defense Innovation Unit')).toBe('Defense Innovation Unit');
  });

  it('cuts a long name at a word, from its end, with an ellipsis (a newcomer’s trial, session 28: the chart lost names’ starts)', () => {
    const label = shortLabel('Defense Advanced Research Projects Agency');
    expect(label).toBe('Defense Advanced Research…');
    expect(label.length).toBeLessThanOrEqual(32);
    expect(shortLabel('Acquisition, Technology & Logistics Agency')).toBe('Acquisition, Technology…');
  });

  it('cuts a name of one long word where it must', () => {
    expect(shortLabel('Supercalifragilisticexpialidociousness Inc')).toBe('Supercalifragilisticexpialidoci…');
  });
});
