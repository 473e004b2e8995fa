import type { Matcher, MatchSession } from './find-mentions';
import { type WireMentions, encodeMentions } from './mention-wire';

/** A page's texts to match, as a content script sends them to the background. */
export interface MatchRequest {
  /** The page's session, made up by the page (a random id); a new page (or SPA view) makes a new one. */
  session: string;
  texts: string[];
  /**
   * Every text sent earlier in this session, sent again only when the background said it did not know
   * the session (it was restarted, or dropped the session): they rebuild the page's state, unanswered.
   */
  history?: string[];
}

export type MatchAnswer = { ok: true; mentions: WireMentions } | { ok: false; reason: 'unknown-session' | 'no-dataset' };

/**
 * The pages' matching sessions in the background: one `MatchSession` per page, so a page's later texts
 * (dynamic content) are read with what its earlier ones established. At most `max` are kept, the least
 * recently used dropped first; a dropped page that sends again is asked for its history.
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
      if (request.history === undefined) return { ok: false, reason: 'unknown-session' };
      session = matcher.session();
      if (request.history.length > 0) session.add(request.history);
    }
    this.sessions.set(request.session, session);
    while (this.sessions.size > this.max) this.sessions.delete(this.sessions.keys().next().value!);
    return { ok: true, mentions: encodeMentions(session.add(request.texts)) };
  }

  /** Forgets a page (it navigated away or was reset). */
  end(session: string): void {
    this.sessions.delete(session);
  }
}
