import { pageFirmName } from './matcher/page-named-firms';
import { pageProgrammeName } from './matcher/page-named-programmes';

/** The name of a firm or programme only the page names (`page-firm:…`, `page-program:…`); undefined for the dataset's. */
export function pageNamedName(entityId: string): string | undefined {
  return pageFirmName(entityId) ?? pageProgrammeName(entityId);
}

/**
 * Whether an entity id is a firm's or a programme's that only the page names, not the dataset's: lists that show
 * names (the popup, the library) say so beside the name, as the card does.
 */
export function isPageNamed(entityId: string): boolean {
  return pageNamedName(entityId) !== undefined;
}
