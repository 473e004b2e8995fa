import type { Entity } from '../dataset/schema';
import type { AliasEntry } from '../matcher/alias-index';
import type { UserTerm } from './user-term';
import { userEntityId } from './user-entity-id';

/** A reader's terms as matcher aliases (the term's name and each alias). */
export function userTermAliases(terms: readonly UserTerm[]): AliasEntry[] {
  return terms.flatMap((term) =>
    [...new Set([term.name, ...term.aliases])].map((text) => ({
      entityId: userEntityId(term.id!),
      category: term.category,
      text,
      // Short terms match their exact case, like the dataset's acronyms.
      caseSensitive: term.caseSensitive || text.length <= 4,
      ...(term.wholeWord === false ? { prefix: true } : {}),
      ...(term.contextWords?.length ? { context: { anyOf: term.contextWords, scope: 'page' as const } } : {}),
    })),
  );
}

/** A reader's term shaped as an entity for its card: no sources, because the reader wrote it. */
export function userTermAsEntity(term: UserTerm): Entity {
  return {
    id: userEntityId(term.id!),
    name: term.name,
    category: term.category,
    aliases: term.aliases.map((text) => ({ text })),
    summary: term.note || 'Your own watch term.',
    summarySources: [],
    facts: [],
    relations: [],
    sources: [],
  };
}
