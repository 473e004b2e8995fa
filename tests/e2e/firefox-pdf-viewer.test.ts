import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chord, settle } from '../support/firefox-page';
import { useFirefox } from '../support/launch-firefox';
import { serveFolder } from '../support/static-server';

/**
 * The Lens PDF viewer in Firefox ESR: the seed journal article printed to a PDF by Firefox itself,
 * served from 127.0.0.1, highlighted on its first and later pages, and saved with page numbers.
 * WebDriver BiDi refuses to navigate a tab to a moz-extension: page, and the viewer is not
 * web-accessible; so the test reaches an extension page as a reader does (saving a page, then the
 * confirmation's "Open in library"), and that page opens the viewer's address.
 */
const { open, track, firefox } = useFirefox();
const pdfDir = mkdtempSync(path.join(tmpdir(), 'dil-ff-pdfs-'));
let pdfs: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  const page = await open('seed-001.html');
  writeFileSync(path.join(pdfDir, 'nwcr.pdf'), await page.pdf({ format: 'letter', printBackground: false }));
  await page.close();
  pdfs = await serveFolder(pdfDir);
}, 60_000);

afterAll(async () => {
  await pdfs?.close();
  rmSync(pdfDir, { recursive: true, force: true });
});

/** An extension page of the add-on, reached through the save confirmation's "Open in library". */
async function extensionTab(): Promise<Page> {
  const page = await open('seed-000.html');
  await settle(() => page.evaluate(() => (CSS.highlights.get('defense-innovation-lens-firm')?.size ?? 0) > 0), Boolean);
  await chord(page, 'Alt', 'Shift', 'KeyS');
  await settle(() => page.evaluate(() => document.querySelector('defense-innovation-lens-toast')?.shadowRoot?.querySelector('.toast')?.textContent ?? ''), (t) => t.includes('library'));
  const before = new Set(await firefox().browser.pages());
  const button = await page.evaluateHandle(() => document.querySelector('defense-innovation-lens-toast')!.shadowRoot!.querySelector('button')!);
  await button.click();
  const library = await settle(
    async () => {
      for (const candidate of await firefox().browser.pages()) {
        if (before.has(candidate)) continue;
        if ((await candidate.evaluate(() => location.href).catch(() => '')).includes('/library.html')) return candidate;
      }
      return null;
    },
    (found) => found !== null,
  );
  track(library!);
  return library!;
}

describe('Firefox ESR: the Lens PDF viewer', () => {
  it('highlights the seed article as a PDF on its first and later pages, and saves it with page numbers', async () => {
    const tab = await extensionTab();
    const target = pdfs.url('nwcr.pdf');
    await tab.evaluate((pdf) => {
      location.href = `${location.origin}/pdf-viewer.html?file=${encodeURIComponent(pdf)}`;
    }, target);
    // Pages whose highlights are drawn (those the reader came near), once every page is read.
    const pagesWithHighlights = () =>
      tab.evaluate(() => {
        const pages = new Set<number>();
        for (const group of document.querySelectorAll('.pdf-page .defense-innovation-lens-box')) pages.add(Number(group.closest<HTMLElement>('.pdf-page')?.dataset.pageNumber));
        return { pages: [...pages].sort((a, b) => a - b), read: document.querySelector('main.pdf-pages')?.getAttribute('aria-busy') === 'false' };
      });
    const first = await settle(pagesWithHighlights, (found) => found.read && found.pages.includes(1), 20_000);
    expect(first.pages).toContain(1);
    // Only the pages near the view have their highlights drawn.
    expect(Math.max(...first.pages)).toBeLessThan(10);
    // A reader scrolling to the later pages sees theirs.
    await tab.evaluate(async () => {
      for (const slot of document.querySelectorAll<HTMLElement>('.pdf-page')) {
        if (Number(slot.dataset.pageNumber) < 10) continue;
        slot.scrollIntoView({ block: 'start', behavior: 'instant' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
    });
    const later = await settle(pagesWithHighlights, (found) => Math.max(...found.pages) >= 10);
    expect(Math.max(...later.pages)).toBeGreaterThanOrEqual(10);

    await tab.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save to library')!.click());
    const toast = await settle(() => tab.evaluate(() => document.querySelector('defense-innovation-lens-toast')?.shadowRoot?.querySelector('.toast')?.textContent ?? ''), (t) => t !== '');
    // Firefox's printed PDF carries no title: the file's name stands in.
    expect(toast).toMatch(/^Saved to your library: “nwcr” \(\d+ mentions\)/);
    const saved = await tab.evaluate(
      (url) =>
        new Promise<{ pages: (number | undefined)[]; fingerprint?: string }>((resolve, reject) => {
          const request = indexedDB.open('defense-innovation-lens');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const get = request.result.transaction('articles').objectStore('articles').get(url);
            get.onsuccess = () => resolve({ pages: get.result.mentions.map((m: { page?: number }) => m.page), fingerprint: get.result.pdf?.fingerprint });
          };
        }),
      target,
    );
    expect(saved.fingerprint).toBeTruthy();
    expect(saved.pages.every((p) => typeof p === 'number' && p >= 1)).toBe(true);
    expect(Math.max(...(saved.pages as number[]))).toBeGreaterThanOrEqual(10);
  });
});
