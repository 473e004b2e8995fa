import { type PageInfo, sendMessage } from '../../utils/messaging';
import { NATIVE_VIEWER_HASH, viewerUrlFor } from '../../utils/pdf/viewer-address';
import { settingsItem, withDefaults } from '../../utils/settings';

/**
 * A tab showing a PDF in Chromium's own viewer still runs this content script (in the document that
 * embeds the viewer, whose content type says PDF), though it cannot read the PDF: it tells the popup
 * so (which offers the Lens viewer), and with the reader's "open PDFs in the viewer" option on, it asks
 * the background to show the PDF there instead. Firefox's viewer runs no extension scripts.
 */
export function isPdfDocument(doc: Document = document): boolean {
  return doc.contentType === 'application/pdf';
}

/** What the popup learns about a PDF tab: where the Lens viewer would show it. */
export function pdfTabInfo(): Pick<PageInfo, 'pdf'> {
  return isPdfDocument() ? { pdf: { viewer: false, viewerUrl: viewerUrlFor(browser.runtime.getURL('/'), location.href.replace(/#.*$/, '')) } } : {};
}

/** With the option on, a PDF opened in the browser's viewer moves to the Lens viewer (unless the reader came back from it). */
export async function openInViewerIfAsked(): Promise<void> {
  if (!isPdfDocument() || location.hash === NATIVE_VIEWER_HASH) return;
  if (!withDefaults(await settingsItem.getValue()).openPdfsInViewer) return;
  await sendMessage('openPdfInViewer', { url: location.href.replace(/#.*$/, '') });
}
