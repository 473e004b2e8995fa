import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from '../support/e2e-context';
import { readHighlights, waitForHighlights } from '../support/page-highlights';

const e2e = useExtensionBrowser();

/** `<id of the nearest element with one>:<text>` of each highlight. */
const placed = (page: Page) =>
  page.evaluate(() =>
    ['program', 'firm', 'edt']
      .flatMap((c) => [...((CSS.highlights.get(`defense-innovation-lens-${c}`) as unknown as Iterable<Range>) ?? [])])
      .map((range) => `${range.startContainer.parentElement?.closest('[id]')?.id ?? ''}:${range.toString()}`)
      .sort(),
  );

const ARTICLE = ['ARX Robotics', 'Helsing', 'NATO Innovation Fund', 'TEKEVER', 'artificial intelligence', 'drones', 'quantum sensing'];
const FURNITURE = ['nav', 'ad', 'related', 'comments', 'sidebar', 'footer'];

describe('article focus', () => {
  it('highlights, counts and steps through the article only; furniture comes back with the option', async () => {
    const { page, tabId } = await e2e.openWithTabId('news-with-furniture.html');
    await waitForHighlights(page);
    await expect.poll(async () => [...new Set((await readHighlights(page)).map((m) => m.text))].sort()).toEqual(expect.arrayContaining(ARTICLE));
    const shown = await placed(page);
    expect(shown.filter((p) => FURNITURE.includes(p.split(':')[0]!))).toEqual([]);
    expect(shown).toEqual(expect.arrayContaining(['headline:Helsing', 'standfirst:NATO Innovation Fund', 'caption:ARX Robotics']));
    // Nothing from the ad, the related list, the comments (not even the commenter's handle), the footer.
    const texts = (await readHighlights(page)).map((m) => m.text);
    expect(texts).not.toContain('Palantir');
    expect(texts).not.toContain('DARPA');
    expect(texts).not.toContain('Anduril');
    expect(texts).not.toContain('DIANA');

    // The badge counts what is highlighted: distinct entities of the article.
    await page.bringToFront();
    type Chrome = { action: { getBadgeText(d: object): Promise<string> } };
    const badge = () => e2e.browser.serviceWorker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
    // "artificial intelligence" and "AI" are one entity: the badge counts entities, not words.
    const articleEntities = new Set((await readHighlights(page)).map((m) => (m.text === 'AI' ? 'artificial intelligence' : m.text))).size;
    await expect.poll(badge).toBe(String(articleEntities));

    // The first keyboard stop is the headline, not the menu or the ad.
    await page.keyboard.press('Alt+Shift+Period');
    const title = page.locator('defense-innovation-lens-card .card__title');
    await title.waitFor({ timeout: 5_000 });
    expect(await title.textContent()).toBe('Helsing');
    await page.keyboard.press('Escape');

    const options = await e2e.browser.context.newPage();
    await options.goto(`chrome-extension://${e2e.browser.extensionId}/options.html`);
    await options.getByLabel(/Also highlight page furniture/).check();
    await expect.poll(async () => (await placed(page)).filter((p) => FURNITURE.includes(p.split(':')[0]!)).length).toBeGreaterThan(4);
    expect((await readHighlights(page)).map((m) => m.text)).toEqual(expect.arrayContaining(['Palantir', 'DARPA', 'Anduril', 'DIANA']));
    await expect.poll(async () => Number(await badge())).toBeGreaterThan(articleEntities);
    await options.getByLabel(/Also highlight page furniture/).uncheck();
    await expect.poll(async () => (await placed(page)).filter((p) => FURNITURE.includes(p.split(':')[0]!))).toEqual([]);
    await options.close();
    await page.close();
  });
});
