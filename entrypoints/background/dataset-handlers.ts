import type { LensDatabase } from '../../utils/db/db';
import { readLensCard } from '../../utils/db/lens-dataset';
import { readDatasetInfo } from '../../utils/db/read-dataset';
import { deleteUserTerm, listUserTerms, saveUserTerm } from '../../utils/db/user-terms-store';
import { MatchSessions } from '../../utils/matcher/match-sessions';
import { onMessage } from '../../utils/messaging';
import type { ActiveDataset } from './active-dataset';

/** Answers dataset questions from content scripts and extension pages once the dataset is in place. */
export function registerDatasetHandlers(db: LensDatabase, dataset: ActiveDataset): void {
  const sessions = new MatchSessions();
  onMessage('matchTexts', async ({ data }) => sessions.match((await dataset.matcher())?.matcher ?? null, data));
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
