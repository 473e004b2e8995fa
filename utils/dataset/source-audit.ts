import type { Category, Entity } from './schema';

/** Counts that say how far a reader can trust the dates and origins of the dataset's sources. */
export interface SourceAudit {
  entities: number;
  byCategory: Record<Category, number>;
  sources: number;
  /** Sources with a publication date of their own (not `undated`). */
  dated: number;
  undated: number;
  /** Seed documents (dated by the seed). */
  seeds: number;
  /** Mirrors, reprints and syndicated copies (`copy: true`). */
  copies: number;
  originals: number;
  /** Entities whose summary rests only on copies. */
  summariesOnCopiesOnly: string[];
  /** Entities with no relation to any other entity. */
  withoutRelations: number;
  /** Facts per entity, on average. */
  factsPerEntity: number;
}

/** Audits the sources of a dataset: dates, copies, and what cards rest on. */
export function auditSources(entities: readonly Entity[]): SourceAudit {
  const byCategory: Record<Category, number> = { program: 0, firm: 0, edt: 0 };
  let sources = 0;
  let dated = 0;
  let seeds = 0;
  let copies = 0;
  let facts = 0;
  let withoutRelations = 0;
  const summariesOnCopiesOnly: string[] = [];
  for (const entity of entities) {
    byCategory[entity.category] += 1;
    facts += entity.facts.length;
    if (entity.relations.length === 0) withoutRelations += 1;
    for (const source of entity.sources) {
      sources += 1;
      if (!source.undated) dated += 1;
      if (source.seed) seeds += 1;
      if (source.copy) copies += 1;
    }
    const byId = new Map(entity.sources.map((s) => [s.id, s]));
    if (entity.summarySources.every((id) => byId.get(id)?.copy)) summariesOnCopiesOnly.push(entity.id);
  }
  return {
    entities: entities.length,
    byCategory,
    sources,
    dated,
    undated: sources - dated,
    seeds,
    copies,
    originals: sources - copies,
    summariesOnCopiesOnly,
    withoutRelations,
    factsPerEntity: entities.length === 0 ? 0 : facts / entities.length,
  };
}
