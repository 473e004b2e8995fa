import { describe, expect, it } from 'vitest';
import type { AliasEntry, MatcherSpec } from '../../../utils/matcher/alias-index';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

const entry = (entityId: string, text: string, rules: Partial<AliasEntry> = {}): AliasEntry => ({
  entityId,
  category: 'program',
  text,
  caseSensitive: true,
  ...rules,
});

const spec: MatcherSpec = {
  version: '1.0.0',
  topicWords: ['defence', 'defense', 'military', 'start-ups'],
  topicThreshold: 2,
  aliases: [
    entry('nato', 'NATO'),
    entry('nato-diana', 'DIANA'),
    // The FT writes NATO's accelerator "Diana": only with NATO context, and never before a surname.
    entry('nato-diana', 'Diana', { context: { anyOf: ['NATO', 'accelerator'], scope: 'near', window: 80 }, notFollowedBy: '\\s+\\p{Lu}\\p{Ll}+' }),
    entry('project-maven', 'Project Maven'),
    entry('project-maven', 'Maven', { context: { anyOf: ['Pentagon', 'Palantir', 'targeting'], scope: 'page' } }),
    entry('quantum-technologies', 'quantum', { caseSensitive: false, generic: true, category: 'edt' }),
    entry('drones', 'drones', { caseSensitive: false, generic: true, category: 'edt' }),
  ],
};
const matcher = compileMatcher(spec);
const surfaces = (text: string) => matcher.find(text).map((m) => `${m.surface}:${m.entityId}`);

describe('disambiguation rules declared in the dataset', () => {
  it('takes "Diana" for the accelerator only near its context words', () => {
    expect(surfaces('NATO’s Diana accelerator backs start-ups.')).toEqual(['NATO:nato', 'Diana:nato-diana']);
    expect(surfaces('Diana went to the shops.')).toEqual([]);
  });

  it('does not take "Diana" followed by a capitalised surname, even near NATO', () => {
    expect(surfaces('NATO adviser Diana Kowalski said so.')).toEqual(['NATO:nato']);
  });

  it('needs page-level context for "Maven" but not for "Project Maven"', () => {
    expect(surfaces('Build it with Maven and Gradle.')).toEqual([]);
    expect(surfaces('The Pentagon expanded Maven, the targeting effort run with Palantir.')).toEqual(['Maven:project-maven']);
    expect(surfaces('Project Maven began in 2017.')).toEqual(['Project Maven:project-maven']);
  });

  it('does not count an acronym context word the page writes all in lower case (Polish "rok", Portuguese "suas": a break-it review, session 21)', () => {
    const acronyms = compileMatcher({
      ...spec,
      aliases: [
        entry('dronebot', 'Dronebot', { context: { anyOf: ['ROK', 'Korea'], scope: 'near' } }),
        entry('gauntlet', 'Gauntlet', { context: { anyOf: ['sUAS', 'drone'], scope: 'page' } }),
      ],
    });
    const seen = (...texts: string[]) => acronyms.findAll(texts).flat().map((m) => m.surface);
    expect(seen('The ROK Army fields Dronebot units.')).toEqual(['Dronebot']);
    // Any capital will do: outlets write "Rok" or "Suas" at a sentence's start, "Darpa" as a house style.
    expect(seen('Rok Army units use Dronebot kit.')).toEqual(['Dronebot']);
    expect(seen('W tym roku Dronebot kosztuje mniej niż w zeszłym rok.')).toEqual([]);
    expect(seen('Os jogadores escolhem suas armas no Gauntlet.')).toEqual([]);
    expect(seen('Os jogadores escolhem suas armas no Gauntlet.', 'The sUAS passed.')).toEqual(['Gauntlet']);
  });

  it('finds page-level context in another block of the same page', () => {
    const [first, second] = matcher.findAll(['Maven grew quickly.', 'Palantir won the contract.']);
    expect(first?.map((m) => m.entityId)).toEqual(['project-maven']);
    expect(second).toEqual([]);
  });

  it('lights generic terms only on pages about defense or technology', () => {
    expect(surfaces('A quantum leap for our bakery: drones of bees everywhere.')).toEqual([]);
    expect(surfaces('Defence ministries fund quantum sensing and drones for military use.')).toEqual([
      'quantum sensing:quantum-technologies',
      'drones:drones',
    ]);
  });

  it('counts specific entities toward the topic gate', () => {
    expect(surfaces('NATO and DIANA look at quantum.').map((s) => s.split(':')[0])).toEqual(['NATO', 'DIANA', 'quantum']);
  });

  it('keeps the page state across additions in one session', () => {
    const session = matcher.session();
    expect(session.add(['Quantum is hard.'])[0]).toEqual([]);
    expect(session.onTopic).toBe(false);
    session.add(['Defence and military budgets grow.']);
    expect(session.onTopic).toBe(true);
    expect(session.add(['Quantum is hard.'])[0]?.map((m) => m.entityId)).toEqual(['quantum-technologies']);
  });

  it('explains why each mention is highlighted', () => {
    const rules = matcher.find('NATO’s Diana accelerator and military quantum drones for defence').map((m) => [m.surface, m.rule]);
    expect(rules).toEqual([
      ['NATO', 'exact-case alias'],
      ['Diana', 'exact-case alias, with “NATO” nearby'],
      ['quantum', 'generic term, on a page about defense or technology'],
      ['drones', 'generic term, on a page about defense or technology'],
    ]);
  });

  it('names the context word as the page writes it, not as the rule lists it (a newcomer’s trial, session 28)', () => {
    // The rule lists "défense"; the page writes "defence": accents and spellings fold together.
    const safe = compileMatcher([entry('eu-safe', 'SAFE', { caseSensitive: true, context: { anyOf: ['défense'], scope: 'near', window: 80 } })]);
    expect(safe.find('SAFE loans fund European defence.').map((m) => m.rule)).toEqual(['exact-case alias, with “defence” nearby']);
  });

  it('counts a `next` word only right after the alias, as the noun it qualifies ("space firms": a blind batch, session 21)', () => {
    const nouns = compileMatcher({
      ...spec,
      aliases: [entry('space', 'space', { caseSensitive: false, generic: true, category: 'edt', context: { anyOf: ['satellites'], scope: 'near', window: 40, next: ['firms', 'funding'] } })],
    });
    const seen = (text: string) => nouns.findAll(['Defence start-ups and military buyers met.', text])[1]!.map((m) => m.surface);
    expect(seen('Seattle-area space firms won contracts.')).toEqual(['space']);
    expect(seen('Civil space funding is shrinking.')).toEqual(['space']);
    // A hyphen between is one word's parts ("space-funding"); anything more between is not the noun it qualifies.
    expect(seen('The space, funding aside, was empty.')).toEqual([]);
    expect(seen('Firms need space and funding to grow.')).toEqual([]);
    expect(seen('A space near the firms was empty.')).toEqual([]);
    // The near words still count as before.
    expect(seen('The satellites reached space last year.')).toEqual(['space']);
  });
});
