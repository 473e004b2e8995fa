import type { Frame, Page } from 'puppeteer-core';
import { centreOfHighlight, highlightedTexts, placedHighlightTexts } from './highlight-texts';

// What a Firefox test reads from a page, through puppeteer-core over WebDriver BiDi. Playwright's
// locators do not drive Firefox here, so waiting is done by polling.

/** Polls `read` until `ok` accepts its value or the time is up; returns the last value either way. */
export async function settle<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    value = await read();
  }
  return value;
}

export const includesAll = (names: readonly string[]) => (found: readonly string[]) => names.every((n) => found.includes(n));
export const equals = (expected: readonly string[]) => (found: readonly string[]) => JSON.stringify(found) === JSON.stringify(expected);

/** The page's (or frame's) highlighted texts, sorted. */
export const highlightsIn = (target: Page | Frame): Promise<string[]> => target.evaluate(highlightedTexts);

/** `<id of nearest element>:<text>` for each highlight, sorted. */
export const placedIn = (target: Page | Frame): Promise<string[]> => target.evaluate(placedHighlightTexts);

/** The open card's title and text ('' when no card is open). */
export async function openCard(target: Page | Frame): Promise<{ title: string; text: string; visible: boolean }> {
  return target.evaluate(() => {
    const host = document.querySelector('defense-innovation-lens-card');
    const card = host?.shadowRoot?.querySelector('.card');
    const frame = host?.shadowRoot?.querySelector('.frame')?.getBoundingClientRect();
    return {
      title: card?.querySelector('.card__title')?.textContent ?? '',
      text: card?.textContent ?? '',
      visible: Boolean(frame && frame.width > 100 && frame.height > 60 && frame.top >= 0 && frame.bottom <= innerHeight && frame.left >= 0 && frame.right <= innerWidth),
    };
  });
}

/** Waits for a card titled `title`, visible inside the viewport; returns what was last seen. */
export const cardTitled = (target: Page | Frame, title: string, timeoutMs = 5_000) =>
  settle(() => openCard(target), (card) => card.title === title && card.visible, timeoutMs);

/** Moves the pointer onto the first highlight reading `text` (scrolling it into view). */
export async function hover(page: Page, text: string): Promise<void> {
  const point = await page.evaluate(centreOfHighlight, text);
  if (!point) throw new Error(`No highlight reads "${text}"`);
  await page.mouse.move(point.x, point.y);
}

/** Closes the card with Escape and waits until it is gone. */
export async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await settle(() => openCard(page), (card) => card.title === '', 2_000);
  await page.mouse.move(2, 2);
}

/** Presses a key chord such as Alt+Shift+Period (puppeteer presses one key at a time). */
export async function chord(page: Page, ...keys: Parameters<Page['keyboard']['press']>[0][]): Promise<void> {
  for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
  await page.keyboard.press(keys.at(-1)!);
  for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
}
