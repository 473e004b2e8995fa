import type { LensDatabase } from '../../utils/db/db';
import { readAliasIndex, readEntityCard } from '../../utils/db/read-dataset';
import type { onMessage as OnMessage } from '../../utils/messaging';

/** Answers content scripts' dataset questions once the bundled dataset is in place. */
export function registerDatasetHandlers(onMessage: typeof OnMessage, db: LensDatabase, ready: Promise<unknown>): void {
  // Every page asks for the alias index: read it from IndexedDB once per dataset version.
  let aliasIndex: ReturnType<typeof readAliasIndex> | undefined;
  onMessage('getAliasIndex', async () => {
    await ready;
    aliasIndex ??= readAliasIndex(db);
    return aliasIndex;
  });
  onMessage('getEntityCard', async ({ data: entityId }) => {
    await ready;
    return readEntityCard(db, entityId);
  });
}
