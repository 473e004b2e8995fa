import { pageFirmName } from './page-named-firms';
import { pageProgrammeName } from './page-named-programmes';

/**
 * What an entity id says of a name the page itself named, not the dataset (`page-firm:<name>`,
 * `page-program:<name>`): its name and category; undefined for a dataset entity or a reader's term.
 */
export function pageNamedEntity(entityId: string): { name: string; category: 'firm' | 'program' } | undefined {
  const firm = pageFirmName(entityId);
  if (firm !== undefined) return { name: firm, category: 'firm' };
  const programme = pageProgrammeName(entityId);
  return programme === undefined ? undefined : { name: programme, category: 'program' };
}
