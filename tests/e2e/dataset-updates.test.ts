import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../utils/dataset/build-bundle';
import { DatasetBundleSchema } from '../../utils/dataset/schema';
import { KEY_ALGORITHM, manifestFor } from '../../utils/dataset/signed-update';
import { PAGES_DIR } from '../support/e2e-context';
import { type ExtensionBrowser, EXTENSION_DIR, launchWithExtension } from '../support/launch-extension';
import { readHighlights, readSavedArticles, waitForHighlights } from '../support/page-highlights';
import { serveFolder } from '../support/static-server';

/**
 * The built extension trusts the keys in its update-keys.json. The maintainers' private key is not
 * in the repository, so this test trusts a key of its own: it copies the built extension and adds
 * the test's public key to that file (code untouched), as a maintainer adding a key would.
 */
let work: string;
let browser: ExtensionBrowser;
let pages: Awaited<ReturnType<typeof serveFolder>>;
let updates: Awaited<ReturnType<typeof serveFolder>>;
let privateJwk: JsonWebKey;
const shipped = DatasetBundleSchema.parse(JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'dataset-bundle.json'), 'utf8')));
const nextVersion = shipped.version.replace(/^(\d+)\.(\d+)\.\d+$/, (_, major: string, minor: string) => `${major}.${Number(minor) + 1}.0`);

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'dil-update-'));
  const extension = path.join(work, 'extension');
  cpSync(EXTENSION_DIR, extension, { recursive: true });
  const pair = (await crypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const keysFile = path.join(extension, 'update-keys.json');
  const keys = JSON.parse(readFileSync(keysFile, 'utf8'));
  keys.keys.push(await crypto.subtle.exportKey('jwk', pair.publicKey));
  writeFileSync(keysFile, JSON.stringify(keys));

  const updateDir = path.join(work, 'updates');
  cpSync(PAGES_DIR, updateDir, { recursive: true });
  const zephyr = {
    id: 'zephyr-defence-accelerator',
    name: 'Zephyr Defence Accelerator',
    category: 'program' as const,
    kind: 'accelerator' as const,
    aliases: [{ text: 'Zephyr Defence Accelerator' }],
    summary: 'A fictional accelerator that exists only in this end-to-end test of signed dataset updates.',
    summarySources: ['test'],
    facts: [],
    relations: [],
    sources: [{ id: 'test', title: 'End-to-end test fixture', url: 'https://example.org/zephyr', date: '2026-11-22' }],
  };
  const { hash: _h, entities, changes: _c, ...meta } = shipped;
  const next = await buildBundle({ ...meta, version: nextVersion }, [...entities, zephyr], ['Added Zephyr Defence Accelerator (zephyr-defence-accelerator)']);
  const bytes = new TextEncoder().encode(JSON.stringify(next));
  writeFileSync(path.join(updateDir, 'good-bundle.json'), bytes);
  writeFileSync(path.join(updateDir, 'good-manifest.json'), JSON.stringify(await manifestFor(bytes, nextVersion, 'good-bundle.json', privateJwk)));
  // Tampered: the bundle served differs from the one that was signed (one summary changed).
  const tampered = new TextEncoder().encode(JSON.stringify({ ...next, entities: next.entities.map((e) => (e.id === 'nato-diana' ? { ...e, summary: `${e.summary} (edited)` } : e)) }));
  const signed = await manifestFor(bytes, nextVersion, 'tampered-bundle.json', privateJwk);
  writeFileSync(path.join(updateDir, 'tampered-bundle.json'), tampered);
  writeFileSync(path.join(updateDir, 'tampered-manifest.json'), JSON.stringify({ ...signed, size: tampered.byteLength }));

  pages = await serveFolder(PAGES_DIR);
  updates = await serveFolder(updateDir);
  browser = await launchWithExtension({ extensionDir: extension });
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  await updates?.close();
  rmSync(work, { recursive: true, force: true });
});

async function highlightedOn(file: string): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(pages.url(file));
  await waitForHighlights(page);
  const texts = (await readHighlights(page)).map((m) => m.text).sort();
  await page.close();
  return texts;
}

async function checkUpdate(options: Page, manifest: string): Promise<string> {
  await options.getByLabel('Update address').fill(updates.url(manifest));
  await options.getByLabel('Update address').blur();
  const status = options.getByTestId('update-status');
  const current = async () => ((await status.count()) > 0 ? await status.textContent() : '');
  const before = await current();
  await options.getByRole('button', { name: 'Check now' }).click();
  await expect.poll(current, { timeout: 10_000 }).not.toBe(before);
  return (await options.getByTestId('update-status').textContent()) ?? '';
}

const savedArticles = () => readSavedArticles(browser.serviceWorker);

describe('signed dataset updates', () => {
  it('rejects a tampered update, applies a good one, rolls back, and never touches saved articles', async () => {
    expect(await highlightedOn('update-check.html')).toEqual(['DIANA']);
    const article = await browser.context.newPage();
    await article.goto(pages.url('seed-002.html'));
    await waitForHighlights(article);
    await article.keyboard.press('Alt+Shift+S');
    await article.locator('defense-innovation-lens-toast .toast').waitFor();
    const library = await savedArticles();
    expect(library).toHaveLength(1);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await options.getByTestId('dataset-version').textContent()).toBe(shipped.version);

    expect(await checkUpdate(options, 'tampered-manifest.json')).toMatch(/checksum|signature/);
    expect(await options.getByTestId('dataset-version').textContent()).toBe(shipped.version);
    expect(await highlightedOn('update-check.html')).toEqual(['DIANA']);

    expect(await checkUpdate(options, 'good-manifest.json')).toContain(`Installed dataset ${nextVersion}`);
    await expect.poll(() => options.getByTestId('dataset-version').textContent()).toBe(nextVersion);
    expect(await options.getByText('Added Zephyr Defence Accelerator').count()).toBe(1);
    expect(await highlightedOn('update-check.html')).toEqual(['DIANA', 'Zephyr Defence Accelerator']);
    expect(await savedArticles()).toEqual(library);

    // Checking again finds nothing newer.
    expect(await checkUpdate(options, 'good-manifest.json')).toContain('is up to date');

    await options.getByRole('button', { name: `Roll back to ${shipped.version}` }).click();
    await expect.poll(() => options.getByTestId('dataset-version').textContent()).toBe(shipped.version);
    expect(await highlightedOn('update-check.html')).toEqual(['DIANA']);
    expect(await savedArticles()).toEqual(library);
  });
});
