import type { LensDatabase } from '../../utils/db/db';
import { readDatasetInfo, readEntityCard, readMatcherSpec } from '../../utils/db/read-dataset';
import type { onMessage as OnMessage } from '../../utils/messaging';

/** Answers content scripts' dataset questions once the bundled dataset is in place. */
export function registerDatasetHandlers(onMessage: typeof OnMessage, db: LensDatabase, ready: Promise<unknown>): void {
  // Every page asks for the matcher spec: read it from IndexedDB once per service-worker life.
  let spec: ReturnType<typeof readMatcherSpec> | undefined;
  onMessage('getMatcherSpec', async () => {
    await ready;
    spec ??= readMatcherSpec(db);
    return spec;
  });
  onMessage('getDatasetInfo', async () => {
    await ready;
    return readDatasetInfo(db);
  });
  onMessage('getEntityCard', async ({ data: entityId }) => {
    await ready;
    return readEntityCard(db, entityId);
  });
}
