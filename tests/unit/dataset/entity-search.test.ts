import { describe, expect, it } from 'vitest';
import { SEARCH_RESULTS, entitySearch } from '../../../utils/dataset/entity-search';

const entity = (name: string, aliases: string[] = [], summary = '') => ({ name, aliases: aliases.map((text) => ({ text })), summary });

const entities = [
  entity('TEKEVER', ['Tekever'], 'Portuguese drone maker.'),
  entity('Sondervermögen Bundeswehr', [], 'Germany’s special defence fund.'),
  entity('Renk Group', ['Renk'], 'German gearbox maker.'),
  entity('Safetrek.ai', [], 'Safety software.'),
  entity('Breaker', [], 'Drone autonomy start-up.'),
  entity('NATO Innovation Fund', ['NIF'], 'A venture fund of NATO allies.'),
  entity('Strategic Innovation Fund', [], 'Canada’s fund for innovation.'),
  entity('European Defence Fund', ['EDF'], 'The EU’s defence research and development fund.'),
  entity('Edge Group', ['EDGE'], 'An Emirati defence group, a supplier to TEKEVER’s rivals.'),
  entity('IRIS²', ['IRIS2'], 'The EU’s secure satellite constellation.'),
];
const search = entitySearch(entities);
const names = (query: string) => search(query).map((e) => e.name);

describe('the popup’s search over the dataset', () => {
  it('puts a name or alias written as typed first, case and compatibility forms folded', () => {
    expect(names('edf')[0]).toBe('European Defence Fund');
    expect(names('iris2')[0]).toBe('IRIS²');
  });

  it('drops the noise below a name that holds the query as written (a newcomer’s trial, session 25)', () => {
    expect(names('Renk')[0]).toBe('Renk Group');
    expect(names('Renk')).not.toContain('Safetrek.ai');
    expect(names('Renk')).not.toContain('Breaker');
  });

  it('keeps every fuzzy result of a misspelt query, whose best match may be noise (a break-it review, session 26)', () => {
    expect(names('Tekver')[0]).toBe('TEKEVER');
    const shield = entitySearch([entity('European Sky Shield Initiative'), entity('Shield AI', ['Shield AI Inc.'])]);
    expect(shield('ShieldAI').map((e) => e.name)).toContain('Shield AI');
  });

  it('ranks a misspelt name first by its typing mistakes, over names that merely share letters (a newcomer’s trial, session 26)', () => {
    const misspelt = entitySearch([
      entity('Chemring Group'),
      entity('Artificial intelligence', ['AI']),
      entity('Alpha Design Technologies'),
      entity('American Rheinmetall Vehicles'),
      entity('Helsing', ['Helsing GmbH']),
      entity('Rheinmetall'),
    ]);
    const first = (query: string) => misspelt(query)[0]?.name;
    expect(first('Hesling')).toBe('Helsing');
    expect(first('Helsig')).toBe('Helsing');
    // Two swaps, though "design" is as many mistakes away: a name that starts with the run comes first.
    expect(first('Heslign')).toBe('Helsing');
    expect(first('Rheinmettal')).toBe('Rheinmetall');
    expect(misspelt('Rheinmettal').map((e) => e.name).slice(0, 2)).toEqual(['Rheinmetall', 'American Rheinmetall Vehicles']);
    // Below the misspelt name, no names that merely share letters (a newcomer's trial, session 27).
    expect(misspelt('Hesling').map((e) => e.name)).toEqual(['Helsing']);
    // Short queries allow no mistake: "Hel" is no misspelling of anything.
    expect(misspelt('Hlsng').map((e) => e.name)).not.toContain('Chemring Group');
  });

  it('keeps every name that holds the query', () => {
    expect(names('innovation fund')).toEqual(expect.arrayContaining(['NATO Innovation Fund', 'Strategic Innovation Fund']));
  });

  it('adds entities whose summary names the query as whole words, after the names', () => {
    // Edge Group's summary names TEKEVER; "tek" inside another word is no such mention.
    expect(names('TEKEVER')).toEqual(['TEKEVER', 'Edge Group']);
    expect(names('gearbox')).toEqual(['Renk Group']);
    // A plural's ending and a hyphen for a space (a break-it review, session 26).
    expect(entitySearch([entity('Renk Group', [], 'Makes gearboxes.')])('gearbox').map((e) => e.name)).toEqual(['Renk Group']);
    expect(entitySearch([entity('Nammo', [], 'Builds rocket-motor cases.')])('rocket motor').map((e) => e.name)).toEqual(['Nammo']);
    expect(names('ear')).not.toContain('Renk Group');
  });

  it('returns nothing under two characters and at most the result limit', () => {
    expect(names('e')).toEqual([]);
    const many = entitySearch(Array.from({ length: 30 }, (_, i) => entity(`Drone maker ${i}`)));
    expect(many('Drone maker').length).toBe(SEARCH_RESULTS);
  });
});
