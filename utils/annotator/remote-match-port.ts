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
  /**
   * Every text sent so far, kept as one string (texts joined by a separator) rather than one string per
   * text: a page of 50,000 small blocks would otherwise hold 50,000 string objects for a rare resend.
   */
  let sent = '';
  const history = () => (sent === '' ? [] : sent.split(SEPARATOR));
  /** Whether the background has this session: the first request of one opens it (an empty history). */
  let opened = false;
  return {
    async match(texts) {
      const mine = session;
      let answer = await send({ session: mine, texts: [...texts], ...(opened ? {} : { history: history() }) });
      if (!answer.ok && answer.reason === 'unknown-session') answer = await send({ session: mine, texts: [...texts], history: history() });
      if (!answer.ok) throw new Error(answer.reason === 'no-dataset' ? 'No dataset installed yet' : 'The background lost this page');
      // A reset while waiting: the answer belongs to the old page, and its texts are not history.
      if (mine === session) {
        // (Empty texts may fall out of the history: they add nothing to the page's state.)
        if (texts.length > 0) sent = sent === '' ? texts.join(SEPARATOR) : `${sent}${SEPARATOR}${texts.join(SEPARATOR)}`;
        opened = true;
      }
      return decodeMentions(answer.mentions, texts);
    },
    reset() {
      session = newId();
      sent = '';
      opened = false;
    },
  };
}

/** Between texts in the kept history: a control character no page text is expected to hold. */
const SEPARATOR = '\u0001';
