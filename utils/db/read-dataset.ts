import type { EntityCardData } from '../entity-card-data';
import type { DatasetInfo } from '../messaging';
import { type MatcherSpec, matcherSpecOf } from '../matcher/alias-index';
import type { LensDatabase } from './db';

/** The matcher spec of the installed dataset, or null when none is installed. */
export async function readMatcherSpec(db: LensDatabase): Promise<MatcherSpec | null> {
  return db.transaction('r', db.entities, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    return meta ? matcherSpecOf(meta, await db.entities.toArray()) : null;
  });
}

export async function readDatasetInfo(db: LensDatabase): Promise<DatasetInfo | null> {
  return db.transaction('r', db.entities, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    return meta ? { version: meta.version, date: meta.date, entityCount: await db.entities.count() } : null;
  });
}

export async function readEntityCard(db: LensDatabase, entityId: string): Promise<EntityCardData | null> {
  return db.transaction('r', db.entities, db.meta, async () => {
    const entity = await db.entities.get(entityId);
    if (!entity) return null;
    const targets = await db.entities.bulkGet(entity.relations.map((r) => r.target));
    const meta = await db.meta.get('dataset');
    return {
      entity,
      relations: entity.relations.map((relation, i) => ({
        type: relation.type,
        targetId: relation.target,
        targetName: targets[i]?.name ?? relation.target,
        sourceId: relation.source,
      })),
      datasetVersion: meta?.version ?? '0.0.0',
    };
  });
}
