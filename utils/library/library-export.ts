import { z } from 'zod';
import { type UserTerm, UserTermSchema } from '../user-terms/user-term';
import { type SavedArticle, SavedArticleSchema } from './saved-article';

/** The full-fidelity export format. Bump `version` on any incompatible change and keep reading old ones. */
export const LIBRARY_EXPORT_FORMAT = 'defense-innovation-lens/library';
export const LIBRARY_EXPORT_VERSION = 1;

export const LibraryExportSchema = z.strictObject({
  format: z.literal(LIBRARY_EXPORT_FORMAT),
  version: z.literal(LIBRARY_EXPORT_VERSION),
  exportedAt: z.string(),
  articles: z.array(SavedArticleSchema),
  /** The reader's own watch terms (absent in exports made before they existed). */
  userTerms: z.array(UserTermSchema).optional(),
});
export type LibraryExport = z.infer<typeof LibraryExportSchema>;

export function toJsonExport(articles: readonly SavedArticle[], userTerms: readonly UserTerm[] = [], now = new Date()): string {
  const data: LibraryExport = {
    format: LIBRARY_EXPORT_FORMAT,
    version: LIBRARY_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles: [...articles],
    userTerms: [...userTerms],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Imports larger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Parses and validates an export; the message says what is wrong, with the path of the first problems. */
export function parseLibraryExport(text: string): { ok: true; data: LibraryExport } | { ok: false; error: string } {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = LibraryExportSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, error: `This is not a Defense Innovation Lens library export: ${details}` };
  }
  return { ok: true, data: parsed.data };
}

export interface MergePlan {
  put: SavedArticle[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * How an import merges into the library, without duplicates: an article not in the library is
 * added; one already there is replaced only by a more recent version, keeping the longer of the
 * two notes and the union of tags, so an import never loses what the reader wrote.
 */
export function planImport(existing: ReadonlyMap<string, SavedArticle>, incoming: readonly SavedArticle[]): MergePlan {
  const plan: MergePlan = { put: [], added: 0, updated: 0, unchanged: 0 };
  const seen = new Map<string, SavedArticle>();
  for (const article of incoming) {
    const earlier = seen.get(article.url);
    if (!earlier || article.updatedAt > earlier.updatedAt) seen.set(article.url, article);
  }
  for (const article of seen.values()) {
    const current = existing.get(article.url);
    if (!current) {
      plan.put.push(article);
      plan.added += 1;
      continue;
    }
    const newer = article.updatedAt > current.updatedAt ? article : current;
    const merged: SavedArticle = {
      ...newer,
      savedAt: Math.min(article.savedAt, current.savedAt),
      note: article.note.length > current.note.length ? article.note : current.note,
      tags: [...new Set([...current.tags, ...article.tags])],
    };
    if (JSON.stringify(merged) === JSON.stringify(current)) {
      plan.unchanged += 1;
    } else {
      plan.put.push(merged);
      plan.updated += 1;
    }
  }
  return plan;
}
