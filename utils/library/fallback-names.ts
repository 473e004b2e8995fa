import type { EntityNames } from '../db/lens-dataset';
import type { SavedArticle } from './saved-article';

/**
 * Names for every entity the saved articles mention: the dataset's and the reader's, and for an entity
 * neither has any more (a removed term, an entity dropped from the dataset) the words the article used
 * for it, so no list, filter or export shows a raw id such as "user:1".
 */
export function withFallbackNames(names: EntityNames, articles: readonly SavedArticle[]): EntityNames {
  let out: EntityNames | null = null;
  for (const article of articles) {
    for (const mention of article.mentions) {
      if (names.has(mention.entityId) || out?.has(mention.entityId)) continue;
      out ??= new Map(names);
      out.set(mention.entityId, { name: mention.surface, category: mention.category, missing: true });
    }
  }
  return out ?? names;
}
