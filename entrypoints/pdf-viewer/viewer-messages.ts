import { showSaveToast } from '../../utils/annotator/save-toast';
import { onMessage, sendMessage } from '../../utils/messaging';
import { settingsItem, toggleSite, withDefaults } from '../../utils/settings';
import type { ViewerSession } from './viewer-session';

/**
 * The viewer answers the messages a content script answers on a web page, so the popup ("on this page"
 * with page numbers, Save, ‹ ›), the context menu, the keyboard commands and the badge work the same
 * on a PDF. Messages sent to other tabs never reach it; broadcasts it does not handle are left alone.
 */
export function registerViewerMessages(session: () => ViewerSession | undefined): void {
  onMessage('getPageInfo', () => {
    const current = session();
    if (!current) throw new Error('No PDF open.');
    return current.info();
  });
  onMessage('extractArticle', () => {
    const current = session();
    if (!current) throw new Error('No PDF open.');
    return current.extract();
  });
  onMessage('showSaveConfirmation', ({ data }) =>
    showSaveToast(data, { onOpenLibrary: data.ok ? () => void sendMessage('openLibrary', { url: data.url }) : undefined }),
  );
  onMessage('revealEntity', ({ data }) => session()?.annotation.step(data.step, data.entityId, false) ?? null);
  onMessage('runPageCommand', async ({ data: command }) => {
    const current = session();
    if (!current) return;
    if (command === 'toggle-highlights') {
      const host = current.source.kind === 'url' ? new URL(current.source.url).host : '';
      if (!host) return;
      const settings = withDefaults(await settingsItem.getValue());
      await settingsItem.setValue(toggleSite(settings, host, !current.info().enabled));
    } else if (command === 'next-mention') current.annotation.step(1);
    else if (command === 'previous-mention') current.annotation.step(-1);
    else if (command === 'open-card') current.annotation.openFocusedCard();
  });
}
