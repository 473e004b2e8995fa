// npm start — opens Debian's Chromium with the built extension on the demo pages (served on
// 127.0.0.1). Without a display it runs headless: hovers the first highlight, saves a screenshot
// and prints the mentions it found.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/support/launch-extension';
import { pointOfHighlight, waitForHighlights } from '../tests/support/page-highlights';
import { serveFolder } from '../tests/support/static-server';
import { ROOT } from './read-entity-files';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = await serveFolder(path.join(ROOT, 'tests', 'fixtures', 'pages'));
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(server.url('seed-000.html'));
const mentions = await waitForHighlights(page);

if (!headless) {
  const index = await browser.context.newPage();
  await index.goto(server.url('index.html'));
  await page.bringToFront();
  console.log(`Chromium is open with Defense Innovation Lens loaded on ${server.url('seed-000.html')}.`);
  console.log(`More demo pages: ${server.url('index.html')}. Close the browser window to stop.`);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  await server.close();
  process.exit(0);
}

const first = await pointOfHighlight(page).catch(() => null);
const outDir = path.join(ROOT, 'test-results');
mkdirSync(outDir, { recursive: true });
let cardTitle = '(no card)';
if (first) {
  await page.mouse.move(first.x, first.y);
  const card = page.locator('defense-innovation-lens-card .card__title');
  await card.waitFor({ timeout: 5_000 });
  cardTitle = (await card.textContent()) ?? '';
}
const screenshot = path.join(outDir, 'demo.png');
await page.screenshot({ path: screenshot });

// Entities by name, as the popup lists them (the page's words differ: "Palantir", "Palantir Technologies").
const tabId = await browser.serviceWorker.evaluate(async () => {
  const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
  return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!;
});
const popup = await browser.context.newPage();
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
const rows = popup.locator('li.entity-row');
await rows.first().waitFor({ timeout: 10_000 });
const entities = await popup.locator('section[aria-label="On this page"] h2').evaluateAll((headings) =>
  headings.flatMap((heading) => {
    const list = heading.nextElementSibling;
    return Array.from(list?.querySelectorAll('li.entity-row') ?? [], (row) => ({
      category: heading.textContent ?? '',
      name: row.querySelector('button.linkish')?.textContent ?? '',
      count: row.querySelector('.stepper .muted:last-of-type')?.textContent ?? '',
    }));
  }),
);
await popup.close();
console.log(`Defense Innovation Lens (headless demo) on ${server.url('seed-000.html')}`);
console.log(`${mentions.length} mentions highlighted, ${entities.length} entities:`);
for (const { category, name, count } of entities) console.log(`  ${category.padEnd(26)} ${name}${count !== '1' ? `  ×${count}` : ''}`);
console.log(`Hovered "${first?.text}": card shows "${cardTitle}".`);
console.log(`Screenshot: ${path.relative(process.cwd(), screenshot)}`);
await browser.close();
await server.close();
