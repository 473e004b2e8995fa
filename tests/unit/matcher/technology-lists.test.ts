import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

/** A page about defence: one topic word will do. */
const DEFENCE_PAGES = { version: 'test', topicWords: ['defence', 'military'], topicThreshold: 1 };

const matcher = compileMatcher({
  ...DEFENCE_PAGES,
  aliases: [
    { entityId: 'cyber', category: 'edt', text: 'cybersecurity', caseSensitive: false },
    { entityId: 'ai', category: 'edt', text: 'artificial intelligence', caseSensitive: false },
    { entityId: 'space', category: 'edt', text: 'space', caseSensitive: false, generic: true, context: { anyOf: ['satellite', 'orbit'], scope: 'near', window: 40 } },
    { entityId: 'data', category: 'edt', text: 'data', caseSensitive: false, generic: true, context: { anyOf: ['analytics'], scope: 'near', window: 40 } },
  ],
});
const found = (text: string) => matcher.find(text).map((m) => [m.surface, m.entityId]);

describe('a technology word in a list of technologies', () => {
  it('needs no context words of its own when it stands in a list with a named technology', () => {
    expect(found('Military start-ups work across artificial intelligence, drone operations, cybersecurity and space.')).toEqual([
      ['artificial intelligence', 'ai'],
      ['cybersecurity', 'cyber'],
      ['space', 'space'],
    ]);
    // The list carries on: "space" is taken through "data", taken through "cybersecurity".
    expect(found('Defence work on cybersecurity, data and space.').map(([, id]) => id)).toEqual(['cyber', 'data', 'space']);
  });

  it('leaves the word plain outside a list, however near a technology', () => {
    expect(found('The military office has cybersecurity staff but no space for them.')).toEqual([['cybersecurity', 'cyber']]);
    expect(found('Defence firms buy cybersecurity. There is space left.')).toEqual([['cybersecurity', 'cyber']]);
  });

  it('explains the rule it used', () => {
    expect(matcher.find('Defence work on cybersecurity and space.').find((m) => m.entityId === 'space')?.rule).toBe('in a list of technologies with “cybersecurity”');
  });

  it('takes a list of areas written with capitals, NATO’s style, but not a technology word in a list of firms (a break-it review, session 22)', () => {
    const capitals = compileMatcher({
      ...DEFENCE_PAGES,
      aliases: [
        { entityId: 'ai', category: 'edt', text: 'AI', caseSensitive: true },
        { entityId: 'quantum', category: 'edt', text: 'quantum', caseSensitive: false, generic: true },
        { entityId: 'space', category: 'edt', text: 'space', caseSensitive: false, generic: true, context: { anyOf: ['quantum', 'AI'], scope: 'near', window: 40 } },
        { entityId: 'helsing', category: 'firm', text: 'Helsing', caseSensitive: true },
        { entityId: 'shield-ai', category: 'firm', text: 'Shield AI', caseSensitive: true },
        { entityId: 'robotics', category: 'edt', text: 'robotics', caseSensitive: false, generic: true },
      ],
    });
    const ids = (text: string) => capitals.find(text).map((m) => m.entityId);
    expect(ids('The military priority areas include AI, Quantum, Space and more.')).toEqual(['ai', 'quantum', 'space']);
    // After a firm the capital names a firm too: "Quantum" the drone maker.
    expect(ids('Defence investors backed Helsing, Quantum and others.')).toEqual(['helsing']);
    // So after a firm whose name ends in a technology word, or a name a capitalised word opens (a break-it review).
    expect(ids('Defence investors backed Shield AI, Quantum and others.')).toEqual(['shield-ai']);
    expect(ids('The military bought from Milrem Robotics, Quantum and others.')).toEqual([]);
  });
});
