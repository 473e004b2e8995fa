import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../support/e2e-context';
import { type FirefoxWithExtension, firefoxHighlights, launchFirefoxWithExtension } from '../support/launch-firefox';
import { serveFolder } from '../support/static-server';

// The built Firefox extension in Debian's Firefox ESR: the same pages and expectations as in Chromium.
let firefox: FirefoxWithExtension;
let pages: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  pages = await serveFolder(PAGES_DIR);
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await firefox?.close();
  await pages?.close();
});

async function open(file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(pages.url(file));
  return page;
}

/** Polls until `read` returns what `expected` says (or the time is up), then returns the last value. */
async function settle<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

const includesAll = (names: string[]) => (found: string[]) => names.every((n) => found.includes(n));

describe('Firefox ESR', () => {
  it.each([
    ['seed-000.html', ['DIANA', 'NATO Innovation Fund', 'Project Maven', 'TEKEVER', 'Palantir', 'ARX Robotics', 'Space Forge', 'AI', 'quantum sensing']],
    ['seed-001.html', ['DIANA', 'NATO Innovation Fund', 'DARPA', 'Airbus', 'Lockheed Martin', 'artificial intelligence']],
  ])('highlights the expected names on %s', async (file, names) => {
    const page = await open(file);
    const found = await settle(() => firefoxHighlights(page), includesAll(names));
    expect(found).toEqual(expect.arrayContaining(names));
    expect(found).not.toContain('NATO');
    await page.close();
  });

  it('opens a card with the name and summary on hover', async () => {
    const page = await open('seed-000.html');
    await settle(() => firefoxHighlights(page), includesAll(['TEKEVER']));
    const point = await page.evaluate(() => {
      for (const range of (CSS.highlights.get('defense-innovation-lens-firm') as unknown as Iterable<Range>) ?? []) {
        if (range.toString() !== 'TEKEVER') continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = await settle(
      () => page.evaluate(() => document.querySelector('defense-innovation-lens-card')?.shadowRoot?.querySelector('.card')?.textContent ?? ''),
      (text) => text.includes('TEKEVER'),
    );
    expect(card).toContain('TEKEVER');
    expect(card).toMatch(/drone/i);
    await page.close();
  });

  it.each([
    ['line-break-names.html', ['ARXRobotics', 'European DefenceFund', 'NATO Innovation\nFund']],
    ['replaced-body.html', ['DIANA', 'NATO Innovation Fund', 'TEKEVER', 'quantum sensing']],
  ])('handles %s as Chromium does', async (file, names) => {
    const page = await open(file);
    const found = await settle(() => firefoxHighlights(page), (f) => JSON.stringify(f) === JSON.stringify([...names].sort()));
    expect(found).toEqual([...names].sort());
    await page.close();
  });

  it('highlights text revealed by opening a <details>', async () => {
    const page = await open('revealed-text.html');
    await settle(() => firefoxHighlights(page), includesAll(['DIANA']));
    expect(await firefoxHighlights(page)).toEqual(['DIANA']);
    await page.evaluate(() => {
      (document.getElementById('details') as HTMLDetailsElement).open = true;
    });
    const found = await settle(() => firefoxHighlights(page), includesAll(['Helsing', 'European Defence Fund']), 3_000);
    expect(found).toEqual(['DIANA', 'European Defence Fund', 'Helsing']);
    await page.close();
  });

  it('keeps up with an infinite-scroll feed', async () => {
    const page = await open('dynamic-infinite-scroll.html');
    const names = ['NATO Innovation Fund', 'TEKEVER', 'DARPA', 'Palantir', 'European Defence Fund', 'ARX Robotics', 'Space Forge', 'DIANA'];
    const found = await settle(() => firefoxHighlights(page), includesAll(names));
    expect(found).toEqual(expect.arrayContaining(names));
    await page.close();
  });
});
