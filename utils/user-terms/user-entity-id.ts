/**
 * Entity ids of user terms live in their own namespace (`user:<term id>`), so they never collide with
 * the dataset's. Apart from the term's schema (user-term.ts), which loads zod, for code that only
 * needs the ids.
 */
export const userEntityId = (id: number) => `user:${id}`;
export const isUserEntityId = (entityId: string) => entityId.startsWith('user:');
