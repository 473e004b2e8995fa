import { describe, expect, it } from 'vitest';
import { compileMatcher, matcherFrom } from '../../../utils/matcher/find-mentions';
import { prepare } from '../../../utils/matcher/prepare-matcher';
import type { AliasEntry } from '../../../utils/matcher/alias-index';

const aliases: AliasEntry[] = [
  { entityId: 'space', category: 'edt', text: 'Satelliten', caseSensitive: false, suffix: true },
  { entityId: 'space', category: 'edt', text: 'Weltraum', caseSensitive: false, prefix: true },
  { entityId: 'drones', category: 'edt', text: 'Drohnen', caseSensitive: false, prefix: true, suffix: true },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
];

const surfaces = (text: string) => compileMatcher(aliases).find(text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);

describe('German compounds: an alias marked suffix ends a longer word, one marked prefix starts one', () => {
  it('takes the whole compound for a tail or a head, and the word itself', () => {
    expect(surfaces('Die Bundeswehr kauft Radarsatelliten und Kommunikationssatelliten; Satelliten im Weltraum und Weltraumfähigkeiten.')).toEqual([
      'space:Radarsatelliten',
      'space:Kommunikationssatelliten',
      'space:Satelliten',
      'space:Weltraum',
      'space:Weltraumfähigkeiten',
    ]);
    // Both ways on one alias: a head and a tail.
    expect(surfaces('Abfangdrohnen und Drohnenabwehr')).toEqual(['drones:Abfangdrohnen', 'drones:Drohnenabwehr']);
  });

  it('leaves a compound plain whose technology word names an office, an event or a policy (a blind batch, session 17)', () => {
    expect(surfaces('Der Chef des Weltraumkommandos sprach auf dem Weltraumkongress über die Weltraumsicherheitsstrategie; die Weltraumbehörde und Weltraumämter; das Drohnenlagezentrum kauft Weltraumtechnik und Radarsatelliten.')).toEqual([
      'space:Weltraumtechnik',
      'space:Radarsatelliten',
    ]);
    // A test range and a way of fighting are the technology (a break-it review, session 17).
    expect(surfaces('Im Drohnentestzentrum flogen Abfangdrohnen; Russlands Drohnenstrategie setzt auf Masse.')).toEqual(['drones:Drohnentestzentrum', 'drones:Abfangdrohnen', 'drones:Drohnenstrategie']);
  });

  it('gives a compound the dataset names as a word of its own to that entity, not to the head it starts with', () => {
    const withWall: AliasEntry[] = [...aliases, { entityId: 'drone-wall', category: 'program', text: 'Drohnenwall', caseSensitive: false }];
    const found = (text: string) => compileMatcher(withWall).find(text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);
    expect(found('Der Drohnenwall soll die Ostflanke schützen; die Drohnenabwehr wächst.')).toEqual(['drone-wall:Drohnenwall', 'drones:Drohnenabwehr']);
  });

  it('takes a generic German noun beside other capitalised nouns: its capital is grammar, not a name', () => {
    const generic: AliasEntry[] = [
      { entityId: 'electronic-warfare', category: 'edt', text: 'Störsender', caseSensitive: false, generic: true, suffix: true },
      { entityId: 'space', category: 'edt', text: 'space', caseSensitive: false, generic: true },
      { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
    ];
    const found = (text: string) => compileMatcher({ version: 't', aliases: generic, topicWords: ['Rüstung', 'defence'], topicThreshold: 1 }).find(text).map((m) => text.slice(m.start, m.end));
    expect(found('Auf der Messe zeigen internationale Rüstungsfirmen Störsender und TEKEVER Drohnen; Rüstung boomt.')).toEqual(['Störsender', 'TEKEVER']);
    // Before a capitalised word, it is part of a firm's or a product's name.
    const withRobots = compileMatcher({ version: 't', aliases: [...generic, { entityId: 'robotics', category: 'edt', text: 'Roboter', caseSensitive: false, generic: true }], topicWords: ['Rüstung', 'defence'], topicThreshold: 1 });
    const robots = withRobots.find('Die KUKA Roboter GmbH liefert an TEKEVER; Rüstung boomt, und Roboter helfen.').filter((m) => m.entityId === 'robotics');
    expect(robots.map((m) => m.surface)).toEqual(['Roboter']);
    expect(robots[0]!.start).toBeGreaterThan(40);
    // An English technology word written in lower case is still part of a capitalised name beside one.
    expect(found('Space Forge and TEKEVER build defence kit.')).toEqual(['TEKEVER']);
  });

  it('leaves a technology written with capitals after a capitalised word mid-sentence as part of that name (a scout’s pages, session 24)', () => {
    const withSystems: AliasEntry[] = [
      { entityId: 'space', category: 'edt', text: 'space systems', caseSensitive: false },
      { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
    ];
    const found = (text: string) => compileMatcher({ version: 't', aliases: withSystems, topicWords: ['defence'], topicThreshold: 1 }).find(text).map((m) => text.slice(m.start, m.end));
    // (The first is then a firm the page names, by its last word, not the technology.)
    expect(found('TEKEVER and Benchmark Space Systems raised defence money; awards went to firms including Ursa Space Systems.')).toEqual(['TEKEVER', 'Benchmark Space Systems']);
    // Not after a sentence's opener, a list's comma or an article: the capitals say nothing of a name there.
    // Nor after a word that describes, nor across a heading's line end.
    expect(found('TEKEVER backs the European Space Systems sector and Defence Space Systems.')).toEqual(['TEKEVER', 'Space Systems', 'Space Systems']);
    expect(found('TEKEVER Heads To Orbit\nSpace Systems made by defence firms grow.')).toEqual(['TEKEVER', 'Space Systems']);
    // Nor after a possessive or an acronym ("the Pentagon's Space Systems", "UK Space Systems": a break-it review, session 24).
    expect(found('TEKEVER backs the Pentagon’s Space Systems budget and UK Space Systems defence firms.')).toEqual(['TEKEVER', 'Space Systems', 'Space Systems']);
    expect(found('Why Space Systems matter to TEKEVER. We fund AI, Space Systems and defence. The Space Systems of TEKEVER grew.')).toEqual(['Space Systems', 'TEKEVER', 'Space Systems', 'Space Systems', 'TEKEVER']);
  });

  it('takes a generic German noun joined by a hyphen to the next noun, unless that noun is a body, an office or an event (a blind batch, session 21)', () => {
    const aliasesWithRobotics: AliasEntry[] = [
      { entityId: 'robotics', category: 'edt', text: 'Robotik', caseSensitive: false, generic: true },
      { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
    ];
    const found = (text: string) => compileMatcher({ version: 't', aliases: aliasesWithRobotics, topicWords: ['Rüstung', 'defence'], topicThreshold: 1 }).find(text).map((m) => text.slice(m.start, m.end));
    // "Robotik-Startup" is a start-up in robotics: the capital of "Startup" is grammar.
    expect(found('Das Robotik-Startup Taurob liefert an TEKEVER; Rüstung boomt.')).toEqual(['Robotik', 'TEKEVER']);
    // A task force, an agency or a conference named with the word is a name the word is part of.
    expect(found('Die Robotik-Task-Force, die Robotik-Agentur und die Robotik-Konferenz tagen bei TEKEVER; Rüstung boomt.')).toEqual(['TEKEVER']);
    // So is an office or a programme, whatever its spelling (a break-it review, session 21).
    expect(found('Die Robotik-Behörde, die Robotik-Taskforce, der Robotik-Koordinator und der Robotik-Wall: TEKEVER; Rüstung boomt.')).toEqual(['TEKEVER']);
    // Any other German noun is the compound's head, not a name (blind dev articles, session 34: "Drohnen-Test",
    // "Drohnen-Aufträge", "Open-Source-Drohnen-Autopiloten"), and so is a lower-case alias written with a capital
    // by German grammar ("Cyber-Sicherheit"); an English one in English text keeps the rule.
    const withCyber: AliasEntry[] = [...aliasesWithRobotics, { entityId: 'cyber', category: 'edt', text: 'cyber', caseSensitive: false, generic: true }];
    const foundWithCyber = (text: string) => compileMatcher({ version: 't', aliases: withCyber, topicWords: ['Rüstung', 'defence'], topicThreshold: 1 }).find(text).map((m) => text.slice(m.start, m.end));
    expect(foundWithCyber('Der Robotik-Test der Bundeswehr, die Robotik-Aufträge und die Cyber-Sicherheit der Systeme: bei TEKEVER wächst die Rüstung.')).toEqual(['Robotik', 'Robotik', 'Cyber', 'TEKEVER']);
    expect(foundWithCyber('The Cyber-Shield Alliance met TEKEVER for defence talks.')).toEqual(['TEKEVER']);
    // An acronym or a word in lower case before the hyphen too ("KI-Beauftragte": a newcomer's trial, session 21).
    const withAi = compileMatcher({ version: 't', aliases: [...aliasesWithRobotics, { entityId: 'ai', category: 'edt', text: 'KI', caseSensitive: true }], topicWords: ['Rüstung', 'defence'], topicThreshold: 1 });
    expect(withAi.find('Die KI-Beauftragte der Bundeswehr und der KI-Koordinator; KI-Systeme für die Rüstung.').map((m) => m.surface)).toEqual(['KI']);
  });

  it('reads a compound head’s excluded words from inside the word, and leaves a brand written with a capital inside plain (session 34)', () => {
    const cyber: AliasEntry[] = [
      { entityId: 'cyber', category: 'edt', text: 'cyber', caseSensitive: false, generic: true, prefix: true, notFollowedBy: String.raw`\s+Monday\b|(?:bull|punk|attack)` },
      { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
    ];
    const found = (text: string) => compileMatcher({ version: 't', aliases: cyber, topicWords: ['defence'], topicThreshold: 1 }).find(text).map((m) => text.slice(m.start, m.end));
    expect(found('TEKEVER builds cyberweapons and cyber tools for defence; cyberspace matters.')).toEqual(['TEKEVER', 'cyberweapons', 'cyber', 'cyberspace']);
    // Inside the word: cyberbullying, cyberpunk and cyberattacks (threat vocabulary); after it: Cyber Monday.
    expect(found('TEKEVER for defence: cyberbullying, cyberpunk, cyberattacks and Cyber Monday deals.')).toEqual(['TEKEVER']);
    // A brand: CyberArk, CYBERPUNK.
    expect(found('TEKEVER for defence bought CyberArk licences; CYBERPUNK night.')).toEqual(['TEKEVER']);
  });

  it('never takes a tail inside a word, a head at a word’s end, or a part of an identifier', () => {
    // "Satelliten" in the middle of a word; "Weltraum" only as a tail; an underscore joins an identifier.
    expect(surfaces('Satellitenbetreiber Funkweltraum radar_satelliten TEKEVERX')).toEqual([]);
  });

  it('lets the longer name before an "(ABBR)" define it, not a compound inside that name', () => {
    const withAgency = compileMatcher([...aliases, { entityId: 'esa', category: 'program', text: 'Europäische Weltraumorganisation', caseSensitive: false }]);
    const text = 'Die Europäische Weltraumorganisation (ESA) plant; die ESA wächst.';
    expect(withAgency.find(text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`)).toEqual(['esa:Europäische Weltraumorganisation', 'esa:ESA', 'esa:ESA']);
  });

  it('reads the same from compiled data as from the aliases', () => {
    const text = 'Kommunikationssatelliten, Weltraumlage, Abfangdrohnen.';
    const fromData = matcherFrom(prepare(aliases)).find(text);
    expect(fromData).toEqual(compileMatcher(aliases).find(text));
    expect(fromData.map((m) => text.slice(m.start, m.end))).toEqual(['Kommunikationssatelliten', 'Weltraumlage', 'Abfangdrohnen']);
  });
});
