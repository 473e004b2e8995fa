import { z } from 'zod';
import { CATEGORIES } from '../dataset/schema';

/** One mention kept with a saved article: offsets are in the article's readable `text`. */
export const SavedMentionSchema = z.strictObject({
  entityId: z.string().min(1),
  category: z.enum(CATEGORIES),
  surface: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** A short stretch of text around the mention, for lists and exports. */
  snippet: z.string(),
});
export type SavedMention = z.infer<typeof SavedMentionSchema>;

/** An article in the library. The canonical URL is its identity: saving it again updates it. */
export const SavedArticleSchema = z
  .strictObject({
    url: z.string().url(),
    title: z.string(),
    byline: z.string().optional(),
    siteName: z.string().optional(),
    /** ISO 8601 date or date-time from the page's metadata, when it has one. */
    publishedAt: z.string().optional(),
    savedAt: z.number().int().positive(),
    updatedAt: z.number().int().positive(),
    /** The readable text, paragraphs separated by blank lines. */
    text: z.string(),
    /** Simplified article HTML, sanitised when saved and again before it is rendered. */
    html: z.string(),
    mentions: z.array(SavedMentionSchema),
    /** Distinct entity ids of `mentions`, indexed for "articles mentioning X". */
    entityIds: z.array(z.string()),
    /** Host name, for filtering by site. */
    site: z.string(),
    datasetVersion: z.string(),
    note: z.string(),
    tags: z.array(z.string()),
  })
  .refine((a) => a.mentions.every((m) => m.end <= a.text.length && m.start < m.end), {
    message: 'mention offsets must lie inside the text',
  });
export type SavedArticle = z.infer<typeof SavedArticleSchema>;

/** What the content script extracts from a page for saving. */
export interface ExtractedArticle {
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  publishedAt?: string;
  text: string;
  html: string;
}
