import type { Entity } from './schema';

/** An entity whose newest source is older than the cut-off. */
export interface StaleEntity {
  id: string;
  name: string;
  /** Publication date of its newest dated source (ISO, as written), or null when every source is undated. */
  newest: string | null;
  sources: number;
}

/** ISO dates compare as strings once padded to a full day: "2024" → "2024-01-01". */
const day = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/**
 * Entities whose newest source (by publication date; undated sources do not count) is older than
 * `months` before `today`, oldest first. Entities with only undated sources are listed too (newest
 * null), since nothing shows that their card is current.
 */
export function staleEntities(entities: readonly Entity[], months: number, today: Date): StaleEntity[] {
  const cutoff = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate())).toISOString().slice(0, 10);
  const out: StaleEntity[] = [];
  for (const entity of entities) {
    const dated = entity.sources.filter((s) => !s.undated).map((s) => day(s.date));
    const newest = dated.length > 0 ? dated.sort().at(-1)! : null;
    if (newest === null || newest < cutoff) out.push({ id: entity.id, name: entity.name, newest, sources: entity.sources.length });
  }
  return out.sort((a, b) => (a.newest ?? '').localeCompare(b.newest ?? '') || a.id.localeCompare(b.id));
}
