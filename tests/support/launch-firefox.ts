import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
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
