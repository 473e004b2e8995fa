import { storage } from 'wxt/utils/storage';
import { onMessage } from '../../utils/messaging';
import { type AutoOpened, afterReturn, withoutTab } from '../../utils/pdf/auto-open';
import { viewerUrlFor } from '../../utils/pdf/viewer-address';

const MENU_ID = 'open-in-pdf-viewer';
const autoOpenedItem = storage.defineItem<AutoOpened>('session:pdfAutoOpened', { fallback: {} });

/**
 * Ways into the Lens PDF viewer from the background: "Open in Lens PDF viewer" on the context menu of a
 * link to a PDF (a new tab), and the content script's request when the reader chose to open PDFs in
 * the viewer (the same tab), with the way Back again (utils/pdf/auto-open.ts). No permission is needed:
 * the tabs show the extension's own page.
 */
export function registerPdfViewerHandlers(): void {
  const viewerFor = (url: string) => viewerUrlFor(browser.runtime.getURL('/'), url);
  // Which tabs' PDF entries the option moved to the viewer (see utils/pdf/auto-open.ts), kept in session
  // storage: the service worker may stop between the move and the reader's Back. Changes go one by one.
  let changes = Promise.resolve();
  const change = <T>(update: (opened: AutoOpened) => { opened: AutoOpened; result: T }): Promise<T> => {
    const done = changes.then(async () => {
      const current = await autoOpenedItem.getValue();
      const { opened, result } = update(current);
      if (opened !== current) await autoOpenedItem.setValue(opened);
      return result;
    });
    changes = done.then(() => undefined, () => undefined);
    return done;
  };

  onMessage('openPdfInViewer', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return;
    await change((opened) => ({ opened: { ...opened, [tabId]: data.url }, result: undefined }));
    await browser.tabs.update(tabId, { url: viewerFor(data.url) });
  });
  onMessage('pdfTabReturned', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return 'stay';
    return change((opened) => {
      const { step, opened: rest } = afterReturn(opened, tabId, data.url);
      return { opened: rest, result: step };
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void change((opened) => ({ opened: withoutTab(opened, tabId), result: undefined })).catch(() => undefined);
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
