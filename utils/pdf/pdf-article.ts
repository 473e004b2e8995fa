import type { Matcher } from '../matcher/find-mentions';
import type { ExtractedArticle } from '../library/saved-article';
import { documentWords, hasReadableText, pdfArticleHtml, pdfArticleText, readablePageText } from './pdf-text';
import { hyphenReadingsByNames } from './hyphen-readings';

/**
 * A PDF as the viewer hands it over for saving (its answer to `extractArticle`): the metadata, the
 * library identity, and each page's text as its text layer reads (`rawPageText`: line-end hyphens
 * still marked). The background makes the article's text from it (`pdfArticle`) with its own matcher,
 * so the viewer's main thread neither holds a matcher nor reads a long PDF's hyphens (trial 18i: a
 * 100-page save was a 304-451 ms task there).
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

/**
 * The article saved for a PDF: each page's readable text (`readablePageText`: line-end hyphens read by
 * the names `matcher` finds across them, then by the whole PDF's words, so the saved text reads as the
 * viewer highlighted it), pages separated by blank lines with where each starts, and HTML with a
 * heading per page. Throws `NoTextError` when the PDF has no readable text.
 */
export function pdfArticle(extracted: ExtractedPdf, matcher?: Pick<Matcher, 'find'>): ExtractedArticle {
  const known = documentWords(extracted.pages);
  const pages = extracted.pages.map((page) => readablePageText(page, known, matcher ? (marked) => hyphenReadingsByNames(matcher, marked) : undefined));
  if (!hasReadableText(pages)) throw new NoTextError();
  const { text, pageStarts } = pdfArticleText(pages);
  const { kind: _kind, fingerprint, pages: _pages, ...meta } = extracted;
  return { ...meta, text, html: pdfArticleHtml(pages), pdf: { fingerprint, pageStarts } };
}

/** The article a page's extract stands for: a PDF made into one with `matcher`, a web page's as it is. */
export function articleOfExtract(extracted: PageExtract, matcher?: Pick<Matcher, 'find'>): ExtractedArticle {
  return 'kind' in extracted && extracted.kind === 'pdf' ? pdfArticle(extracted, matcher) : (extracted as ExtractedArticle);
}
