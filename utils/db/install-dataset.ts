import { announceLensChange } from '../lens-revision';
import { compareVersions } from '../dataset/compare-versions';
import { type DatasetBundle, DatasetBundleSchema } from '../dataset/schema';
import type { InstalledDataset, LensDatabase, MetaRow } from './db';

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
 * Whether installing a bundled dataset of this version would change nothing: the active dataset is as new or
 * newer (the bundled one, installed at an earlier start, or an update). Reads one row, so a service worker that
 * wakes up (every page after an idle pause asks it) need not read, decompress and check the shipped bundle
 * (6.7 MB of JSON, about 2 s on a slow machine) only for `installDataset` to say "unchanged". False when no
 * dataset is installed.
 */
export async function bundledVersionInstalled(db: LensDatabase, version: string): Promise<boolean> {
  return notNewer(version, await db.meta.get('dataset'));
}

/** Whether a dataset of this version is no newer than the active one (false when none is installed). */
function notNewer(version: string, current: MetaRow | undefined): boolean {
  return current !== undefined && compareVersions(version, current.active.version) <= 0;
}

/**
 * Installs a dataset bundle if it is newer than the active one. It is written into the inactive slot
 * and the pointer switched in one read-write transaction: running it from `onInstalled` and from
 * start-up at once cannot install twice, a failure leaves the active dataset in place, and the one
 * it replaces stays for rollback. User tables (articles, terms) are never touched.
 *
 * `automatic` installs (the bundled dataset at start-up, scheduled update checks) respect the
 * reader's rollback: while the dataset is pinned, or for a version the reader rolled back from, the
 * bundled dataset quietly stays out and a scheduled update is refused with the reason. A manual
 * install (a file, "Check now") is the reader asking: it proceeds and lifts the pin.
 * The bundled dataset quietly yields to a newer one from an update; an update that is not newer is
 * rejected with a reason.
 */
export async function installDataset(
  db: LensDatabase,
  candidate: unknown,
  options: { source?: InstalledDataset['source']; now?: number; automatic?: boolean } = {},
): Promise<InstallOutcome> {
  const source = options.source ?? 'bundled';
  const automatic = options.automatic ?? source === 'bundled';
  const bundle = parseBundle(candidate);
  const outcome = await db.transaction('rw', db.datasetA, db.datasetB, db.meta, db.compiledMatchers, async (): Promise<InstallOutcome> => {
    const current = await db.meta.get('dataset');
    if (current && notNewer(bundle.version, current)) {
      if (source === 'bundled') return 'unchanged';
      throw new DatasetRejected(`Dataset ${bundle.version} is not newer than the installed ${current.active.version}.`);
    }
    if (current && automatic && current.pinned) {
      if (source === 'bundled') return 'unchanged';
      throw new DatasetRejected(`Updates are paused: you rolled back to ${current.active.version}. Choose “Take updates again” to resume them.`);
    }
    if (current && automatic && current.declined?.includes(bundle.version)) {
      if (source === 'bundled') return 'unchanged';
      throw new DatasetRejected(`Skipped dataset ${bundle.version}: you rolled back from it.`);
    }
    const slot = current?.active.slot === 'A' ? 'B' : 'A';
    // The compiled matcher belongs to the dataset it replaces: gone with the switch (recompiled on first use).
    await db.compiledMatchers.clear();
    const { entities, ...meta } = bundle;
    await db.slot(slot).clear();
    await db.slot(slot).bulkAdd(entities);
    const active: InstalledDataset = { ...meta, slot, source, installedAt: options.now ?? Date.now() };
    const declined = (current?.declined ?? []).filter((v) => v !== bundle.version);
    await db.meta.put({
      key: 'dataset',
      active,
      ...(current ? { previous: current.active } : {}),
      ...(declined.length > 0 ? { declined } : {}),
    });
    return current ? 'upgraded' : 'installed';
  });
  if (outcome !== 'unchanged') await announceLensChange();
  return outcome;
}

/**
 * Switches back to the previous, older dataset (kept in the other slot) and pins it: the version
 * rolled back from is declined, and automatic installs wait until `resumeUpdates`. The newer one stays
 * in the other slot, for `reinstallPrevious`.
 */
export async function rollbackDataset(db: LensDatabase): Promise<InstalledDataset> {
  return announced(db.transaction('rw', db.datasetA, db.datasetB, db.meta, db.compiledMatchers, async () => {
    const current = await db.meta.get('dataset');
    if (!current?.previous || compareVersions(current.previous.version, current.active.version) >= 0) {
      throw new DatasetRejected('There is no older dataset to roll back to.');
    }
    const declined = [...new Set([...(current.declined ?? []), current.active.version])];
    await db.compiledMatchers.clear();
    await db.meta.put({ key: 'dataset', active: current.previous, previous: current.active, pinned: true, declined });
    return current.previous;
  }));
}

/** Ends the pin a rollback set: automatic installs resume (versions rolled back from stay declined). */
export async function resumeUpdates(db: LensDatabase): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await db.meta.get('dataset');
    if (!current) return;
    const { pinned: _pinned, ...rest } = current;
    await db.meta.put(rest);
  });
}

/** The reader asks for the newer dataset they rolled back from: switch to it and lift the pin. */
export async function reinstallPrevious(db: LensDatabase): Promise<InstalledDataset> {
  return announced(db.transaction('rw', db.datasetA, db.datasetB, db.meta, db.compiledMatchers, async () => {
    const current = await db.meta.get('dataset');
    if (!current?.previous || compareVersions(current.previous.version, current.active.version) <= 0) {
      throw new DatasetRejected('There is no newer dataset to reinstall.');
    }
    const declined = (current.declined ?? []).filter((v) => v !== current.previous!.version);
    await db.compiledMatchers.clear();
    await db.meta.put({ key: 'dataset', active: current.previous, previous: current.active, ...(declined.length > 0 ? { declined } : {}) });
    return current.previous;
  }));
}

/** Announces the switch to every context once the transaction committed (a failed one announces nothing). */
async function announced<T>(committed: Promise<T>): Promise<T> {
  const value = await committed;
  await announceLensChange();
  return value;
}
