import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './launch-extension';
import { openTabWithId } from './extension-tab';
import { serveFolder } from './static-server';

export const PAGES_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'pages');
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '..', '..', 'test-results');

export interface E2eContext {
  browser: ExtensionBrowser;
  url(file: string): string;
  open(file: string): Promise<Page>;
  /** Opens a served page in a tab the extension made, whose browser tab id is therefore certain (see extension-tab.ts). */
  openWithTabId(file: string): Promise<{ page: Page; tabId: number }>;
}

/** One browser with the built extension and one local page server per test file (serving `pagesDir`). */
export function useExtensionBrowser(pagesDir = PAGES_DIR): E2eContext {
  const state = {} as { browser: ExtensionBrowser; server: Awaited<ReturnType<typeof serveFolder>> };
  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    state.server = await serveFolder(pagesDir);
    state.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get browser() {
      return state.browser;
    },
    url: (file) => state.server.url(file),
    async open(file) {
      const page = await state.browser.context.newPage();
      await page.goto(state.server.url(file));
      return page;
    },
    openWithTabId: (file) => openTabWithId(state.browser, state.server.url(file)),
  };
}

/** Appends figures measured by end-to-end tests, for closing notes and benchmarks (never asserted). */
export function recordMeasurement(name: string, value: unknown): void {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, 'e2e-measurements.jsonl');
  writeFileSync(file, `${JSON.stringify({ name, value, at: new Date().toISOString() })}\n`, { flag: 'a' });
}
