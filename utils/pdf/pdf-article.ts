import type { Matcher } from '../matcher/find-mentions';
import type { ExtractedArticle } from '../library/saved-article';
import { type ExtractedPdf, NoTextError, type PageExtract } from './extracted-pdf';
import { documentWords, hasReadableText, pdfArticleHtml, pdfArticleText, readablePageText } from './pdf-text';
import { hyphenReadingsByNames } from './hyphen-readings';

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
