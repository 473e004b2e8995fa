import { pageFirmName } from './matcher/page-named-firms';
import { pageProgrammeName } from './matcher/page-named-programmes';

/**
 * Whether an entity id is a firm's or a programme's that only the page names (`page-firm:…`, `page-program:…`),
 * not the dataset's: lists that show names (the popup, the library) say so beside the name, as the card does.
 */
export function isPageNamed(entityId: string): boolean {
  return pageFirmName(entityId) !== undefined || pageProgrammeName(entityId) !== undefined;
}
