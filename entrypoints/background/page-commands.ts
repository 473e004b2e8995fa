import { type PageCommand, onMessage, sendMessage } from '../../utils/messaging';
import { latestPerKey } from '../../utils/latest-per-key';
import { settingsItem, withDefaults } from '../../utils/settings';

const iconSet = (folder: string) => Object.fromEntries([16, 32, 48, 128].map((size) => [size, `/${folder}/${size}.png`]));
const ICONS = iconSet('icon');
const OFF_ICONS = iconSet('icon-off');

const PAGE_COMMANDS: readonly PageCommand[] = ['toggle-highlights', 'next-mention', 'previous-mention', 'open-card'];

/** Keyboard commands (user-changeable in the browser's shortcut settings) and the toolbar badge. */
export function registerPageCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (!PAGE_COMMANDS.includes(command as PageCommand)) return;
    const send = (tabId: number) => sendMessage('runPageCommand', command as PageCommand, tabId).catch(() => undefined);
    if (tab?.id !== undefined) void send(tab.id);
    else
      void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
        if (active?.id !== undefined) void send(active.id);
      });
  });

  onMessage('reportPageState', async ({ data: { count, enabled }, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return;
    await showPageState(tabId, count, enabled);
  });
}

// A tab's reports are shown one at a time, newest last: a page reports faster than the badge is set.
const perTab = latestPerKey<number>();

/** The toolbar button for a tab's page: the count of entities found, or the grey icon where the site is off. */
export function showPageState(tabId: number, count: number, enabled: boolean): Promise<void> {
  return perTab(tabId, () => setPageState(tabId, count, enabled));
}

async function setPageState(tabId: number, count: number, enabled: boolean): Promise<void> {
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const { showBadge } = withDefaults(await settingsItem.getValue());
  // Switched off for this site: the grey icon says so at a glance, with no count.
  await action.setIcon?.({ tabId, path: enabled ? ICONS : OFF_ICONS });
  await action.setTitle?.({ tabId, title: enabled ? 'Defense Innovation Lens' : 'Defense Innovation Lens — off on this site' });
  await action.setBadgeBackgroundColor?.({ tabId, color: '#1d4ed8' });
  await action.setBadgeText({ tabId, text: showBadge && enabled && count > 0 ? String(count) : '' });
}
