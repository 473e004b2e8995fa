/**
 * Entity ids of user terms live in their own namespace (`user:<term id>`), so they never collide with
 * the dataset's. Apart from the term's schema (user-term.ts), which loads zod, for code that only
 * needs the ids.
 */
export const userEntityId = (id: number) => `user:${id}`;
export const isUserEntityId = (entityId: string) => entityId.startsWith('user:');
/** The term id in a `user:<term id>` entity id; undefined when it holds none (another id, or not a positive whole number). */
export function userTermIdOf(entityId: string): number | undefined {
  if (!isUserEntityId(entityId)) return undefined;
  const id = Number(entityId.slice('user:'.length));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}
