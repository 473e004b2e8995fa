import { describe, expect, it } from 'vitest';
import { remoteMatchPort } from '../../../utils/annotator/remote-match-port';
import type { AliasEntry } from '../../../utils/matcher/alias-index';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { localMatchPort } from '../../../utils/matcher/match-port';
import { type MatchRequest, MatchSessions } from '../../../utils/matcher/match-sessions';
import { encodeTexts } from '../../../utils/matcher/text-wire';
import { decodeMentions, encodeMentions } from '../../../utils/matcher/mention-wire';

const aliases: AliasEntry[] = [
  { entityId: 'european-defence-fund', category: 'program', text: 'European Defence Fund', caseSensitive: false },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
];
const matcher = compileMatcher(aliases);
const FIRST = 'The European Defence Fund (EDF) backed TEKEVER.';
const LATER = 'EDF money went to TEKEVER again.';

describe('mention wire format', () => {
  it('round-trips the mentions of each text, the surface taken from the text', () => {
    const texts = [FIRST, 'nothing here', LATER];
    const mentions = matcher.session().add(texts);
    expect(decodeMentions(encodeMentions(mentions), texts)).toEqual(mentions);
  });

  it('rejects an answer that does not fit the texts', () => {
    const wire = encodeMentions(matcher.session().add([FIRST]));
    expect(() => decodeMentions(wire, ['short'])).toThrow(/does not fit/);
    expect(() => decodeMentions(wire, [FIRST, FIRST])).toThrow(/Matched 1 texts, sent 2/);
    expect(() => decodeMentions({ ...wire, spans: wire.spans.split(',').slice(0, -1).join(',') }, [FIRST])).toThrow(/cut short/);
    expect(() => decodeMentions({ ...wire, kinds: '{}' }, [FIRST])).toThrow(/not a list/);
    expect(() => decodeMentions({ ...wire, spans: wire.spans.replace(/\d+$/, '99') }, [FIRST])).toThrow(/does not fit/);
  });

  it('sends nothing for a text with no mention: the answer grows with the mentions, not the texts', () => {
    // A page of many small blocks (a data grid), two of which name something.
    const texts = Array.from({ length: 5_000 }, (_, i) => (i === 10 ? FIRST : i === 4_000 ? LATER : `row ${i}`));
    const mentions = matcher.session().add(texts);
    const wire = encodeMentions(mentions);
    expect(wire.spans.split(',')).toHaveLength(4 * mentions.flat().length);
    expect(wire.texts).toBe(5_000);
    const decoded = decodeMentions(wire, texts);
    expect(decoded).toEqual(mentions);
    expect(decoded[10]!.map((m) => m.surface)).toContain('TEKEVER');
    expect(decoded[11]).toEqual([]);
  });
});

