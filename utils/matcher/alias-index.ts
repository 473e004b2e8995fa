import type { Category, Entity } from '../dataset/schema';

/**
 * What the matcher needs to know about one alias. The alias index is small and serialisable: the
 * background derives it from the stored dataset and hands it to content scripts and pages.
 */
export interface AliasEntry {
  entityId: string;
  category: Category;
  text: string;
  caseSensitive: boolean;
}

export function aliasIndexOf(entities: readonly Entity[]): AliasEntry[] {
  return entities.flatMap((entity) =>
    entity.aliases.map((alias) => ({
      entityId: entity.id,
      category: entity.category,
      text: alias.text,
      caseSensitive: alias.caseSensitive ?? false,
    })),
  );
}
