import { describe, expect, it } from 'vitest';
import type { AliasEntry, MatcherSpec } from '../../../utils/matcher/alias-index';
import { type MatchSession, compileMatcher } from '../../../utils/matcher/find-mentions';
import { decodeMentions } from '../../../utils/matcher/mention-wire';
import { ProbeSessions } from '../../../utils/matcher/probe-sessions';
import { encodeTexts } from '../../../utils/matcher/text-wire';

const entry = (entityId: string, text: string, rules: Partial<AliasEntry> = {}): AliasEntry => ({ entityId, category: 'program', text, caseSensitive: false, ...rules });
const spec: MatcherSpec = {
  version: '1.0.0',
  topicWords: ['defence', 'military', 'start-ups'],
  topicThreshold: 2,
  aliases: [
    entry('diana', 'DIANA', { caseSensitive: true }),
    entry('nato', 'NATO', { caseSensitive: true, umbrella: true }),
    entry('drones', 'drones', { category: 'edt', generic: true }),
    entry('cae', 'CAE', { category: 'firm', caseSensitive: true, unless: { anyOf: ['CFD'], scope: 'near', window: 60 }, notFollowedBy: '\\s+Renewables' }),
  ],
};
const matcher = compileMatcher(spec);
const texts = (...list: string[]) => list;

