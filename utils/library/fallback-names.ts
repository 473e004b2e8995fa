import type { EntityNames } from '../db/lens-dataset';
import { pageNamedName } from '../page-named-entity';
import type { SavedArticle } from './saved-article';

/**
 * Names for every entity the saved articles mention: the dataset's and the reader's, and for an entity
 * neither has any more (a removed term, an entity dropped from the dataset) the words the article used
 * for it, so no list, filter or export shows a raw id such as "user:1"; a name only the page gave, marked as such.
 */
export function withFallbackNames(names: EntityNames, articles: readonly SavedArticle[]): EntityNames {
  let out: EntityNames | null = null;
  for (const article of articles) {
    for (const mention of article.mentions) {
      if (names.has(mention.entityId) || out?.has(mention.entityId)) continue;
      out ??= new Map(names);
      // A name only the page gave says so, in every list, filter and export: "Defense Innovation Unit" twice, once
      // the US body's and once Japan's namesake, read as one (a newcomer's trial, session 28).
      const pageNamed = pageNamedName(mention.entityId);
      out.set(mention.entityId, { name: pageNamed ? `${pageNamed} (named on the page)` : mention.surface, category: mention.category, missing: true });
    }
  }
  return out ?? names;
}
