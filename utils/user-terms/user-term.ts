import { z } from 'zod';
import { CATEGORIES } from '../dataset/categories';

/** A reader's own watch term, highlighted like a dataset entity and marked "yours" on its card. */
export const UserTermSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  name: z.string().trim().min(1).max(200),
  category: z.enum(CATEGORIES),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50),
  caseSensitive: z.boolean(),
  /** Match whole words only (default); off, the term also matches as the start of a longer word. */
  wholeWord: z.boolean().optional(),
  /** Highlight only when one of these words is on the page (like the dataset's context rules). */
  contextWords: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
  note: z.string().max(5000),
  createdAt: z.number().int().positive(),
});
export type UserTerm = z.infer<typeof UserTermSchema>;

export { isUserEntityId, userEntityId } from './user-entity-id';
