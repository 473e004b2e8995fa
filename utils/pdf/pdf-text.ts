import { joinBrokenLines } from '../page-text/collect-text-blocks';

/** One text run of a PDF page, as PDF.js's `getTextContent()` gives it (marked-content items have no `str`). */
export interface PdfTextRun {
  str?: string;
  hasEOL?: boolean;
}

/**
 * A page's text exactly as the viewer's text layer reads in the DOM: the runs one after the other, a
 * line end where PDF.js puts a `<br>`. Saving and the page on screen see the same characters.
 */
export function rawPageText(runs: readonly PdfTextRun[]): string {
  let text = '';
  for (const run of runs) {
    if (run.str === undefined) continue;
    text += run.str;
    if (run.hasEOL) text += '\n';
  }
  return text;
}

/**
 * A page's readable text for the library: hyphenated line ends joined as on screen (`joinBrokenLines`),
 * the marks that joining leaves removed, blank lines closed up so the page stays one paragraph (the
 * viewer reads each page as one block, and saving must find what the page shows).
 */
export function readablePageText(raw: string): string {
  return joinBrokenLines(raw)
    .replace(/[\u00AD\u200B]/g, '')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

/** The article text of a PDF: its pages' readable text, pages separated by blank lines, and where each starts. */
export function pdfArticleText(pages: readonly string[]): { text: string; pageStarts: number[] } {
  let text = '';
  const pageStarts: number[] = [];
  for (const page of pages) {
    if (text.length > 0) text += '\n\n';
    pageStarts.push(text.length);
    text += page;
  }
  return { text, pageStarts };
}

/** The 1-based page an offset of the article text lies on. */
export function pageOfOffset(pageStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pageStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * The saved article's HTML: one section per page headed with its number, the page's text as one
 * paragraph with its line breaks, built as nodes (never parsed from page text). The library sanitises
 * it again before showing it; its text blocks carry the same text as `pdfArticleText`.
 */
export function pdfArticleHtml(pages: readonly string[], doc: Document = document): string {
  const target = doc.implementation.createHTMLDocument('');
  pages.forEach((page, i) => {
    if (!page) return;
    const section = target.createElement('section');
    const heading = target.createElement('h2');
    heading.textContent = `Page ${i + 1}`;
    const paragraph = target.createElement('p');
    page.split('\n').forEach((line, j) => {
      if (j > 0) paragraph.append(target.createElement('br'));
      paragraph.append(target.createTextNode(line));
    });
    section.append(heading, paragraph);
    target.body.append(section);
  });
  return target.body.innerHTML;
}

/** Pages with fewer readable characters than this, all of them, make a PDF "without text" (scanned). */
const MIN_TEXT_CHARS = 20;

/** Whether a PDF has a text layer worth reading: a scanned document has none (or a few stray characters). */
export function hasReadableText(pages: readonly string[]): boolean {
  let count = 0;
  for (const page of pages) {
    count += page.replace(/\s+/g, '').length;
    if (count >= MIN_TEXT_CHARS) return true;
  }
  return false;
}
