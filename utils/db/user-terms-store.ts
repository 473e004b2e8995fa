import { type UserTerm, UserTermSchema } from '../user-terms/user-term';
import type { LensDatabase } from './db';

export async function listUserTerms(db: LensDatabase): Promise<UserTerm[]> {
  return db.userTerms.orderBy('name').toArray();
}

/** Adds or updates (with an id) a term after validating it; returns its id. */
export async function saveUserTerm(db: LensDatabase, term: Omit<UserTerm, 'createdAt'> & { createdAt?: number }): Promise<number> {
  const parsed = UserTermSchema.parse({ ...term, createdAt: term.createdAt ?? Date.now() });
  return db.userTerms.put(parsed) as Promise<number>;
}

export async function deleteUserTerm(db: LensDatabase, id: number): Promise<void> {
  await db.userTerms.delete(id);
}

/** Merges imported terms, skipping any the reader already has (same name and category). */
export async function importUserTerms(db: LensDatabase, terms: readonly UserTerm[]): Promise<number> {
  return db.transaction('rw', db.userTerms, async () => {
    const existing = new Set((await db.userTerms.toArray()).map((t) => `${t.category}:${t.name.toLowerCase()}`));
    const fresh = terms.filter((t) => !existing.has(`${t.category}:${t.name.toLowerCase()}`)).map(({ id: _id, ...rest }) => rest);
    await db.userTerms.bulkAdd(fresh as UserTerm[]);
    return fresh.length;
  });
}
