import { describe, expect, it } from 'vitest';
import { translationsOf } from '../../../utils/matcher/context-translations';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

describe('context words in other languages', () => {
  it('gives an English context word its words in other languages, and nothing to any other word', () => {
    expect(translationsOf('drones')).toContain('droner');
    expect(translationsOf('Drones')).toContain('Drohnen');
    expect(translationsOf('fund')).toContain('fonds');
    // One way only: a rule's word in another language means that language.
    expect(translationsOf('Defensie')).toEqual([]);
    expect(translationsOf('droner')).toEqual([]);
    expect(translationsOf('Palantir')).toEqual([]);
  });

  const matcher = compileMatcher({
    version: 'test',
    topicWords: ['forsvaret', 'défense', 'defence'],
    topicThreshold: 1,
    aliases: [
      { entityId: 'fire-point', category: 'firm', text: 'Fire Point', caseSensitive: true, context: { anyOf: ['drones', 'Ukraine'], scope: 'near' } },
      { entityId: 'odin', category: 'program', text: 'ODIN', caseSensitive: true, context: { anyOf: ['Defensie', 'Dutch'], scope: 'near' } },
      { entityId: 'navy-lab', category: 'program', text: 'Sealab', caseSensitive: true, context: { anyOf: ['Navy'], scope: 'near' } },
      { entityId: 'tikehau', category: 'firm', text: 'Tikehau', caseSensitive: true, context: { anyOf: ['fund'], scope: 'page' } },
    ],
  });
  const found = (text: string) => matcher.find(text).map((m) => `${m.surface}:${m.rule}`);

  it('counts a translation near the name as the rule’s own word on a page about defence, and says which word the page wrote', () => {
    // A scout's Norwegian page (session 31).
    expect(found('Produsenter som Skyeton og Fire Point har åpnet anlegg for droner i Danmark for forsvaret.')).toEqual(['Fire Point:exact-case alias, with “droner” nearby']);
    expect(found('Ardian, Tikehau et Weinberg.')).toEqual([]);
    expect(matcher.session().add(['Ardian, Tikehau et Weinberg.', 'Les fonds de private equity investissent dans la défense.']).flat().map((m) => m.surface)).toEqual(['Tikehau', 'Weinberg']);
  });

  it('does not count a translation on a page about something else, where it has an everyday sense (a break-it review, session 31)', () => {
    expect(found('Fire Point-festivalen viser droner med lysshow i sommer.')).toEqual([]);
    expect(matcher.session().add(['Plongée à Tikehau.', 'Les fonds marins de l’atoll sont magnifiques.']).flat()).toEqual([]);
    // The rule's own word still counts anywhere.
    expect(found('Fire Point drones flew at the festival.')).toEqual(['Fire Point:exact-case alias, with “drones” nearby']);
  });

  it('does not widen a rule written in another language to English, nor read an English page through a translation', () => {
    // dev (session 31): a Belgian page's "Defence" named the Dutch ODIN through its rule's "Defensie".
    expect(found('The King was briefed on an Organisation for Defence Innovation (ODIN) at the Defence institute.')).toEqual([]);
    // French "marine" is listed for no English word: "marine life" is no navy.
    expect(found('Sealab studies marine life.')).toEqual([]);
    expect(found('Fire Point drills, as the fire brigade calls them.')).toEqual([]);
  });
});
