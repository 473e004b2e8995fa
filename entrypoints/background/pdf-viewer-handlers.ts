import { onMessage } from '../../utils/messaging';
import { viewerUrlFor } from '../../utils/pdf/viewer-address';

const MENU_ID = 'open-in-pdf-viewer';

/**
 * Ways into the Lens PDF viewer from the background: "Open in Lens PDF viewer" on the context menu of a
 * link to a PDF (a new tab), and the content script's request when the reader chose to open PDFs in
 * the viewer (the same tab). No permission is needed: the tabs show the extension's own page.
 */
export function registerPdfViewerHandlers(): void {
  const viewerFor = (url: string) => viewerUrlFor(browser.runtime.getURL('/'), url);

  onMessage('openPdfInViewer', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return;
    await browser.tabs.update(tabId, { url: viewerFor(data.url) });
  });

  // Links whose address ends in .pdf (with or without a query); a PDF served from another address opens
  // through the popup once it shows in a tab.
  browser.contextMenus?.create(
    { id: MENU_ID, title: 'Open in Lens PDF viewer', contexts: ['link'], targetUrlPatterns: ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'] },
    () => void browser.runtime.lastError,
  );
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.linkUrl) return;
    void browser.tabs.create({ url: viewerFor(info.linkUrl), ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
  });
}
