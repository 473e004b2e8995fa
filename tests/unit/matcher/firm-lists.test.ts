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

  it('explains the rule it used', () => {
    expect(matcher.find('Winners: Rise8 and Umbra.').find((m) => m.entityId === 'umbra')?.rule).toBe('in a list of firms with “Rise8”');
  });
});
