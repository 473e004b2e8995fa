import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, PAGES_DIR } from '../support/e2e-context';
import { type ExtensionBrowser, launchWithExtension } from '../support/launch-extension';
import { hoverHighlight, readHighlights, readSavedArticles, waitForHighlights } from '../support/page-highlights';
import { serveFolder } from '../support/static-server';

// The reader's own terms along the five paths a saved article takes: save, re-annotate, reader view,
// card, and import into a profile that has terms of its own. Each profile here is fresh, so the ids
// of terms collide exactly as they would between two real profiles.
let pages: Awaited<ReturnType<typeof serveFolder>>;
const browsers: ExtensionBrowser[] = [];

beforeAll(async () => {
  pages = await serveFolder(PAGES_DIR);
});
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await pages?.close();
});

async function profile(): Promise<ExtensionBrowser> {
  const browser = await launchWithExtension();
  browsers.push(browser);
  return browser;
}

async function addTerm(browser: ExtensionBrowser, name: string, note: string): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#add-term=${encodeURIComponent(name)}`);
  await options.locator('select[name="term-category"]').selectOption({ label: 'Program / institution' });
  await options.getByLabel('Note', { exact: true }).fill(note);
  await options.getByRole('button', { name: 'Add term' }).click();
  await options.getByRole('button', { name: `Remove ${name}` }).waitFor();
  await options.close();
}

async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  return library;
}

const entityIdsOf = async (browser: ExtensionBrowser) => ((await readSavedArticles(browser.serviceWorker)) as { entityIds: string[] }[]).flatMap((a) => a.entityIds);

describe('the reader’s own terms in the library', () => {
  it('are saved, kept by re-annotation, highlighted in the reader view with their own card, and keep their meaning on import', async () => {
    const first = await profile();
    await addTerm(first, 'Kestrel Dynamics', 'A drone start-up I follow');

    // Save: the page highlights the term, and the saved article keeps its mentions under the term's id.
    const page = await first.context.newPage();
    await page.goto(pages.url('own-terms.html'));
    await waitForHighlights(page);
    await expect.poll(async () => (await readHighlights(page)).filter((m) => m.text === 'Kestrel Dynamics').length).toBe(3);
    await page.keyboard.press('Alt+Shift+S');
    await page.locator('defense-innovation-lens-toast .toast').waitFor({ timeout: 10_000 });
    await expect.poll(() => entityIdsOf(first)).toContain('user:1');

    const library = await openLibrary(first);
    const item = library.locator('.article', { hasText: 'Kestrel Dynamics wins' });
    await expect.poll(() => item.locator('.chip').allTextContents()).toContain('Kestrel Dynamics');
    expect(await item.locator('.chip').allTextContents()).not.toContain('user:1');

    // Re-annotate: the term's mentions stay.
    await library.getByRole('button', { name: 'Re-annotate all' }).click();
    await library.getByText(/^Re-annotated 1 article\(s\)/).waitFor({ timeout: 10_000 });
    expect(await entityIdsOf(first)).toEqual(expect.arrayContaining(['user:1', 'tekever']));

    // Reader view: the saved mentions, the term among them, with the term's own card. The saved copy
    // keeps the headline Readability drops, so it holds all three of the page's mentions.
    const savedCount = ((await readSavedArticles(first.serviceWorker)) as { mentions: { entityId: string }[] }[])[0]!.mentions.filter((m) => m.entityId === 'user:1').length;
    expect(savedCount).toBe(3);
    await item.locator('h2 a').click();
    await library.locator('.reader-body p').first().waitFor();
    expect(await library.locator('.reader-mode').textContent()).toMatch(/mention\(s\) saved with this article/);
    await expect.poll(async () => (await readHighlights(library)).filter((m) => m.text === 'Kestrel Dynamics').length).toBe(savedCount);
    let card = await hoverHighlight(library, 'Kestrel Dynamics');
    expect(await card.locator('.card__title').textContent()).toBe('Kestrel Dynamics');
    expect(await card.locator('.card__meta').textContent()).toContain('yours');
    expect(await card.locator('.card__summary').textContent()).toBe('A drone start-up I follow');
    await library.keyboard.press('Escape');
    // Today's mentions are one click away, and say so.
    await library.getByRole('button', { name: /Show today’s mentions/ }).click();
    expect(await library.locator('.reader-mode').textContent()).toMatch(/today’s mentions/);
    await expect.poll(async () => (await readHighlights(library)).filter((m) => m.text === 'Kestrel Dynamics').length).toBe(savedCount);

    // Export everything.
    await library.goto(`chrome-extension://${first.extensionId}/library.html`);
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export JSON' }).click()]);
    const exportPath = path.join(ARTIFACTS_DIR, 'own-terms-export.json');
    await download.saveAs(exportPath);
    expect(JSON.parse(readFileSync(exportPath, 'utf8')).userTerms.map((t: { id: number; name: string }) => `${t.id}:${t.name}`)).toEqual(['1:Kestrel Dynamics']);

    // Another profile whose own term "Zulu Systems" already took id 1, with the article's page open.
    const second = await profile();
    await addTerm(second, 'Zulu Systems', 'Not Kestrel');
    const open = await second.context.newPage();
    await open.goto(pages.url('own-terms.html'));
    await waitForHighlights(open);
    // Not a term of this reader's: the page names it as a firm, so Lens marks it as a firm it does not know.
    const unknown = await hoverHighlight(open, 'Kestrel Dynamics');
    expect(await unknown.locator('.card__meta').textContent()).toBe('Firm / investor · not in the dataset');
    await open.keyboard.press('Escape');

    const target = await openLibrary(second);
    await target.getByText('0 saved article(s)').waitFor();
    await target.getByLabel('Import a library export').setInputFiles(exportPath);
    await target.getByText(/^Imported: 1 added, 0 updated, 0 unchanged; 1 of your terms added\.$/).waitFor({ timeout: 10_000 });
    const imported = await entityIdsOf(second);
    expect(imported).toContain('user:2');
    expect(imported).not.toContain('user:1');
    const chips = target.locator('.article .chip');
    await expect.poll(() => chips.allTextContents()).toContain('Kestrel Dynamics');
    expect(await chips.allTextContents()).not.toContain('Zulu Systems');
    await target.locator('.article h2 a').click();
    await target.locator('.reader-body p').first().waitFor();
    card = await hoverHighlight(target, 'Kestrel Dynamics');
    expect(await card.locator('.card__title').textContent()).toBe('Kestrel Dynamics');
    expect(await card.locator('.card__summary').textContent()).toBe('A drone start-up I follow');

    // The page that was already open picks up the imported term without a reload.
    await expect.poll(async () => (await readHighlights(open)).filter((m) => m.text === 'Kestrel Dynamics').length, { timeout: 10_000 }).toBe(3);
  });
});
