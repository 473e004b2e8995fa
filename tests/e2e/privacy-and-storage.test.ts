import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR, recordMeasurement } from '../support/e2e-context';
import { type ExtensionBrowser, launchWithExtension } from '../support/launch-extension';
import { pointOfHighlight, readSavedArticles, waitForHighlights } from '../support/page-highlights';
import { serveFolder } from '../support/static-server';

// Playwright reports a service worker's own requests only with this switch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
const requests: { url: string; fromServiceWorker: boolean; frameUrl: string }[] = [];

beforeAll(async () => {
  server = await serveFolder(PAGES_DIR);
  browser = await launchWithExtension();
  const record = (request: Request) => {
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // service-worker requests have no frame
    }
    requests.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null, frameUrl });
  };
  browser.context.on('request', record);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const articles = () => readSavedArticles(browser.serviceWorker);

describe('privacy', () => {
  it('makes no network request of its own while the reader browses, hovers, saves and opens its pages', async () => {
    for (const file of ['seed-000.html', 'seed-001.html', 'seed-002.html', 'dynamic-spa.html']) {
      const page = await browser.context.newPage();
      await page.goto(server.url(file));
      await waitForHighlights(page);
      if (file === 'seed-000.html') {
        const point = await pointOfHighlight(page, 'TEKEVER');
        await page.mouse.move(point.x, point.y);
        await page.locator('defense-innovation-lens-card .card__title').waitFor();
        await page.keyboard.press('Alt+Shift+S');
        await page.locator('defense-innovation-lens-toast .toast').waitFor();
      }
      await page.close();
    }
    for (const name of ['popup', 'options', 'library']) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
      await page.locator('h1').waitFor();
      await page.close();
    }
    const pageOrigin = new URL(server.url('')).origin;
    const ours = requests.filter((r) => r.fromServiceWorker || r.frameUrl.startsWith('chrome-extension://'));
    const external = ours.filter((r) => !r.url.startsWith('chrome-extension://'));
    const fromPagesElsewhere = requests.filter((r) => !r.fromServiceWorker && !r.url.startsWith(pageOrigin) && !r.url.startsWith('chrome-extension://'));
    recordMeasurement('requests seen while browsing', { total: requests.length, extensionInternal: ours.length, external: external.length });
    expect(requests.length).toBeGreaterThan(4);
    expect(external).toEqual([]);
    expect(fromPagesElsewhere).toEqual([]);
  });

  it('sends the page no message of its own, so a site cannot tell from one that the extension is installed', async () => {
    const page = await browser.context.newPage();
    // In the page's own world, before any script of the page or ours runs.
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      (window as unknown as { heardMessages: unknown[] }).heardMessages = heard;
      window.addEventListener('message', (event) => heard.push(event.data), true);
    });
    await page.goto(server.url('seed-000.html'));
    await waitForHighlights(page);
    // A message posted by the page itself arrives: the listener works.
    await page.evaluate(() => window.postMessage({ type: 'the-page-itself' }, '*'));
    await page.waitForFunction(() => (window as unknown as { heardMessages: unknown[] }).heardMessages.length > 0);
    const heard = await page.evaluate(() => (window as unknown as { heardMessages: unknown[] }).heardMessages);
    expect(heard).toEqual([{ type: 'the-page-itself' }]);
    await page.close();
  });
});

describe('storage', () => {
  it('keeps the library when the browser clears the site data of the page', async () => {
    expect(await articles()).toHaveLength(1);
    const page = await browser.context.newPage();
    await page.goto(server.url('seed-002.html'));
    await waitForHighlights(page);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(server.url('')).origin, storageTypes: 'all' });
    await page.reload();
    await waitForHighlights(page);
    expect(await articles()).toHaveLength(1);
    await page.close();
  });

  it('ends with one article and the note when several tabs save the same page at once', async () => {
    const pages = await Promise.all([1, 2, 3].map(() => browser.context.newPage()));
    await Promise.all(pages.map((p) => p.goto(server.url('seed-002.html'))));
    await Promise.all(pages.map((p) => waitForHighlights(p)));
    await Promise.all(pages.map((p) => p.keyboard.press('Alt+Shift+S')));
    await Promise.all(pages.map((p) => p.locator('defense-innovation-lens-toast .toast').waitFor()));
    const saved = (await articles()) as { url: string }[];
    expect(saved.filter((a) => a.url.endsWith('/seed-002.html'))).toHaveLength(1);
    await Promise.all(pages.map((p) => p.close()));
  });
});
