import { type UserTerm, UserTermSchema } from '../user-terms/user-term';
import { announceLensChange } from '../lens-revision';
import type { LensDatabase } from './db';

export async function listUserTerms(db: LensDatabase): Promise<UserTerm[]> {
  return db.userTerms.orderBy('name').toArray();
}

/** Adds or updates (with an id) a term after validating it; returns its id. */
export async function saveUserTerm(db: LensDatabase, term: Omit<UserTerm, 'createdAt'> & { createdAt?: number }): Promise<number> {
  const parsed = UserTermSchema.parse({ ...term, createdAt: term.createdAt ?? Date.now() });
  const id = (await db.userTerms.put(parsed)) as number;
  await announceLensChange();
  return id;
}

export async function deleteUserTerm(db: LensDatabase, id: number): Promise<void> {
  await db.userTerms.delete(id);
  await announceLensChange();
}
