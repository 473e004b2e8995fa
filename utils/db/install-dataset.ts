import { compareVersions } from '../dataset/compare-versions';
import { type DatasetBundle, DatasetBundleSchema } from '../dataset/schema';
import type { LensDatabase } from './db';

export type InstallOutcome = 'installed' | 'upgraded' | 'unchanged';

/**
 * Installs a dataset bundle if it is newer than the stored one. The check and the writes happen in
 * one read-write transaction, so running it from `onInstalled` and from service-worker start-up at
 * the same time cannot insert twice, and a failure leaves the previous dataset in place.
 */
export async function installDataset(db: LensDatabase, candidate: unknown, now = Date.now()): Promise<InstallOutcome> {
  const parsed = DatasetBundleSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new Error(`Dataset rejected: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const bundle: DatasetBundle = parsed.data;
  return db.transaction('rw', db.entities, db.meta, async () => {
    const current = await db.meta.get('dataset');
    if (current && compareVersions(bundle.version, current.version) <= 0) return 'unchanged';
    await db.entities.clear();
    const { entities, ...meta } = bundle;
    await db.entities.bulkAdd(entities);
    await db.meta.put({ ...meta, key: 'dataset', installedAt: now });
    return current ? 'upgraded' : 'installed';
  });
}
