import { onMessage } from '../../utils/messaging';
import { addMute, removeMute, settingsItem, siteHost, toggleSite, withDefaults } from '../../utils/settings';

/**
 * The reader's settings and corrections as pages change them (see utils/annotator/reader-state.ts): a
 * page reads storage itself but writes here, where the versioned storage items live.
 */
export function registerReaderStateHandlers(): void {
  onMessage('setSiteHighlights', async ({ data: { host, on } }) => {
    const site = siteHost(host);
    if (site === null || typeof on !== 'boolean') throw new Error(`Not a site to switch: ${String(host)}`);
    const settings = withDefaults(await settingsItem.getValue());
    await settingsItem.setValue(toggleSite(settings, site, on));
  });
  onMessage('addMute', ({ data }) => addMute(data));
  onMessage('removeMute', ({ data }) => removeMute(data));
}
