import { compareVersions } from '../dataset/compare-versions';
import { type DatasetBundle, DatasetBundleSchema } from '../dataset/schema';
import type { InstalledDataset, LensDatabase } from './db';

export type InstallOutcome = 'installed' | 'upgraded' | 'unchanged';

/** A dataset that must not be installed, with the reason the reader is shown. */
export class DatasetRejected extends Error {
  override readonly name = 'DatasetRejected';
}

export function parseBundle(candidate: unknown): DatasetBundle {
  const parsed = DatasetBundleSchema.safeParse(candidate);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new DatasetRejected(`Dataset rejected: ${details}`);
  }
  return parsed.data;
}

/**
 * Installs a dataset bundle if it is newer than the active one. It is written into the inactive slot
 * and the pointer switched in one read-write transaction: running it from `onInstalled` and from
 * start-up at once cannot install twice, a failure leaves the active dataset in place, and the one
 * it replaces stays for rollback. User tables (articles, terms) are never touched.
 * The bundled dataset quietly yields to a newer one from an update; an update that is not newer is
 * rejected with a reason.
 */
export async function installDataset(
  db: LensDatabase,
  candidate: unknown,
  options: { source?: InstalledDataset['source']; now?: number } = {},
): Promise<InstallOutcome> {
  const source = options.source ?? 'bundled';
  const bundle = parseBundle(candidate);
  return db.transaction('rw', db.datasetA, db.datasetB, db.meta, async () => {
    const current = await db.meta.get('dataset');
    if (current && compareVersions(bundle.version, current.active.version) <= 0) {
      if (source === 'bundled') return 'unchanged';
      throw new DatasetRejected(`Dataset ${bundle.version} is not newer than the installed ${current.active.version}.`);
    }
    const slot = current?.active.slot === 'A' ? 'B' : 'A';
    const { entities, ...meta } = bundle;
    await db.slot(slot).clear();
    await db.slot(slot).bulkAdd(entities);
    const active: InstalledDataset = { ...meta, slot, source, installedAt: options.now ?? Date.now() };
    await db.meta.put({ key: 'dataset', active, ...(current ? { previous: current.active } : {}) });
    return current ? 'upgraded' : 'installed';
  });
}

/** Switches back to the previous dataset (kept in the other slot); the current one becomes the previous. */
export async function rollbackDataset(db: LensDatabase): Promise<InstalledDataset> {
  return db.transaction('rw', db.datasetA, db.datasetB, db.meta, async () => {
    const current = await db.meta.get('dataset');
    if (!current?.previous) throw new DatasetRejected('There is no previous dataset to roll back to.');
    await db.meta.put({ key: 'dataset', active: current.previous, previous: current.active });
    return current.previous;
  });
}
