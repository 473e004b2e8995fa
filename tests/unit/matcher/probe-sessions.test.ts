import { describe, expect, it } from 'vitest';
import type { AliasEntry, MatcherSpec } from '../../../utils/matcher/alias-index';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { ProbeSessions } from '../../../utils/matcher/probe-sessions';

const entry = (entityId: string, text: string, rules: Partial<AliasEntry> = {}): AliasEntry => ({ entityId, category: 'program', text, caseSensitive: false, ...rules });
const spec: MatcherSpec = {
  version: '1.0.0',
  topicWords: ['defence', 'military'],
  topicThreshold: 2,
  aliases: [
    entry('diana', 'DIANA', { caseSensitive: true }),
    entry('nato', 'NATO', { caseSensitive: true, umbrella: true }),
    entry('drones', 'drones', { category: 'edt', generic: true }),
  ],
};
const matcher = compileMatcher(spec);
const blocks = (...texts: string[]) => texts.map((text, i) => ({ key: i + 1, text }));

describe('ProbeSessions', () => {
  it('says whether a page names anything, and keeps waiting pages only', () => {
    const probes = new ProbeSessions();
    expect(probes.probe(matcher, { session: 'a', fresh: true, blocks: blocks('Around town this week.') })).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'a', fresh: false, blocks: [{ key: 9, text: 'DIANA opened a call.' }] })).toEqual({ ok: true, mentions: 1 });
    // A page told "yes" annotates from then on: its probe session is gone.
    expect(probes.probe(matcher, { session: 'a', fresh: false, blocks: blocks('more') })).toEqual({ ok: false, reason: 'unknown-session' });
  });

  it('reads the whole page again on each answer: later text can make earlier text count', () => {
    const probes = new ProbeSessions();
    // "drones" is generic: a mention only on a page about defence (two topic words).
    expect(probes.probe(matcher, { session: 'p', fresh: true, blocks: blocks('Farmers use drones.') })).toEqual({ ok: true, mentions: 0 });
    const later = probes.probe(matcher, { session: 'p', fresh: false, blocks: [{ key: 7, text: 'The defence and military budget grew.' }] });
    expect(later).toEqual({ ok: true, mentions: 1 });
  });

  it('replaces a block sent again, so a changing block does not pile up', () => {
    const probes = new ProbeSessions(10, 100);
    expect(probes.probe(matcher, { session: 'c', fresh: true, blocks: [{ key: 1, text: 'x'.repeat(60) }] })).toEqual({ ok: true, mentions: 0 });
    for (let i = 0; i < 5; i += 1) expect(probes.probe(matcher, { session: 'c', fresh: false, blocks: [{ key: 1, text: 'y'.repeat(60) }] })).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'c', fresh: false, blocks: [{ key: 2, text: 'z'.repeat(60) }] })).toEqual({ ok: false, reason: 'too-large' });
  });

  it('counts only what the reader would be shown', () => {
    const probes = new ProbeSessions();
    const noInstitutions = (m: { umbrella?: boolean }) => !m.umbrella;
    expect(probes.probe(matcher, { session: 'n', fresh: true, blocks: blocks('NATO met.') }, noInstitutions)).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'm', fresh: true, blocks: blocks('NATO met.') })).toEqual({ ok: true, mentions: 1 });
  });

  it('asks for the whole page when it does not know the session, and when the matcher changed', () => {
    const probes = new ProbeSessions();
    expect(probes.probe(null, { session: 'x', fresh: true, blocks: blocks('DIANA') })).toEqual({ ok: false, reason: 'no-dataset' });
    expect(probes.probe(matcher, { session: 'x', fresh: false, blocks: blocks('DIANA') })).toEqual({ ok: false, reason: 'unknown-session' });
    expect(probes.probe(matcher, { session: 'y', fresh: true, blocks: blocks('plain') })).toEqual({ ok: true, mentions: 0 });
    const other = compileMatcher(spec);
    expect(probes.probe(other, { session: 'y', fresh: false, blocks: blocks('plain again') })).toEqual({ ok: false, reason: 'unknown-session' });
  });

  it('keeps at most `maxSessions` waiting pages, the least recently used dropped', () => {
    const probes = new ProbeSessions(2);
    for (const id of ['1', '2', '3']) probes.probe(matcher, { session: id, fresh: true, blocks: blocks('plain') });
    expect(probes.probe(matcher, { session: '1', fresh: false, blocks: blocks('plain') })).toEqual({ ok: false, reason: 'unknown-session' });
    expect(probes.probe(matcher, { session: '3', fresh: false, blocks: blocks('plain') })).toEqual({ ok: true, mentions: 0 });
  });
});
