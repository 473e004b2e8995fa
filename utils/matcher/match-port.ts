import type { Matcher, MatchSession, Mention } from './find-mentions';

/**
 * Where a page's texts are matched. A page's texts go through one port from its first text to its last
 * (or to `reset`, a new page): page-level rules (the topic gate, abbreviations the page defines, firms it
 * names in full) see every text sent so far.
 *
 * Web pages and the PDF viewer use the background's port (`remote-match-port.ts`): the matcher is
 * compiled once there, not in every page the reader opens, and matching runs off the page's main thread
 * (in Chromium). The CLIs, the benchmark's page and the tests match in place with `localMatchPort`.
 */
export interface MatchPort {
  /**
   * The mentions of each text (same order), as `Matcher.session().add` gives them: all texts of one call
   * are scanned before any is resolved, so each sees the whole batch. Rejects when matching is
   * impossible (no dataset, the extension reloaded).
   */
  match(texts: readonly string[]): Promise<(readonly Mention[])[]>;
  /** Forgets the page: the next `match` starts a new one. */
  reset(): void;
}

/** Matches in this context with a compiled matcher. */
export function localMatchPort(matcher: Matcher): MatchPort {
  let session: MatchSession = matcher.session();
  return {
    match: (texts) => Promise.resolve(session.add(texts)),
    reset() {
      session = matcher.session();
    },
  };
}
