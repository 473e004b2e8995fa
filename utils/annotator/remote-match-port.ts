import type { MatchPort } from '../matcher/match-port';
import type { MatchAnswer, MatchRequest } from '../matcher/match-sessions';
import { decodeMentions } from '../matcher/mention-wire';
import { encodeTexts } from '../matcher/text-wire';

/**
 * A web page's port to the background's matcher (see `MatchPort`): the page sends its texts and gets
 * mention spans back, so no page compiles the matcher or holds the dataset. If the background no
 * longer knows the page (its service worker was stopped while the page stayed open), the page sends
 * back what the last answer said the page had established (`SessionState`, a few KB), so the page-level
 * rules go on as before. It keeps that, not the texts it sent: those were 1.4 MB on a 100k-word page.
 */
export function remoteMatchPort(
  send: (request: MatchRequest) => Promise<MatchAnswer>,
  newId: () => string = () => crypto.randomUUID(),
  /** A session the background opened already (the page's first look, see `ProbeAnswer.found`), to go on with. */
  opened?: { session: string; state: string },
): MatchPort {
  let session = opened?.session ?? newId();
  /** The last answer's state; null until the background has this session (a new page). */
  let state: string | null = opened?.state ?? null;
  /** Whether the background has this session: the first request of one opens it. */
  let isOpen = opened !== undefined;
  return {
    async match(texts) {
      const mine = session;
      const wire = encodeTexts(texts);
      let answer = await send({ session: mine, texts: wire, ...(isOpen ? {} : { resume: state }) });
      if (!answer.ok && answer.reason === 'unknown-session') answer = await send({ session: mine, texts: wire, resume: state });
      if (!answer.ok) throw new Error(answer.reason === 'no-dataset' ? 'No dataset installed yet' : 'The background lost this page');
      // A reset while waiting: the answer belongs to the old page, and its state is not this page's.
      if (mine === session) {
        state = answer.state;
        isOpen = true;
      }
      return decodeMentions(answer.mentions, texts);
    },
    reset() {
      session = newId();
      state = null;
      isOpen = false;
    },
  };
}
