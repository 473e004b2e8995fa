import { describe, expect, it } from 'vitest';
import { compareCloseness, prepareName, typoCloseness, typosAllowed } from '../../../utils/dataset/typo-distance';

const typos = (query: string, name: string, limit = 3) => typoCloseness(query, prepareName(name), limit)?.typos;

describe('typing mistakes between a query and a name', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one each', () => {
    expect(typos('helsing', 'helsing')).toBe(0);
    expect(typos('helsig', 'helsing')).toBe(1);
    expect(typos('hesling', 'helsing')).toBe(1);
    expect(typos('helzing', 'helsing')).toBe(1);
    expect(typos('heslign', 'helsing')).toBe(2);
  });

  it('compares the query with the best run of as many words of the name, and with the name without spaces', () => {
    expect(typos('rheinmetall', 'american rheinmetall vehicles')).toBe(0);
    expect(typos('shieldai', 'shield ai')).toBe(0);
    expect(typos('sheild ai', 'shield ai inc.')).toBe(1);
  });

  it('gives nothing past the limit, however long the name', () => {
    expect(typoCloseness('helsing', prepareName('chemring group'), 2)).toBeUndefined();
    expect(typoCloseness('abcdefgh', prepareName('hgfedcba'), 2)).toBeUndefined();
  });

  it('prefers fewer mistakes, then a run at the name’s start, then less of the name left over', () => {
    const whole = typoCloseness('rheinmetal', prepareName('rheinmetall'), 2)!;
    const later = typoCloseness('rheinmetal', prepareName('american rheinmetall vehicles'), 2)!;
    const longer = typoCloseness('rheinmetal', prepareName('rheinmetall defence australia'), 2)!;
    expect(compareCloseness(whole, later)).toBeLessThan(0);
    expect(compareCloseness(whole, longer)).toBeLessThan(0);
    expect(compareCloseness(longer, later)).toBeLessThan(0);
  });

  it('allows no mistake under four characters, one under seven, two after', () => {
    expect([3, 4, 6, 7, 12].map(typosAllowed)).toEqual([0, 1, 1, 2, 2]);
  });
});