describe('ProbeSessions', () => {
  it('says whether a page names anything, and keeps waiting pages only', () => {
    const probes = new ProbeSessions();
    expect(probes.probe(matcher, { session: 'a', fresh: true, texts: encodeTexts(texts('Around town this week.')) })).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'a', fresh: false, texts: encodeTexts(['DIANA opened a call.']) })).toEqual({ ok: true, mentions: 1 });
    // A page told "yes" annotates from then on: its probe session is gone.
    expect(probes.probe(matcher, { session: 'a', fresh: false, texts: encodeTexts(texts('more')) })).toEqual({ ok: false, reason: 'unknown-session' });
  });

  it('reads the whole page again on each answer: later text can make earlier text count', () => {
    const probes = new ProbeSessions();
    // "drones" is generic: a mention only on a page about defence (two topic words).
    expect(probes.probe(matcher, { session: 'p', fresh: true, texts: encodeTexts(texts('Farmers use drones.')) })).toEqual({ ok: true, mentions: 0 });
    const later = probes.probe(matcher, { session: 'p', fresh: false, texts: encodeTexts(['The defence and military budget grew.']) });
    expect(later).toEqual({ ok: true, mentions: 1 });
  });

  it('adds changed blocks to the page, and tells a page past its limit to annotate', () => {
    const probes = new ProbeSessions(10, 100);
    expect(probes.probe(matcher, { session: 'c', fresh: true, texts: encodeTexts(['x'.repeat(60)]) })).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'c', fresh: false, texts: encodeTexts(['y'.repeat(30)]) })).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'c', fresh: false, texts: encodeTexts(['z'.repeat(30)]) })).toEqual({ ok: false, reason: 'too-large' });
  });

  it('matches a whole page in full and hands over what it found, in a session the annotator goes on with', () => {
    const probes = new ProbeSessions();
    let opened: MatchSession | undefined;
    const page = texts('Around town.', 'DIANA opened a call; so did NATO.');
    const answer = probes.probe(matcher, { session: 'h', fresh: true, texts: encodeTexts(page) }, undefined, (session) => (opened = session));
    expect(answer).toMatchObject({ ok: true, mentions: 2 });
    if (!answer.ok || !answer.found) throw new Error('no mentions handed over');
    expect(decodeMentions(answer.found, page).map((found) => found.map((m) => m.surface))).toEqual([[], ['DIANA', 'NATO']]);
    expect(typeof answer.state).toBe('string');
    // The session is the page's from here on: later text is read with what the page established.
    expect(opened?.add(['DIANA again'])[0]!.map((m) => m.entityId)).toEqual(['diana']);
    // A page that names nothing hands nothing over, and is kept for its changes.
    expect(probes.probe(matcher, { session: 'i', fresh: true, texts: encodeTexts(texts('plain')) }, undefined, () => expect.fail('opened'))).toEqual({ ok: true, mentions: 0 });
  });

  it('hands over a page whose only names are hidden for now, with no mention to draw yet', () => {
    const probes = new ProbeSessions();
    const visible = texts('Around town.');
    const answer = probes.probe(matcher, { session: 'j', fresh: true, texts: encodeTexts(visible), hidden: encodeTexts(['DIANA opened a call.']) });
    expect(answer).toMatchObject({ ok: true, mentions: 1 });
    if (!answer.ok || !answer.found) throw new Error('not handed over');
    expect(decodeMentions(answer.found, visible)).toEqual([[]]);
    // Hidden text that names nothing changes nothing.
    expect(probes.probe(matcher, { session: 'k', fresh: true, texts: encodeTexts(visible), hidden: encodeTexts(['The weather.']) })).toEqual({ ok: true, mentions: 0 });
    // Names added later inside a hidden part (a section filled while collapsed) count as on a whole page,
    // and a hidden part never counts as the page's own text: the page is told "no" for the next change.
    expect(probes.probe(matcher, { session: 'k', fresh: false, texts: encodeTexts(texts('More weather.')), hidden: encodeTexts(['The weather.']) })).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'k', fresh: false, texts: encodeTexts([]), hidden: encodeTexts(['DIANA opened a call.']) })).toEqual({ ok: true, mentions: 1 });
  });

  it('reads the whole page exactly, but leaves out, for changed blocks, the rules more text can only turn a name down with', () => {
    const probes = new ProbeSessions();
    // A whole page reads as annotation reads it: "CFD" beside CAE turns it down.
    expect(matcher.findAll(['CAE pilot training simulators'])[0]).toHaveLength(1);
    expect(matcher.findAll(['CAE CFD pilot training simulators'])[0]).toHaveLength(0);
    expect(probes.probe(matcher, { session: 'v', fresh: true, texts: encodeTexts(texts('CAE CFD pilot training simulators')) })).toEqual({ ok: true, mentions: 0 });
    // A changed block is added beside its old text, which may no longer be on the page: a name is never turned down for it.
    // (Its old text's CAE counts now too: the rule is left out for the whole page.)
    expect(probes.probe(matcher, { session: 'v', fresh: false, texts: encodeTexts(texts('CAE pilot training simulators')) })).toEqual({ ok: true, mentions: 2 });
    expect(probes.probe(matcher, { session: 'w', fresh: true, texts: encodeTexts(texts('Around town')) })).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'w', fresh: false, texts: encodeTexts(texts('CAE Renewables')) })).toEqual({ ok: true, mentions: 1 });
  });

  it('reads a page about defence that names nothing of the dataset’s in full: its own firms are mentions (session 30)', () => {
    const probes = new ProbeSessions();
    const panel = 'Military and defence start-ups met. Niklas Boman, founder and CEO of Seapattern; spoke.';
    expect(matcher.findAll([panel])[0]!.map((m) => m.entityId)).toEqual(['page-firm:Seapattern']);
    expect(probes.probe(matcher, { session: 'f', fresh: true, texts: encodeTexts(texts(panel)) })).toMatchObject({ ok: true, mentions: 1 });
    // The same firm on a page with one defence word: nothing, as annotation would find.
    const fair = 'Defence start-ups met. Niklas Boman, founder and CEO of Seapattern; spoke.';
    expect(matcher.findAll([fair])[0]).toEqual([]);
    expect(probes.probe(matcher, { session: 'g', fresh: true, texts: encodeTexts(texts(fair)) })).toEqual({ ok: true, mentions: 0 });
  });

  it('counts only what the reader would be shown', () => {
    const probes = new ProbeSessions();
    const noInstitutions = (m: { umbrella?: boolean }) => !m.umbrella;
    expect(probes.probe(matcher, { session: 'n', fresh: true, texts: encodeTexts(texts('NATO met.')) }, noInstitutions)).toEqual({ ok: true, mentions: 0 });
    expect(probes.probe(matcher, { session: 'm', fresh: true, texts: encodeTexts(texts('NATO met.')) })).toMatchObject({ ok: true, mentions: 1 });
  });

  it('asks for the whole page when it does not know the session, and when the matcher changed', () => {
    const probes = new ProbeSessions();
    expect(probes.probe(null, { session: 'x', fresh: true, texts: encodeTexts(texts('DIANA')) })).toEqual({ ok: false, reason: 'no-dataset' });
    expect(probes.probe(matcher, { session: 'x', fresh: false, texts: encodeTexts(texts('DIANA')) })).toEqual({ ok: false, reason: 'unknown-session' });
    expect(probes.probe(matcher, { session: 'y', fresh: true, texts: encodeTexts(texts('plain')) })).toEqual({ ok: true, mentions: 0 });
    const other = compileMatcher(spec);
    expect(probes.probe(other, { session: 'y', fresh: false, texts: encodeTexts(texts('plain again')) })).toEqual({ ok: false, reason: 'unknown-session' });
  });

  it('keeps at most `maxSessions` waiting pages, the least recently used dropped', () => {
    const probes = new ProbeSessions(2);
    for (const id of ['1', '2', '3']) probes.probe(matcher, { session: id, fresh: true, texts: encodeTexts(texts('plain')) });
    expect(probes.probe(matcher, { session: '1', fresh: false, texts: encodeTexts(texts('plain')) })).toEqual({ ok: false, reason: 'unknown-session' });
    expect(probes.probe(matcher, { session: '3', fresh: false, texts: encodeTexts(texts('plain')) })).toEqual({ ok: true, mentions: 0 });
  });
});
