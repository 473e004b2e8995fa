import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { type ExtensionBrowser, launchWithExtension } from '../support/launch-extension';
import { hoverHighlight, readHighlights, waitForHighlights } from '../support/page-highlights';
import { serveFolder } from '../support/static-server';

const PAGES = path.resolve(import.meta.dirname, '..', 'fixtures', 'pages-probe');
// No script, style, font or connection from anywhere but the page itself: the extension's own
// scripts (the annotator, the card UI) must still load into its content script's world.
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'";

let browser: ExtensionBrowser;
let plain: Awaited<ReturnType<typeof serveFolder>>;
let strict: Awaited<ReturnType<typeof serveFolder>>;
beforeAll(async () => {
  plain = await serveFolder(PAGES);
  strict = await serveFolder(PAGES, { 'content-security-policy': STRICT_CSP });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await strict?.close();
});

/** Opens a page, recording the scripts of the extension parsed in it (any world), by file name. */
async function openRecordingScripts(url: string): Promise<{ page: Page; scripts: Set<string>; cdp: CDPSession }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const scripts = new Set<string>();
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith(`chrome-extension://${browser.extensionId}/`)) scripts.add(event.url.replace(/^chrome-extension:\/\/[^/]+\//, ''));
  });
  await cdp.send('Debugger.enable');
  await page.goto(url);
  return { page, scripts, cdp };
}

describe('the first look every page gets', () => {
  it('leaves a page that names nothing plain, running only the small content script', async () => {
    const { page, scripts } = await openRecordingScripts(plain.url('plain.html'));
    await expect.poll(() => [...scripts], { timeout: 10_000 }).toContain('content-scripts/annotator.js');
    // Time for the background's answer and anything it would start.
    await page.waitForTimeout(1_500);
    expect(await readHighlights(page)).toEqual([]);
    expect([...scripts]).not.toContain('annotator-main.js');
    expect([...scripts]).not.toContain('page-ui.js');
    await page.close();
  });

  it('starts annotating when the plain page later gets a story that names something', async () => {
    const { page, scripts } = await openRecordingScripts(plain.url('plain.html'));
    await page.waitForTimeout(1_000);
    await page.evaluate(() => (window as unknown as { addStory(html: string): void }).addStory('<p>The <b>NATO</b> Innovation Fund backed <a href="#">TEKEVER</a>.</p>'));
    await expect.poll(async () => (await readHighlights(page)).map((m) => m.text).sort(), { timeout: 10_000 }).toEqual(['NATO Innovation Fund', 'TEKEVER']);
    expect([...scripts]).toContain('annotator-main.js');
    await page.close();
  });

  it('does not start on a name the reader would not be shown (a bare umbrella institution)', async () => {
    const { page, scripts } = await openRecordingScripts(plain.url('plain.html'));
    await page.waitForTimeout(1_000);
    await page.evaluate(() => (window as unknown as { addStory(html: string): void }).addStory('<p>NATO ministers met in Brussels.</p>'));
    await page.waitForTimeout(1_500);
    expect(await readHighlights(page)).toEqual([]);
    expect([...scripts]).not.toContain('annotator-main.js');
    await page.close();
  });

  // Pages that name something only in ways the first look cannot see rendered: each must still be
  // highlighted as annotation alone would (break-it trial 17a).
  it.each([
    ['reveal-hidden.html', 'text revealed by removing `hidden`', ['Shield AI']],
    ['reveal-aria-hidden.html', 'text revealed by removing `aria-hidden` and an inline `display: none`', ['Shield AI']],
    ['hidden-shown-by-css.html', 'a `hidden` element the page\'s CSS shows', ['Shield AI']],
    ['flex-links.html', 'links laid out as blocks with no space between them', ['Anduril', 'Palantir']],
    ['hidden-veto.html', 'a stylesheet-hidden word beside a name that would turn it down if shown', ['CAE']],
    ['component-defined-late.html', 'a component defined later that fills its shadow root', ['Shield AI']],
    // Here the first look finds a name: the annotator watches the components the read found undefined.
    ['component-defined-late-named.html', 'a named page whose component, defined later, fills a closed shadow root', ['Anduril', 'Shield AI']],
    ['visibility-override.html', 'a block hidden by `visibility` whose child is visible again', ['Anduril']],
    ['builtin-defined-late.html', 'a customized built-in (`<div is>`) defined later, filling its shadow root', ['Anduril', 'Shield AI']],
  ])('%s: %s', async (file, _what, names) => {
    const page = await browser.context.newPage();
    await page.goto(plain.url(file));
    await expect.poll(async () => (await readHighlights(page)).map((m) => m.text).sort(), { timeout: 12_000 }).toEqual([...names].sort());
    await page.close();
  });

  it('highlights names added hidden to a plain page once they show (break-it trial 33)', async () => {
    const page = await browser.context.newPage();
    await page.goto(plain.url('hidden-added-later.html'));
    await page.waitForFunction(() => document.getElementById('panel') !== null);
    await page.waitForTimeout(1_500);
    expect(await readHighlights(page)).toEqual([]);
    await page.evaluate(() => {
      document.getElementById('panel')!.removeAttribute('hidden');
      document.getElementById('note')!.removeAttribute('aria-hidden');
    });
    await expect.poll(async () => (await readHighlights(page)).map((m) => m.text).sort(), { timeout: 8_000 }).toEqual(['Anduril', 'Shield AI']);
    await page.close();
  });

  it('lights a name at the end of a hidden menu of 6,000 items once it opens (break-it trial 33b)', async () => {
    const page = await browser.context.newPage();
    await page.goto(plain.url('many-hidden-items.html'));
    await page.waitForTimeout(1_500);
    expect(await readHighlights(page)).toEqual([]);
    await page.evaluate(() => document.getElementById('menu')!.classList.add('open'));
    await expect.poll(async () => (await readHighlights(page)).map((m) => m.text), { timeout: 8_000 }).toEqual(['Shield AI']);
    await page.close();
  });

  it('lights a component defined later inside a hidden part once the part shows (break-it trial 33b)', async () => {
    const page = await browser.context.newPage();
    await page.goto(plain.url('component-hidden-defined-late.html'));
    await page.waitForTimeout(2_500);
    expect(await readHighlights(page)).toEqual([]);
    await page.evaluate(() => document.getElementById('panel')!.removeAttribute('hidden'));
    await expect.poll(async () => (await readHighlights(page)).map((m) => m.text), { timeout: 8_000 }).toEqual(['Shield AI']);
    await page.close();
  });

  it('does not let words the site hides (a closed menu) put a page on topic (break-it trial 33)', async () => {
    const page = await browser.context.newPage();
    await page.goto(plain.url('hidden-menu-topic.html'));
    await page.waitForTimeout(2_500);
    expect(await readHighlights(page)).toEqual([]);
    // The extension is at work on the page: a name added in view lights.
    await page.evaluate(() => document.querySelector('article')!.append(Object.assign(document.createElement('p'), { textContent: 'Anduril opened a plant.' })));
    await expect.poll(async () => (await readHighlights(page)).map((m) => m.text), { timeout: 8_000 }).toContain('Anduril');
    await page.close();
  });

  it('highlights and opens cards on a page whose Content-Security-Policy allows nothing from elsewhere', async () => {
    const page = await browser.context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(strict.url('strict-csp.html'));
    const found = await waitForHighlights(page);
    expect(found.map((m) => m.text)).toContain('TEKEVER');
    const card = await hoverHighlight(page, 'TEKEVER');
    await expect.poll(() => card.textContent()).toContain('TEKEVER');
    expect(refused).toEqual([]);
    await page.close();
  });
});
