import type { LensDatabase } from '../../utils/db/db';
import { readLensCard } from '../../utils/db/lens-dataset';
import { readDatasetInfo } from '../../utils/db/read-dataset';
import { deleteUserTerm, listUserTerms, saveUserTerm } from '../../utils/db/user-terms-store';
import { MatchSessions } from '../../utils/matcher/match-sessions';
import { onMessage } from '../../utils/messaging';
import type { MatchSession, Mention } from '../../utils/matcher/find-mentions';
import { ProbeSessions } from '../../utils/matcher/probe-sessions';
import { encodeReaderState } from '../../utils/annotator/reader-state';
import { isSiteEnabled, mutesItem, settingsItem, withDefaults } from '../../utils/settings';
import { showPageState } from './page-commands';
import type { ActiveDataset } from './active-dataset';

/** Answers dataset questions from content scripts and extension pages once the dataset is in place. */
export function registerDatasetHandlers(db: LensDatabase, dataset: ActiveDataset): void {
  const sessions = new MatchSessions();
  onMessage('matchTexts', async ({ data }) => sessions.match((await dataset.matcher())?.matcher ?? null, data));
  const probes = new ProbeSessions();
  onMessage('probeTexts', async ({ data: { host, ...request }, sender }) => {
    const settings = withDefaults(await settingsItem.getValue());
    const enabled = isSiteEnabled(settings, host);
    const shows = (mention: Mention) => settings.categories[mention.category] && (!mention.umbrella || settings.highlightInstitutions);
    const matcher = (await dataset.matcher())?.matcher ?? null;
    // A whole page that names something was matched in full: its annotator's matching goes on from there.
    const opened = (session: MatchSession) => matcher && sessions.adopt(matcher, request.session, session);
    const answer = enabled ? probes.probe(matcher, request, shows, opened) : ({ ok: false, reason: 'site-off' } as const);
    // A page told "yes" starts its annotator, which needs the reader's settings and corrections: sent
    // with the answer, they spare the page its own storage reads (see `ProbeAnswer.reader`).
    if (answer.ok && answer.mentions > 0) return { ...answer, reader: encodeReaderState({ settings, mutes: await mutesItem.getValue() }) };
    // A page that stays plain never reports its state: the toolbar button is set for it here.
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !sender.frameId && ((answer.ok && answer.mentions === 0) || (!answer.ok && answer.reason === 'site-off'))) {
      void showPageState(tabId, 0, enabled).catch(() => undefined);
    }
    return answer;
  });
  onMessage('prepareMatcher', async () => {
    await dataset.ready;
    return (await dataset.matcher()) !== null;
  });
  onMessage('getDatasetInfo', async () => {
    await dataset.ready;
    return readDatasetInfo(db);
  });
  onMessage('getEntityCard', async ({ data: entityId }) => {
    await dataset.ready;
    return readLensCard(db, entityId);
  });
  onMessage('listUserTerms', () => listUserTerms(db));
  onMessage('saveUserTerm', async ({ data }) => {
    const id = await saveUserTerm(db, data);
    dataset.changed();
    return id;
  });
  onMessage('deleteUserTerm', async ({ data: id }) => {
    await deleteUserTerm(db, id);
    dataset.changed();
  });
}
