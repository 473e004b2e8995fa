// npm start — opens Debian's Chromium with the built extension on the demo pages (served on
// 127.0.0.1). Without a display it runs headless: hovers the first highlight, saves a screenshot
// and prints the mentions it found.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/support/launch-extension';
import { pointOfHighlight, readHighlights, waitForHighlights } from '../tests/support/page-highlights';
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

const counts = new Map<string, number>();
for (const m of await readHighlights(page)) counts.set(`${m.category}\t${m.text}`, (counts.get(`${m.category}\t${m.text}`) ?? 0) + 1);
console.log(`Defense Innovation Lens (headless demo) on ${server.url('seed-000.html')}`);
console.log(`${mentions.length} mentions highlighted:`);
for (const [key, count] of [...counts].sort()) {
  const [category, text] = key.split('\t');
  console.log(`  ${category!.padEnd(8)} ${text}${count > 1 ? `  ×${count}` : ''}`);
}
console.log(`Hovered "${first?.text}": card shows "${cardTitle}".`);
console.log(`Screenshot: ${path.relative(process.cwd(), screenshot)}`);
await browser.close();
await server.close();
