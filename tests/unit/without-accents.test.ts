import { describe, expect, it } from 'vitest';
import { withoutAccents } from '../../utils/without-accents';

describe('withoutAccents', () => {
  it.each([
    ['Europäischer Verteidigungsfonds', 'Europaischer Verteidigungsfonds'],
    ['défense, Électricité, façade', 'defense, Electricite, facade'],
    ['Österreich', 'Osterreich'],
    ['TEKEVER', 'TEKEVER'],
  ])('%s → %s', (text, plain) => {
    expect(withoutAccents(text)).toBe(plain);
  });
});
