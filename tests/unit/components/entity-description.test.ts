import { readFileSync, readdirSync } from 'node:fs';
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

  it('names every country the dataset uses, and shows a code it cannot name as the code', () => {
    for (const file of readdirSync('data/entities')) {
      const { country } = JSON.parse(readFileSync(`data/entities/${file}`, 'utf8')) as { country?: string };
      if (country) expect(countryName(country), country).not.toBe(country);
    }
    expect(countryName('XK')).toBe('Kosovo');
    expect(countryName('QQ')).toBe('QQ');
    expect(countryName('toString')).toBe('toString');
    expect(countryName('not a code')).toBe('not a code');
  });

  it('names countries as the browser does', () => {
    const browser = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of ['DE', 'GB', 'US', 'UA', 'KR', 'TW', 'CZ', 'TR']) expect(countryName(code)).toBe(browser.of(code));
  });
});
