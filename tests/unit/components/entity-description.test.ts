import { describe, expect, it } from 'vitest';
import { countryName, entityDescription } from '../../../components/entity-description';
import { KINDS } from '../../../utils/dataset/schema';

describe('entityDescription', () => {
  it.each([
    [{ kind: 'start-up', country: 'DE' }, 'Start-up · Germany'],
    [{ kind: 'investor', country: 'ES' }, 'Investor · Spain'],
    [{ kind: 'fund' }, 'Fund'],
    [{ kind: 'research-body', country: 'FR' }, 'Research body · France'],
    [{ kind: 'prime', country: 'GB' }, 'Prime contractor · United Kingdom'],
    [{ country: 'PT' }, 'Portugal'],
    [{}, ''],
  ] as const)('%o → %s', (entity, expected) => {
    expect(entityDescription(entity)).toBe(expected);
  });

  it('has words for every kind the dataset allows', () => {
    for (const kind of KINDS) expect(entityDescription({ kind })).toMatch(/^[A-Z][a-z -]+$/);
  });

  it('shows a code the browser cannot name as the code', () => {
    expect(countryName('XK')).toBeTruthy();
    expect(countryName('not a code')).toBe('not a code');
  });
});
