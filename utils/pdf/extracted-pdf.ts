import type { ExtractedArticle } from '../library/saved-article';

/**
 * A PDF as the viewer hands it over for saving (its answer to `extractArticle`): the metadata, the
 * library identity, and each page's text as its text layer reads (`rawPageText`: line-end hyphens
 * still marked). The background makes the article's text from it (`pdfArticle`, pdf-article.ts) with its
 * own matcher, so the viewer's main thread neither holds a matcher nor reads a long PDF's hyphens
 * (trial 18i: a 100-page save was a 304-451 ms task there). In a module of its own, without the
 * matcher: the viewer imports it.
 */
export interface ExtractedPdf {
  kind: 'pdf';
  /** The library's key: the PDF's address, or for a file from this device its name and fingerprint. */
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601 date or date-time from the PDF's metadata. */
  publishedAt?: string;
  /** The PDF's fingerprint (`pdf-identity.ts`). */
  fingerprint: string;
  /** Each page's raw text, page 1 first (empty for a page without text). */
  pages: string[];
}

/** What a page answers to `extractArticle`: a web page's article, or a PDF to be made into one. */
export type PageExtract = ExtractedArticle | ExtractedPdf;

/** Thrown for a PDF without text (scanned): the save is refused with this message, and nothing is written. */
export class NoTextError extends Error {
  constructor() {
    super('this PDF has no text (it looks scanned), so there is nothing to save.');
    this.name = 'NoTextError';
  }
}
