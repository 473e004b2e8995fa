import type { Matcher, MatchSession, SessionState } from './find-mentions';
import { type WireMentions, encodeMentions } from './mention-wire';
import { type WireTexts, decodeTexts } from './text-wire';

/** A page's texts to match, as a content script sends them to the background. */
export interface MatchRequest {
  /** The page's session, made up by the page (a random id); a new page (or SPA view) makes a new one. */
  session: string;
  /** The texts (`encodeTexts`). */
  texts: WireTexts;
  /**
   * Present on a session's first request (null: a new page) and when the background said it did not
   * know the session (its service worker was restarted, or it dropped the session): the `state` of the
   * last answer, to go on from. Absent: the session goes on.
   */
  resume?: string | null;
}

export type MatchAnswer =
  | {
      ok: true;
      mentions: WireMentions;
      /** What the page has established so far (`SessionState` as JSON, a few KB): the page keeps it to resume from. */
      state: string;
    }
  | { ok: false; reason: 'unknown-session' | 'no-dataset' };

/**
 * The pages' matching sessions in the background: one `MatchSession` per page, so a page's later texts
 * (dynamic content) are read with what its earlier ones established. At most `max` are kept, the least
 * recently used dropped first; a dropped page that sends again is asked for the state it was given last.
 */
export class MatchSessions {
  private readonly sessions = new Map<string, MatchSession>();
  private matcher: Matcher | null = null;

  constructor(private readonly max = 500) {}

  /** Matches a page's texts with `matcher`; a different matcher than last time (a new dataset) starts every page afresh. */
  match(matcher: Matcher | null, request: MatchRequest): MatchAnswer {
    if (!matcher) return { ok: false, reason: 'no-dataset' };
    if (matcher !== this.matcher) {
      this.sessions.clear();
      this.matcher = matcher;
    }
    let session = this.sessions.get(request.session);
    if (session) {
      // Most recently used last: Map iteration order is insertion order.
      this.sessions.delete(request.session);
    } else {
      if (request.resume === undefined) return { ok: false, reason: 'unknown-session' };
      session = matcher.session(request.resume === null ? {} : { state: parseState(request.resume) });
    }
    this.sessions.set(request.session, session);
    while (this.sessions.size > this.max) this.sessions.delete(this.sessions.keys().next().value!);
    const mentions = encodeMentions(session.add(decodeTexts(request.texts)));
    return { ok: true, mentions, state: JSON.stringify(session.state?.() ?? null) };
  }

  /**
   * Takes over a page's session opened elsewhere (its first look's full match, see `ProbeSessions`), so
   * the page's next texts go on from it.
   */
  adopt(matcher: Matcher, id: string, session: MatchSession): void {
    if (matcher !== this.matcher) {
      this.sessions.clear();
      this.matcher = matcher;
    }
    this.sessions.delete(id);
    this.sessions.set(id, session);
    while (this.sessions.size > this.max) this.sessions.delete(this.sessions.keys().next().value!);
  }

  /** Forgets a page (it navigated away or was reset). */
  end(session: string): void {
    this.sessions.delete(session);
  }
}

/**
 * A state a page sent back. Only its shape's outline is checked: a page can only hurt its own matching
 * with a made-up one, and one that is not even an object starts the page afresh.
 */
function parseState(json: string): SessionState | undefined {
  try {
    const state: unknown = JSON.parse(json);
    return state !== null && typeof state === 'object' && typeof (state as SessionState).matcher === 'string' ? (state as SessionState) : undefined;
  } catch {
    return undefined;
  }
}
