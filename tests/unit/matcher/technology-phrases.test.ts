import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { namedPartEnd, technologyPhraseEnd } from '../../../utils/matcher/technology-phrases';

describe('technologyPhraseEnd', () => {
  const end = (text: string, word: string) => {
    const at = text.indexOf(word) + word.length;
    return text.slice(text.indexOf(word), technologyPhraseEnd(text, at));
  };

  it('takes the noun a technology word modifies, across the words between', () => {
    expect(end('The Navy tests unmanned surface platforms off Guam.', 'unmanned')).toBe('unmanned surface platforms');
    expect(end('Work on quantum clocks and quantum cryptography.', 'quantum')).toBe('quantum clocks');
    expect(end('It sells satellite imaging to the army.', 'satellite')).toBe('satellite imaging');
    expect(end('Funding for drone technology grew.', 'drone')).toBe('drone technology');
  });

  it('stops at a noun it does not take, a compound, a possessive, a capital or a line end', () => {
    expect(end('The unmanned systems flew.', 'unmanned')).toBe('unmanned');
    expect(end('Its quantum leap surprised.', 'quantum')).toBe('quantum');
    expect(end('A drone technology-driven push.', 'drone')).toBe('drone');
    expect(end("The drone platforms' makers met.", 'drone')).toBe('drone');
    expect(end('The quantum Technology Office opened.', 'quantum')).toBe('quantum');
    expect(end('The drone\ntechnology grew.', 'drone')).toBe('drone');
    // After a plural the next word is most often its verb; only "technology" itself joins it (a break-it review, session 25).
    expect(end("Ukraine's naval drones attack vessels weekly.", 'drones')).toBe('drones');
    expect(end('Commercial satellites imaging the Donbas.', 'satellites')).toBe('satellites');
    expect(end('Hypersonic weapons technology matured.', 'weapons')).toBe('weapons technology');
    expect(end('Autonomous navigation kits.', 'Autonomous')).toBe('Autonomous navigation');
    expect(end('He loves AI science fiction.', 'AI')).toBe('AI');
    // Modifiers with no head after them are no phrase.
    expect(end('An unmanned surface vessel; an unmanned surface.', 'an unmanned')).toBe('an unmanned');
  });
});

describe('technology phrases in mentions', () => {
  const matcher = compileMatcher({
    version: 'test',
    topicWords: ['defence', 'military'],
    topicThreshold: 1,
    aliases: [
      { entityId: 'uncrewed', category: 'edt', text: 'unmanned', caseSensitive: false },
      { entityId: 'quantum', category: 'edt', text: 'quantum', caseSensitive: false },
      { entityId: 'navigation-co', category: 'firm', text: 'Navigation Labs', caseSensitive: true },
      { entityId: 'data-partners', category: 'firm', text: 'data partners', caseSensitive: false },
    ],
  });
  const found = (text: string) => matcher.find(text).map((m) => `${m.surface}:${m.entityId}`);

  it('widens a technology mention over its phrase, never into the next mention, nor in a title-case heading', () => {
    expect(found('The military fields unmanned surface vessels and quantum sensing kits.')).toEqual([
      'unmanned surface vessels:uncrewed',
      'quantum sensing:quantum',
    ]);
    expect(found('Military users want quantum Navigation Labs kits.')).toEqual(['quantum:quantum', 'Navigation Labs:navigation-co']);
    expect(found('Military buyers met unmanned data partners.')).toEqual(['unmanned:uncrewed', 'data partners:data-partners']);
    expect(found('Military Buys Unmanned Surface Vessels For Defence')).toEqual(['Unmanned:uncrewed']);
  });
});

describe('namedPartEnd', () => {
  const part = (text: string, acronym: string) => {
    const start = text.indexOf(acronym);
    return text.slice(start, namedPartEnd(text, start, start + acronym.length));
  };

  it('joins a site, an edition or a unit after an acronym’s hyphen', () => {
    expect(part('Graduates of CDL-Toronto and CDL-Berlin pitched.', 'CDL')).toBe('CDL-Toronto');
    expect(part('He opened DISC-9 at Aero India.', 'DISC')).toBe('DISC-9');
    expect(part('Chips from CEA-Leti in Grenoble.', 'CEA')).toBe('CEA-Leti');
  });

  it('leaves a describing word, a lower-case word, a longer compound and a name that is no acronym', () => {
    expect(part('A DIU-Backed start-up.', 'DIU')).toBe('DIU');
    expect(part('A DIANA-funded start-up.', 'DIANA')).toBe('DIANA');
    expect(part('The EDF-Ukraine-EU deal.', 'EDF')).toBe('EDF');
    expect(part('Helsing-Berlin grew.', 'Helsing')).toBe('Helsing');
    // A German compound's noun, and a code of several parts.
    expect(part('Mittel des APFIT-Programms.', 'APFIT')).toBe('APFIT');
    expect(part('The call Chips-2024-CDP-1 opened.', 'CDP')).toBe('CDP');
  });
});
