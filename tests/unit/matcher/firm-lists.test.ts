import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

const matcher = compileMatcher({
  version: 'test',
  topicWords: ['defence', 'military'],
  topicThreshold: 1,
  aliases: [
    { entityId: 'leolabs', category: 'firm', text: 'LeoLabs', caseSensitive: true },
    { entityId: 'rise8', category: 'firm', text: 'Rise8', caseSensitive: true },
    { entityId: 'umbra', category: 'firm', text: 'Umbra', caseSensitive: true, context: { anyOf: ['radar', 'satellite'], scope: 'near', window: 60 } },
    { entityId: 'xona', category: 'firm', text: 'Xona', caseSensitive: true, context: { anyOf: ['GPS', 'navigation'], scope: 'near', window: 60 } },
    { entityId: 'cyber', category: 'edt', text: 'cybersecurity', caseSensitive: false },
  ],
});
const found = (text: string) => matcher.find(text).map((m) => [m.surface, m.entityId]);

describe('a firm name in a list of firms', () => {
  it('needs no context words of its own when it stands in a list with a named firm, and carries the list on', () => {
    expect(found('The eight winners were LeoLabs, Rise8, Umbra and Xona, the service said.')).toEqual([
      ['LeoLabs', 'leolabs'],
      ['Rise8', 'rise8'],
      ['Umbra', 'umbra'],
      ['Xona', 'xona'],
    ]);
  });

  it('is not carried by a technology, nor outside a list', () => {
    // A list of a technology and a word: not a list of firms.
    expect(found('Work on cybersecurity and Umbra.')).toEqual([['cybersecurity', 'cyber']]);
    // Near a firm, but not in a list with it.
    expect(found('Rise8 staff watched Umbra, the film.')).toEqual([['Rise8', 'rise8']]);
    expect(found('The Umbra and Xona of the eclipse.')).toEqual([]);
  });

  it('does not take the tail of a name joined by "and" as the item before a firm', () => {
    // A scout's French page (session 31): a club's name.
    expect(found('Military investors met at le club Aerospace Défense et Sécurité, Rise8, LeoLabs et Aervane.')).toEqual([
      ['Rise8', 'rise8'],
      ['LeoLabs', 'leolabs'],
      ['Aervane', 'page-firm:Aervane'],
    ]);
    // A list's items before a firm still are, a French list's first after the noun that introduces it too (a break-it
    // review, session 31).
    expect(found('Military deals: Orvane, Keldra et Rise8 signed.')).toEqual([
      ['Keldra', 'page-firm:Keldra'],
      ['Rise8', 'rise8'],
    ]);
    expect(found('Military deals: Orvane et Keldra et Rise8 signed.')).toEqual([
      ['Orvane', 'page-firm:Orvane'],
      ['Keldra', 'page-firm:Keldra'],
      ['Rise8', 'rise8'],
    ]);
    expect(found('Contrats militaires : les spécialistes de la robotique Kestrelwind, Nordvik et Rise8.')).toEqual([
      ['Kestrelwind', 'page-firm:Kestrelwind'],
      ['Nordvik', 'page-firm:Nordvik'],
      ['Rise8', 'rise8'],
    ]);
  });

  it('does not carry a list on from a firm that is a person’s affiliation', () => {
    // A scout's page (session 31): people, each with where they work.
    expect(found('Military investors met. Jane Doe, Managing Director at Rise8, and Artem Moroz of Brave1 spoke.')).toEqual([['Rise8', 'rise8']]);
    // A checker's page (session 31): a chairperson, and a person whose role is written as a title.
    expect(found('Military deal signed by Jane Roe, Chairperson of Rise8, and Tom Vale, Executive Vice-President for Sales.')).toEqual([['Rise8', 'rise8']]);
    expect(found('Military deal signed by Rise8, and Tom Vale, Executive Vice-President for Sales.')).toEqual([['Rise8', 'rise8']]);
    expect(found('Military deals went to Rise8, Aervane and LeoLabs.')).toEqual([
      ['Rise8', 'rise8'],
      ['Aervane', 'page-firm:Aervane'],
      ['LeoLabs', 'leolabs'],
    ]);
  });

  it('explains the rule it used', () => {
    expect(matcher.find('Winners: Rise8 and Umbra.').find((m) => m.entityId === 'umbra')?.rule).toBe('in a list of firms with “Rise8”');
  });
});
