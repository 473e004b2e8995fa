import { type UserTerm, isUserEntityId, userEntityId } from '../user-terms/user-term';
import type { SavedArticle } from './saved-article';

/**
 * Imported user terms keep their meaning in a profile with its own terms. A term's id is local to a
 * profile (`user:<id>`), so an imported article's `user:3` may be another term here. The plan: an
 * imported term that matches one the reader has (same category and name, any case) maps to it; any
 * other is added under a new id; articles are rewritten through the map. Mentions of a term the file
 * does not carry are left out: they could only open the wrong card.
 */
export interface TermImportPlan {
  /** Terms to add (without ids), in the order of `addedFrom`. */
  add: Omit<UserTerm, 'id'>[];
  /** Imported id of each term in `add`. */
  addedFrom: number[];
  /** Imported id → local id, for terms the reader already has. */
  existing: Map<number, number>;
}

const termKey = (term: Pick<UserTerm, 'category' | 'name'>) => `${term.category}:${term.name.trim().toLowerCase()}`;

/** Which imported terms match the reader's, and which are new. */
export function planTermImport(local: readonly UserTerm[], incoming: readonly UserTerm[]): TermImportPlan {
  const byKey = new Map(local.filter((t) => t.id !== undefined).map((t) => [termKey(t), t.id!]));
  const plan: TermImportPlan = { add: [], addedFrom: [], existing: new Map() };
  const planned = new Map<string, number>();
  for (const term of incoming) {
    const key = termKey(term);
    const here = byKey.get(key);
    if (here !== undefined) {
      if (term.id !== undefined) plan.existing.set(term.id, here);
      continue;
    }
    if (planned.has(key)) continue;
    const { id, ...rest } = term;
    planned.set(key, plan.add.length);
    plan.add.push(rest);
    plan.addedFrom.push(id ?? -1);
  }
  return plan;
}

/**
 * An article with its user-term mentions moved to local ids; `dropped` counts mentions of terms
 * missing from the map. Dataset mentions are untouched.
 */
export function remapArticleTerms(article: SavedArticle, idMap: ReadonlyMap<number, number>): { article: SavedArticle; dropped: number } {
  let dropped = 0;
  const mentions = article.mentions.flatMap((mention) => {
    if (!isUserEntityId(mention.entityId)) return [mention];
    const local = idMap.get(Number(mention.entityId.slice('user:'.length)));
    if (local === undefined) {
      dropped += 1;
      return [];
    }
    return [{ ...mention, entityId: userEntityId(local) }];
  });
  if (dropped === 0 && mentions.every((m, i) => m === article.mentions[i])) return { article, dropped };
  return { article: { ...article, mentions, entityIds: [...new Set(mentions.map((m) => m.entityId))] }, dropped };
}
