import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from '../support/e2e-context';
import { hoverHighlight, waitForHighlights } from '../support/page-highlights';

const e2e = useExtensionBrowser();
const CARD = 'defense-innovation-lens-card';

describe('cards that fit', () => {
  it('shows the summary, key facts, why it is highlighted and the corrections without scrolling, in a 1280×800 window', async () => {
    const page = await e2e.open('cards-and-keys.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForHighlights(page);
    for (const name of ['NATO Innovation Fund', 'TEKEVER']) {
      const card = await hoverHighlight(page, name);
      await card.locator('.card__actions').waitFor();
      const layout = await page.locator(`${CARD} .frame`).evaluate((frame) => {
        const box = frame.getBoundingClientRect();
        const within = (selector: string) => {
          const element = frame.querySelector(selector);
          if (!element) return null;
          const r = element.getBoundingClientRect();
          return r.top >= box.top && r.bottom <= box.bottom && r.bottom <= innerHeight && r.top >= 0;
        };
        return {
          scrollTop: frame.scrollTop,
          inView: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
          summary: within('.card__summary'),
          facts: within('.card__facts'),
          why: within('.card__why'),
          actions: within('.card__actions'),
          factsShown: frame.querySelectorAll('.card > .card__facts .card__fact').length,
          sourcesFolded: frame.querySelector('.card__sources')?.closest('details')?.open === false,
        };
      });
      expect(layout, name).toEqual({ scrollTop: 0, inView: true, summary: true, facts: true, why: true, actions: true, factsShown: expect.any(Number), sourcesFolded: true });
      expect(layout.factsShown).toBeLessThanOrEqual(3);
      // The pin button says what it does.
      expect(await card.locator('.card__pin').textContent()).toBe('Pin');
      await page.keyboard.press('Escape');
    }
    // A card opened from the headline leaves the headline's text uncovered, wherever the name sits in it.
    for (const name of ['NATO Innovation Fund', 'TEKEVER']) {
      await hoverHighlight(page, name);
      const overlap = await page.evaluate((card) => {
        const frame = document.querySelector(card)!.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(document.getElementById('headline')!);
        return [...text.getClientRects()].some((line) => frame.left < line.right && frame.right > line.left && frame.top < line.bottom && frame.bottom > line.top);
      }, CARD);
      expect(overlap, name).toBe(false);
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 700);
    }
    await page.close();
  });

  it('closes the card as soon as keyboard focus moves on, however fast, and never places one off-screen', async () => {
    const page = await e2e.open('cards-and-keys.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForHighlights(page);
    await page.locator('#links a').first().focus();
    await page.locator(`${CARD} .card__title`).waitFor();
    // Tab through the rest of the links and on to the last one, without pausing.
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('last');
    // At once, not after the hover grace period (300 ms).
    await page.waitForTimeout(50);
    const state = await page.evaluate((card) => {
      const host = document.querySelector(card);
      const frame = host?.shadowRoot?.querySelector('.frame')?.getBoundingClientRect();
      return { open: Boolean(host?.isConnected && frame && frame.height > 0), top: frame?.top ?? null };
    }, CARD);
    expect(state).toEqual({ open: false, top: null });
    await page.close();
  });
});
