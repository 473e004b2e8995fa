import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { PAGES_DIR } from './e2e-context';
import { serveFolder } from './static-server';
import { highlightedTexts } from './highlight-texts';

export const FIREFOX_EXTENSION_DIR = process.env.DIL_FIREFOX_EXTENSION_DIR ?? path.resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

/**
 * Starts Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core) with the built Firefox
 * extension installed as a temporary add-on, in a fresh profile.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox first.`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, addonId, close: () => browser.close() };
}

/** The page's highlighted texts, sorted (the same registry Chromium's tests read). */
export async function firefoxHighlights(page: Page): Promise<string[]> {
  return page.evaluate(highlightedTexts);
}

/**
 * For a test file: one Firefox with the extension and one page server for the file's tests; every
 * page opened through `open` is closed after its test (a page mutating every 5 ms must not keep
 * running into the next test on a two-core machine).
 */
export function useFirefox(): { open(file: string): Promise<Page>; track(page: Page): void; firefox(): FirefoxWithExtension } {
  let firefox: FirefoxWithExtension;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  const opened = new Set<Page>();
  beforeAll(async () => {
    pages = await serveFolder(PAGES_DIR);
    firefox = await launchFirefoxWithExtension();
  });
  afterEach(async () => {
    for (const page of opened) await page.close().catch(() => undefined);
    opened.clear();
  });
  afterAll(async () => {
    await firefox?.close();
    await pages?.close();
  });
  return {
    async open(file) {
      const page = await firefox.browser.newPage();
      opened.add(page);
      await page.goto(pages.url(file));
      return page;
    },
    track: (page) => opened.add(page),
    firefox: () => firefox,
  };
}
