import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_BUNDLE_PATH } from '../../utils/dataset/shipped-bundle';
import { PAGES_DIR } from '../support/e2e-context';
import { openTabWithId } from '../support/extension-tab';
import { type ExtensionBrowser, EXTENSION_DIR, launchWithExtension } from '../support/launch-extension';
import { waitForHighlights } from '../support/page-highlights';
import { serveFolder } from '../support/static-server';

/**
 * The dataset that comes with the extension cannot be installed (its file missing or damaged in a copy of
 * the built extension): the options page and the popup say so and why, instead of only "No dataset
 * installed yet", and "Try again" installs it once the file is whole again, with no restart.
 */
let work: string;
let bundleFile: string;
let goodBundle: Buffer;
let browser: ExtensionBrowser;
let pages: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dil-bundled-fault-'));
  const extension = path.join(work, 'extension');
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  bundleFile = path.join(extension, SHIPPED_BUNDLE_PATH);
  goodBundle = readFileSync(bundleFile);
  rmSync(bundleFile);
  pages = await serveFolder(PAGES_DIR);
  browser = await launchWithExtension({ extensionDir: extension });
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  rmSync(work, { recursive: true, force: true });
});

const failureText = (options: Page) => options.getByTestId('bundled-dataset-failure').textContent();

describe('a bundled dataset that cannot be installed', () => {
  it('is reported with its reason on the options page and in the popup, and “Try again” installs it once the file is whole', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => failureText(options), { timeout: 15_000 }).toMatch(/could not be installed: its file is missing from the extension package.*Until a dataset is installed, pages show no highlights or cards/);
    await expect(options.getByText('No dataset installed yet.').count()).resolves.toBe(0);

    // The popup of a page with programme names says why nothing is highlighted, and leads to the settings.
    const { page: article, tabId } = await openTabWithId(browser, pages.url('update-check.html'));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('no-dataset').textContent(), { timeout: 15_000 }).toMatch(/No dataset is installed, so nothing is highlighted: .*missing from the extension package/);
    await expect(popup.getByText('Nothing from the dataset on this page.').count()).resolves.toBe(0);
    // Searching and saving say why they cannot work (a newcomer's trial, session 22).
    await popup.getByRole('searchbox', { name: 'Search the dataset' }).fill('Helsing');
    await popup.getByText('No dataset is installed: there is nothing to search yet.').waitFor({ timeout: 5_000 });
    await popup.getByRole('button', { name: 'Save article' }).click();
    await expect.poll(() => popup.locator('.status').textContent(), { timeout: 10_000 }).toMatch(/No dataset is installed: the one that comes with the extension could not be installed \(its file is missing/);
    await popup.close();
    // The library says the same, not "being installed".
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await expect.poll(() => library.getByTestId('no-dataset').textContent(), { timeout: 15_000 }).toMatch(/could not be installed \(its file is missing.*saved articles are safe/);
    await library.close();

    // A damaged file (cut short) gives another reason.
    writeFileSync(bundleFile, goodBundle.subarray(0, goodBundle.length >> 1));
    await options.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => failureText(options), { timeout: 15_000 }).toMatch(/its file in the extension package is damaged/);
    await expect(options.getByTestId('update-status').textContent()).resolves.toMatch(/could not be installed: its file in the extension package is damaged/);

    // Whole again: installed at once, the alert gone, and the page highlights on its next load.
    writeFileSync(bundleFile, goodBundle);
    await options.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => options.getByTestId('dataset-version').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => options.getByTestId('bundled-dataset-failure').count()).toBe(0);
    await expect(options.getByTestId('update-status').textContent()).resolves.toMatch(/Installed the dataset that comes with the extension/);
    await article.reload();
    expect((await waitForHighlights(article, 30_000)).map((m) => m.text)).toContain('DIANA');
  });
});