describe('pages matched in the background', () => {
  const abbreviations = (answer: ReturnType<MatchSessions['match']>, texts: string[]) =>
    answer.ok ? decodeMentions(answer.mentions, texts).flat().map((m) => m.surface) : answer.reason;

  it('gives a page the same mentions as matching it in place, its later texts read with what earlier ones defined', async () => {
    const sessions = new MatchSessions();
    const port = remoteMatchPort(async (request) => sessions.match(matcher, request), () => 'page-1');
    const local = localMatchPort(matcher);
    expect(await port.match([FIRST])).toEqual(await local.match([FIRST]));
    // "EDF" alone is the fund only because this page defined it.
    expect((await port.match([LATER])).flat().map((m) => m.surface)).toEqual(['EDF', 'TEKEVER']);
    expect(await port.match([LATER])).toEqual(await local.match([LATER]));
  });

  it('resumes a page the background forgot (a restarted service worker) from the state it last gave, so page rules still hold', async () => {
    let sessions = new MatchSessions();
    const requests: MatchRequest[] = [];
    const port = remoteMatchPort(async (request) => {
      requests.push(request);
      return sessions.match(matcher, request);
    }, () => 'page-2');
    await port.match([FIRST]);
    sessions = new MatchSessions();
    expect((await port.match([LATER])).flat().map((m) => m.surface)).toEqual(['EDF', 'TEKEVER']);
    // Opened as a new page, then one refused request, then resumed from the first answer's state.
    expect(requests.map((r) => (r.resume === undefined ? 'goes on' : r.resume === null ? 'new' : 'resume'))).toEqual(['new', 'goes on', 'resume']);
    // What the page keeps and sends back is small: not its texts.
    expect(requests.at(-1)!.resume).not.toContain('backed TEKEVER');
  });

  it('resumes with everything earlier batches established, not only the last one', async () => {
    let sessions = new MatchSessions();
    const port = remoteMatchPort(async (request) => sessions.match(matcher, request), () => 'page-3');
    const local = localMatchPort(matcher);
    for (const batch of [[FIRST, 'second block'], ['a third', ''], ['fourth']]) await Promise.all([port.match(batch), local.match(batch)]);
    sessions = new MatchSessions();
    expect(await port.match([LATER])).toEqual(await local.match([LATER]));
    expect((await local.match([LATER])).flat().map((m) => m.surface)).toEqual(['EDF', 'TEKEVER']);
  });

  it('starts afresh from a state another matcher made (an older dataset), and from a garbled one', () => {
    const sessions = new MatchSessions();
    const other = compileMatcher({ version: '2.0.0', aliases, topicWords: [], topicThreshold: 0 });
    const state = sessions.match(other, { session: 'old', texts: encodeTexts([FIRST]), resume: null });
    if (!state.ok) throw new Error('not matched');
    // Resumed by the bare alias list's matcher, which did not make it: "EDF" was never defined there.
    expect(abbreviations(sessions.match(matcher, { session: 'x', texts: encodeTexts([LATER]), resume: state.state }), [LATER])).toEqual(['TEKEVER']);
    expect(abbreviations(sessions.match(matcher, { session: 'y', texts: encodeTexts([LATER]), resume: '{not json' }), [LATER])).toEqual(['TEKEVER']);
    expect(abbreviations(sessions.match(other, { session: 'z', texts: encodeTexts([LATER]), resume: state.state }), [LATER])).toEqual(['EDF', 'TEKEVER']);
  });

  it('keeps at most its limit of pages, forgetting the least recently used', () => {
    const sessions = new MatchSessions(2);
    for (const id of ['a', 'b']) sessions.match(matcher, { session: id, texts: encodeTexts([FIRST]), resume: null });
    sessions.match(matcher, { session: 'a', texts: encodeTexts([LATER]) });
    sessions.match(matcher, { session: 'c', texts: encodeTexts([FIRST]), resume: null });
    expect(abbreviations(sessions.match(matcher, { session: 'b', texts: encodeTexts([LATER]) }), [LATER])).toBe('unknown-session');
    expect(abbreviations(sessions.match(matcher, { session: 'a', texts: encodeTexts([LATER]) }), [LATER])).toEqual(['EDF', 'TEKEVER']);
  });

  it('starts every page afresh with a new matcher (a new dataset), and says when there is none', () => {
    const sessions = new MatchSessions();
    sessions.match(matcher, { session: 'a', texts: encodeTexts([FIRST]), resume: null });
    expect(abbreviations(sessions.match(compileMatcher(aliases), { session: 'a', texts: encodeTexts([LATER]) }), [LATER])).toBe('unknown-session');
    expect(abbreviations(sessions.match(null, { session: 'a', texts: encodeTexts([LATER]) }), [LATER])).toBe('no-dataset');
  });

  it('keeps no state from a reply that arrives after the page was reset', async () => {
    const sessions = new MatchSessions();
    let id = 0;
    const seen: MatchRequest[] = [];
    const port = remoteMatchPort(async (request) => {
      seen.push(request);
      return sessions.match(matcher, request);
    }, () => `p${(id += 1)}`);
    const pending = port.match([FIRST]);
    port.reset();
    await pending;
    sessions.end('p2');
    await port.match([LATER]);
    expect(seen.at(-1)).toEqual({ session: 'p2', texts: encodeTexts([LATER]), resume: null });
  });
});

describe('a session opened by the first look (MatchSessions.adopt, remoteMatchPort opened)', () => {
  it('goes on with what the first look established: its later texts are read with it, and no new session is opened', async () => {
    const sessions = new MatchSessions();
    const first = matcher.session();
    first.add([FIRST]);
    sessions.adopt(matcher, 'page-1', first);
    const sent: MatchRequest[] = [];
    const port = remoteMatchPort(
      async (request) => {
        sent.push(request);
        return sessions.match(matcher, request);
      },
      () => 'unused',
      { session: 'page-1', state: JSON.stringify(first.state?.() ?? null) },
    );
    // "EDF" counts only because the first look's text defined it.
    const [later] = await port.match([LATER]);
    expect(later!.map((m) => m.surface)).toEqual(['EDF', 'TEKEVER']);
    expect(sent.map((r) => [r.session, r.resume])).toEqual([['page-1', undefined]]);
  });

  it('resumes from the first look’s state when the background has lost the session', async () => {
    const first = matcher.session();
    first.add([FIRST]);
    const sessions = new MatchSessions();
    const port = remoteMatchPort((request) => Promise.resolve(sessions.match(matcher, request)), () => 'unused', { session: 'page-2', state: JSON.stringify(first.state?.() ?? null) });
    const [later] = await port.match([LATER]);
    expect(later!.map((m) => m.surface)).toEqual(['EDF', 'TEKEVER']);
  });
});
