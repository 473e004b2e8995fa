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
  /** The page it is on, for an article saved from a PDF (absent for web pages and older saves). */
  page: z.number().int().positive().optional(),
});
export type SavedMention = z.infer<typeof SavedMentionSchema>;

/**
 * What marks an article saved from a PDF: the PDF's fingerprint (its identity: the same PDF saved from
 * a local file and from the web is one entry) and where each page starts in `text`, so the mentions
 * found again after a dataset update keep their page numbers.
 */
export const SavedPdfSchema = z.strictObject({
  fingerprint: z.string().min(1),
  pageStarts: z.array(z.number().int().nonnegative()).min(1),
});
export type SavedPdf = z.infer<typeof SavedPdfSchema>;

/**
 * An article in the library. The canonical URL is its identity: saving it again updates it (a PDF's is
 * its fingerprint, see `pdf`).
 */
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
    /** Present when the article was saved from a PDF (absent in libraries saved before PDFs). */
    pdf: SavedPdfSchema.optional(),
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
  /** A PDF's fingerprint and page starts (the PDF viewer). */
  pdf?: SavedPdf;
}
