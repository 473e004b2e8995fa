import type { EntityCardData } from '../entity-card-data';
import type { DatasetInfo } from '../messaging';
import { type MatcherSpec, matcherSpecOf } from '../matcher/alias-index';
import { compareVersions } from '../dataset/compare-versions';
import type { LensDatabase } from './db';

/** The matcher spec of the active dataset, or null when none is installed. */
export async function readMatcherSpec(db: LensDatabase): Promise<MatcherSpec | null> {
  return db.transaction('r', db.datasetA, db.datasetB, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    return meta ? matcherSpecOf(meta.active, await db.slot(meta.active.slot).toArray()) : null;
  });
}

export async function readDatasetInfo(db: LensDatabase): Promise<DatasetInfo | null> {
  return db.transaction('r', db.datasetA, db.datasetB, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    if (!meta) return null;
    const { active, previous } = meta;
    const older = previous && compareVersions(previous.version, active.version) < 0;
    return {
      version: active.version,
      date: active.date,
      source: active.source,
      entityCount: await db.slot(active.slot).count(),
      changes: active.changes ?? [],
      ...(previous && older ? { previousVersion: previous.version } : {}),
      ...(previous && !older ? { newerVersion: previous.version } : {}),
      pinned: meta.pinned === true,
      declined: meta.declined ?? [],
    };
  });
}

/** All entities of the active dataset (for pages that list or name them). */
export async function readEntities(db: LensDatabase) {
  return db.transaction('r', db.datasetA, db.datasetB, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    return meta ? db.slot(meta.active.slot).toArray() : [];
  });
}

export async function readEntityCard(db: LensDatabase, entityId: string): Promise<EntityCardData | null> {
  return db.transaction('r', db.datasetA, db.datasetB, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    if (!meta) return null;
    const table = db.slot(meta.active.slot);
    const entity = await table.get(entityId);
    if (!entity) return null;
    const targets = await table.bulkGet(entity.relations.map((r) => r.target));
    return {
      entity,
      relations: entity.relations.map((relation, i) => ({
        type: relation.type,
        targetId: relation.target,
        targetName: targets[i]?.name ?? relation.target,
        sourceId: relation.source,
      })),
      datasetVersion: meta.active.version,
    };
  });
}
