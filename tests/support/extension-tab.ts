import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';

type Chrome = { tabs: { create(p: { url: string }): Promise<{ id?: number }> } };

/**
 * Opens `url` in a new tab made by the extension itself, so the tab's id is known for certain.
 * Why: the extension has no "tabs" permission, so a web page's tab cannot be found by its address, and
 * asking for "the active tab of the last focused window" can name another tab (a flaky test in CI).
 * The tab's page is the new page showing `url` (not merely the next page opened: an earlier test's
 * late tab may open meanwhile).
 * @returns the Playwright page of the tab (loaded) and its browser tab id; throws after 10 s without one.
 */
export async function openTabWithId(browser: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set(browser.context.pages());
  const tabId = await browser.serviceWorker.evaluate(async (address) => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.create({ url: address })).id, url);
  if (tabId === undefined) throw new Error(`no tab id for ${url}`);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const page = browser.context.pages().find((p) => !before.has(p) && p.url() === url);
    if (page) {
      await page.waitForLoadState();
      return { page, tabId };
    }
  }
  throw new Error(`the tab opened for ${url} did not appear`);
}
