import { type PageInfo, sendMessage } from '../../utils/messaging';
import { type NavigationType, autoOpenStep, navigationTypeOf } from '../../utils/pdf/auto-open';
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
  // The page the tab shows (`#page=3`) goes along; the address itself never carries a fragment.
  return isPdfDocument() ? { pdf: { viewer: false, viewerUrl: viewerUrlFor(browser.runtime.getURL('/'), location.href) } } : {};
}

/**
 * With the option on, a PDF opened in the browser's viewer moves to the Lens viewer (unless the reader
 * asked for the browser's viewer). Reached by Back from the viewer it moved to, it steps back once more,
 * to the page before it (see utils/pdf/auto-open.ts); reached by any other history step it stays.
 */
export async function openInViewerIfAsked(): Promise<void> {
  if (!isPdfDocument()) return;
  const url = location.href.replace(/#.*$/, '');
  const step = async (navigationType: NavigationType) => {
    const optionOn = withDefaults(await settingsItem.getValue()).openPdfsInViewer;
    const next = autoOpenStep({ optionOn, nativeAsked: location.hash === NATIVE_VIEWER_HASH, navigationType });
    if (next === 'open') await sendMessage('openPdfInViewer', { url });
    else if (next === 'returned' && (await sendMessage('pdfTabReturned', { url })) === 'back') history.back();
  };
  // A page restored from the back/forward cache runs no script again: its pageshow says it is back.
  window.addEventListener('pageshow', (event) => void (event.persisted && step('back_forward').catch(() => undefined)));
  await step(navigationTypeOf(performance));
}
