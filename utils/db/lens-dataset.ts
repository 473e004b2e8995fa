import type { Entity } from '../dataset/schema';
import type { EntityCardData } from '../entity-card-data';
import type { MatcherSpec } from '../matcher/alias-index';
import { pageNamedEntity } from '../matcher/page-named';
import { isUserEntityId, userTermIdOf } from '../user-terms/user-entity-id';
import { userTermAliases, userTermAsEntity } from '../user-terms/user-term-entity';
import type { LensDatabase } from './db';
import { readEntities, readEntityCard, readMatcherSpec } from './read-dataset';

/**
 * "The dataset plus the reader's own terms": the one way every part of the extension reads what it
 * highlights and names (background, popup, library, reader view). Each read is one transaction over the
 * dataset pointer, both dataset slots and the terms, so it never mixes two versions.
 *
 * Entity ids: dataset ids as in the dataset; a reader's term is `user:<term id>` (see user-term.ts).
 */

/** Entity name and category by id, for lists, chips and filters. */
/** `missing`: no longer in the dataset or the reader's terms; the name is the page's word for it. */
export type EntityNames = Map<string, { name: string; category: Entity['category']; umbrella?: boolean; missing?: boolean }>;

/** The active dataset's matcher spec with the reader's terms appended as aliases; null before any install. */
export async function readLensSpec(db: LensDatabase): Promise<MatcherSpec | null> {
  return db.transaction('r', db.datasetA, db.datasetB, db.meta, db.userTerms, async () => {
    const [spec, terms] = await Promise.all([readMatcherSpec(db), db.userTerms.toArray()]);
    return spec ? { ...spec, aliases: [...spec.aliases, ...userTermAliases(terms)] } : null;
  });
}

/** Every entity: the active dataset's, then the reader's terms shaped as entities. */
export async function readLensEntities(db: LensDatabase): Promise<Entity[]> {
  return db.transaction('r', db.datasetA, db.datasetB, db.meta, db.userTerms, async () => {
    const [entities, terms] = await Promise.all([readEntities(db), db.userTerms.orderBy('name').toArray()]);
    return [...entities, ...terms.map(userTermAsEntity)];
  });
}

/** Names of every entity, dataset and the reader's own. */
export async function readLensNames(db: LensDatabase): Promise<EntityNames> {
  return new Map((await readLensEntities(db)).map((e) => [e.id, nameOf(e)]));
}

/** What `EntityNames` holds of an entity. */
const nameOf = (e: Entity) => ({ name: e.name, category: e.category, ...(e.umbrella ? { umbrella: true } : {}) });

/**
 * Names of the given entities only (those a page shows), dataset and the reader's own: the popup names
 * a page's few dozen entities without reading all two thousand (a read that, with the search index built
 * from it, held the PDF viewer's thread for up to 125 ms each time the popup opened over it; trial 18m).
 * Ids found in neither are left out.
 */
export async function readLensNamesOf(db: LensDatabase, ids: readonly string[]): Promise<EntityNames> {
  const datasetIds = ids.filter((id) => !isUserEntityId(id));
  const termIds = ids.map(userTermIdOf).filter((id) => id !== undefined);
  return db.transaction('r', db.datasetA, db.datasetB, db.meta, db.userTerms, async () => {
    const meta = await db.meta.get('dataset');
    const [entities, terms] = await Promise.all([meta ? db.slot(meta.active.slot).bulkGet(datasetIds) : [], db.userTerms.bulkGet(termIds)]);
    const names: EntityNames = new Map();
    for (const e of [...entities, ...terms.flatMap((term) => (term ? [userTermAsEntity(term)] : []))]) {
      if (e) names.set(e.id, nameOf(e));
    }
    return names;
  });
}

/**
 * The card of a dataset entity, a reader's term or a firm or programme the page named (`page-firm:<name>`,
 * `page-program:<name>`, which says only that); null when none exists (a removed term, an old id).
 */
export async function readLensCard(db: LensDatabase, entityId: string): Promise<EntityCardData | null> {
  const pageNamed = pageNamedEntity(entityId);
  if (pageNamed !== undefined) return pageNamedCard(entityId, pageNamed.name, pageNamed.category);
  if (isUserEntityId(entityId)) {
    const id = userTermIdOf(entityId);
    const term = id !== undefined ? await db.userTerms.get(id) : undefined;
    return term ? { entity: userTermAsEntity(term), relations: [], datasetVersion: 'yours', userTerm: true } : null;
  }
  return readEntityCard(db, entityId);
}

/** What Lens can say about a firm or programme only the page names: nothing it does not know. */
function pageNamedCard(id: string, name: string, category: 'firm' | 'program'): EntityCardData {
  const entity: Entity = {
    id,
    name,
    category,
    aliases: [{ text: name, caseSensitive: true }],
    summary:
      category === 'firm'
        ? 'Not in the Lens dataset: this page names it as a firm (a start-up, a supplier, an investor), so Lens marks it, but has no facts or sources about it.'
        : 'Not in the Lens dataset: this page names it as a programme (a programme, initiative, strategy, scheme or law), so Lens marks it, but has no facts or sources about it.',
    summarySources: [],
    facts: [],
    relations: [],
    sources: [],
  };
  return { entity, relations: [], datasetVersion: 'this page', pageNamed: true };
}
