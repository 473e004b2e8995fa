import type { LensDatabase } from '../../utils/db/db';
import { saveArticle } from '../../utils/db/library-store';
import { articleOfExtract } from '../../utils/pdf/pdf-article';
import { type SaveOutcome, onMessage, sendMessage } from '../../utils/messaging';
import { describeSaveError } from '../../utils/library/save-errors';
import { routeHash } from '../../utils/library/library-route';
import { readerViewAdmit } from '../../utils/library/reader-view-admit';
import { mutesItem, settingsItem, withDefaults } from '../../utils/settings';
import { bundledInstallFailureItem, noDatasetMessage } from '../../utils/bundled-dataset-status';
import type { ActiveDataset } from './active-dataset';

/**
 * Saving articles: one action from the popup, the context menu or the keyboard shortcut. The page is
 * extracted by the content script (it has the DOM); the background finds the mentions and writes the
 * library, then tells the page how it went.
 */
export function registerLibraryHandlers(db: LensDatabase, dataset: ActiveDataset): { saveTab(tabId: number): Promise<SaveOutcome> } {
  const matcher = () => dataset.matcher();

  const saveTab = async (tabId: number): Promise<SaveOutcome> => {
    let outcome: SaveOutcome;
    try {
      const current = await matcher();
      if (!current) throw new Error(noDatasetMessage(await bundledInstallFailureItem.getValue()));
      const [extract, settings, mutes] = await Promise.all([sendMessage('extractArticle', undefined, tabId), settingsItem.getValue(), mutesItem.getValue()]);
      // A PDF's text is made here, its line-end hyphens read by the same matcher that highlighted it.
      const extracted = articleOfExtract(extract, current.matcher);
      if (!extracted.text.trim()) throw new Error('there is no readable text on this page.');
      // What the reader saw highlighted is what is saved: their categories, institutions and corrections.
      const admit = readerViewAdmit(withDefaults(settings), mutes ?? [], extracted.url);
      const { article, created } = await saveArticle(db, extracted, current.matcher, current.version, Date.now(), admit);
      outcome = { ok: true, created, title: article.title, url: article.url, mentionCount: article.mentions.length };
    } catch (error) {
      outcome = { ok: false, error: describeSaveError(error) };
    }
    await sendMessage('showSaveConfirmation', outcome, tabId).catch(() => undefined);
    return outcome;
  };

  onMessage('saveArticleInTab', ({ data: tabId }) => saveTab(tabId));
  onMessage('saveThisPage', ({ sender }) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? { ok: false, error: 'Not saved: no tab.' } : saveTab(tabId);
  });

  onMessage('openLibrary', async ({ data }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/library.html#${routeHash({ view: 'article', url: data.url })}`) });
  });

  browser.contextMenus?.create({ id: 'save-article', title: 'Save article to Defense Innovation Lens', contexts: ['page', 'selection', 'link'] }, () => {
    // Re-creating the item on a service-worker restart reports a duplicate id: harmless.
    void browser.runtime.lastError;
  });
  browser.contextMenus?.create({ id: 'add-user-term', title: 'Add “%s” to my terms', contexts: ['selection'] }, () => void browser.runtime.lastError);
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'save-article' && tab?.id !== undefined) void saveTab(tab.id);
    if (info.menuItemId === 'add-user-term' && info.selectionText) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#add-term=${encodeURIComponent(info.selectionText.trim().slice(0, 200))}`) });
    }
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'save-article' && tab?.id !== undefined) void saveTab(tab.id);
  });
  return { saveTab };
}
