import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../support/launch-extension';
import { hoverHighlight, waitForHighlights } from '../support/page-highlights';
import { serveFolder } from '../support/static-server';

const PAGES = path.resolve(import.meta.dirname, '..', 'fixtures', 'pages');
export const ARTIFACTS = path.resolve(import.meta.dirname, '..', '..', 'test-results');

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveFolder(PAGES);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(file));
  return page;
}

const texts = (mentions: { category: string; text: string }[], category: string) =>
  new Set(mentions.filter((m) => m.category === category).map((m) => m.text));

describe('seed articles in Chromium with the built extension', () => {
  it.each([
    ['seed-000.html', { program: ['DIANA', 'NATO Innovation Fund', 'Project Maven'], firm: ['TEKEVER', 'Palantir', 'ARX Robotics', 'Space Forge', 'Vsquared', 'OTB Ventures'], edt: ['AI', 'quantum sensing'] }],
    ['seed-001.html', { program: ['DIANA', 'NATO Innovation Fund', 'DARPA'], firm: ['Airbus', 'Lockheed Martin'], edt: ['artificial intelligence', 'quantum'] }],
    ['seed-002.html', { program: ['European Defence Fund', 'IRIS²', 'European Innovation Council', 'European Chips Act'], firm: [], edt: ['semiconductor'] }],
  ])('%s: highlights the programs, firms and EDT areas it names', async (file, expected) => {
    const page = await open(file);
    const mentions = await waitForHighlights(page);
    for (const category of ['program', 'firm', 'edt'] as const) {
      const seen = texts(mentions, category);
      for (const name of expected[category]) expect(seen, `${file}: ${category} "${name}"`).toContain(name);
    }
    await page.close();
  });

  it('shows a card with name, summary and sources on hover, and closes it on Esc', async () => {
    const page = await open('seed-000.html');
    await waitForHighlights(page);
    const card = await hoverHighlight(page, 'TEKEVER');
    await expect.poll(() => card.locator('.card__title').textContent()).toBe('TEKEVER');
    expect(await card.locator('.card__category').textContent()).toBe('Firm / investor');
    expect((await card.locator('.card__summary').textContent())?.length).toBeGreaterThan(40);
    expect(await card.locator('.card__sources li').count()).toBeGreaterThan(0);
    for (const href of await card.locator('.card__sources a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href.startsWith('https:')).toBe(true);
    }
    // The card's frame (which scrolls when the card is long) stays inside the 1280×900 viewport.
    const box = await page.locator('defense-innovation-lens-card .frame').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await page.screenshot({ path: path.join(ARTIFACTS, 'seed-000-card.png') });

    // Moving into the card keeps it open.
    await page.mouse.move(box!.x + 20, box!.y + 20, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await card.isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 2_000 });
    await page.close();
  });

  it('closes the card when the pointer leaves the mention and the card', async () => {
    const page = await open('seed-000.html');
    await waitForHighlights(page);
    const card = await hoverHighlight(page, 'Palantir');
    expect(await card.locator('.card__title').textContent()).toContain('Palantir');
    await page.mouse.move(5, 5, { steps: 3 });
    await card.waitFor({ state: 'detached', timeout: 3_000 });
    await page.close();
  });

  it('lets a keyboard user step to a mention, read its card and close it', async () => {
    const page = await open('seed-002.html');
    await waitForHighlights(page);
    await page.keyboard.press('Alt+Shift+Period');
    const card = page.locator('defense-innovation-lens-card .card');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    const focused = await page.evaluate(() => {
      const host = document.querySelector('defense-innovation-lens-card');
      return host?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? null;
    });
    expect(focused).toBe('Close card');
    // Tab and Shift+Tab go round the card's controls and never leave it while it is open.
    const inCard = () =>
      page.evaluate(() => {
        const host = document.querySelector('defense-innovation-lens-card');
        const active = host?.shadowRoot?.activeElement;
        return document.activeElement === host && active ? (active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30) ?? active.tagName) : null;
      });
    const controls = await page.evaluate(() => {
      const frame = document.querySelector('defense-innovation-lens-card')!.shadowRoot!.querySelector('.frame')!;
      return [...frame.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), summary')].filter((e) => e.checkVisibility()).length;
    });
    expect(controls).toBeGreaterThan(2);
    const seen: (string | null)[] = [];
    for (let i = 0; i < controls + 2; i += 1) {
      await page.keyboard.press('Tab');
      seen.push(await inCard());
    }
    expect(seen).not.toContain(null);
    // Round once: the control after the last is the first (the close button) again.
    expect(seen[controls - 1]).toBe('Close card');
    // Shift+Tab from the first control goes round to the last one.
    const lastLabel = await page.evaluate(() => {
      const root = document.querySelector('defense-innovation-lens-card')!.shadowRoot!;
      const shown = [...root.querySelectorAll<HTMLElement>('.frame a[href], .frame button:not([disabled]), .frame summary')].filter((e) => e.checkVisibility());
      shown[0]!.focus();
      const last = shown[shown.length - 1]!;
      return last.getAttribute('aria-label') ?? last.textContent?.trim().slice(0, 30) ?? last.tagName;
    });
    await page.keyboard.press('Shift+Tab');
    expect(await inCard()).toBe(lastLabel);
    // A relation opened from the fold: the new card keeps the focus (its close button).
    const opened = await page.evaluate(() => {
      const root = document.querySelector('defense-innovation-lens-card')!.shadowRoot!;
      const fold = root.querySelector<HTMLDetailsElement>('.card__fold');
      if (!fold) return false;
      fold.open = true;
      const relation = root.querySelector<HTMLButtonElement>('.card__relation');
      relation?.focus();
      return relation !== null;
    });
    expect(opened).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(inCard).toBe('Close card');
    // The related entity's card offers no corrections: they would act on the highlight, another entity.
    const related = await page.evaluate(() => {
      const root = document.querySelector('defense-innovation-lens-card')!.shadowRoot!;
      return { why: root.querySelector('.card__why')?.textContent ?? '', corrections: root.querySelectorAll('.card__actions button').length };
    });
    expect(related.why).toMatch(/^Opened from the card of “.+” on this page\.$/);
    expect(related.corrections).toBe(0);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 2_000 });
    await page.close();
  });
});

