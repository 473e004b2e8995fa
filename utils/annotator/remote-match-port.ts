import type { MatchPort } from '../matcher/match-port';
import type { MatchAnswer, MatchRequest } from '../matcher/match-sessions';
import { decodeMentions } from '../matcher/mention-wire';

/**
 * A web page's port to the background's matcher (see `MatchPort`): the page sends its texts and gets
 * mention spans back, so no page compiles the matcher or holds the dataset. If the background no
 * longer knows the page (its service worker was stopped while the page stayed open), the texts sent
 * so far go again with the new ones, so the page-level rules still see the whole page.
 */
export function remoteMatchPort(send: (request: MatchRequest) => Promise<MatchAnswer>, newId: () => string = () => crypto.randomUUID()): MatchPort {
  let session = newId();
  let sent: string[] = [];
  /** Whether the background has this session: the first request of one opens it (an empty history). */
  let opened = false;
  return {
    async match(texts) {
      const mine = session;
      let answer = await send({ session: mine, texts: [...texts], ...(opened ? {} : { history: sent }) });
      if (!answer.ok && answer.reason === 'unknown-session') answer = await send({ session: mine, texts: [...texts], history: sent });
      if (!answer.ok) throw new Error(answer.reason === 'no-dataset' ? 'No dataset installed yet' : 'The background lost this page');
      // A reset while waiting: the answer belongs to the old page, and its texts are not history.
      if (mine === session) {
        sent = sent.concat(texts);
        opened = true;
      }
      return decodeMentions(answer.mentions, texts);
    },
    reset() {
      session = newId();
      sent = [];
      opened = false;
    },
  };
}
