import type { PageInfo } from '../../utils/messaging';
import { viewerUrlFor } from '../../utils/pdf/viewer-address';

/**
 * A tab showing a PDF in Chromium's own viewer still runs this content script (in the document that
 * embeds the viewer, whose content type says PDF), though it cannot read the PDF: it tells the popup
 * so (which offers the Lens viewer); with the reader's "open PDFs in the viewer" option on, the PDF moves
 * there (`utils/annotator/pdf-tab-open.ts`). Firefox's viewer runs no extension scripts.
 */
export function isPdfDocument(doc: Document = document): boolean {
  return doc.contentType === 'application/pdf';
}

/** What the popup learns about a PDF tab: where the Lens viewer would show it. */
export function pdfTabInfo(): Pick<PageInfo, 'pdf'> {
  // The page the tab shows (`#page=3`) goes along; the address itself never carries a fragment.
  return isPdfDocument() ? { pdf: { viewer: false, viewerUrl: viewerUrlFor(browser.runtime.getURL('/'), location.href) } } : {};
}