describe('keyboard focus and the card', () => {
  it('gives the focus back to where it was after stepping through several mentions and closing the card', async () => {
    const page = await open('seed-002.html');
    await waitForHighlights(page);
    await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('a[href]')!;
      link.id = 'start-here';
      link.focus();
    });
    await page.keyboard.press('Alt+Shift+Period');
    const card = page.locator('defense-innovation-lens-card .card');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.press('Alt+Shift+Period');
    await page.waitForTimeout(300);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 2_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-here');
    await page.close();
  });
});

describe('a hostile page', () => {
  it('keeps working: form fields and editable content untouched, our card intact', async () => {
    const page = await open('hostile.html');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const mentions = await waitForHighlights(page);
    expect(mentions.map((m) => m.text).sort()).toEqual(['DIANA', 'NATO Innovation Fund', 'TEKEVER', 'quantum sensing'].sort());
    // Nothing inside input, textarea, contenteditable or code is highlighted, and they are unchanged.
    expect(await page.inputValue('#field')).toBe('DIANA in an input');
    expect(await page.inputValue('#area')).toBe('DIANA in a textarea');
    expect(await page.locator('#editor').innerHTML()).toBe('DIANA in contenteditable');
    expect(await page.locator('#snippet').innerHTML()).toBe('DIANA.init()');
    expect(await page.locator('mark').count()).toBe(0);

    const card = await hoverHighlight(page, 'DIANA');
    expect(await card.locator('.card__title').textContent()).toBe('Defence Innovation Accelerator for the North Atlantic');
    // Page CSS (`* { all: unset }`, rules aimed at our element) does not reach into the card.
    const style = await card.evaluate((element) => {
      const s = getComputedStyle(element);
      return { display: s.display, fontSize: s.fontSize };
    });
    expect(style).toEqual({ display: 'block', fontSize: '14px' });
    const hostDisplay = await page.locator('defense-innovation-lens-card').evaluate((host) => getComputedStyle(host).display);
    expect(hostDisplay).toBe('block');
    await page.screenshot({ path: path.join(ARTIFACTS, 'hostile-card.png') });
    expect(errors.some((e) => e.includes('page listener failure'))).toBe(true);
    await page.close();
  });
});
