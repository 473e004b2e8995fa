// npm run pages:seeds — turns the seed documents (../shared/seeds) into HTML test pages under
// tests/fixtures/pages, with realistic news markup around them (nav, byline, aside, footer).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './read-entity-files';

const SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'seeds');
const OUT_DIR = path.join(ROOT, 'tests', 'fixtures', 'pages');

const SEEDS = [
  { file: '000_6d097f450f755e55.txt', page: 'seed-000.html', title: 'NATO as Europe’s model for scaling technology', site: 'Breaking Defense (op-ed)' },
  { file: '001_b2b6fff996afa785.txt', page: 'seed-001.html', title: 'NATO and Emerging Technologies: The Alliance’s Shifting Approach to Military Innovation', site: 'Naval War College Review 77(2)' },
  { file: '002_893f46c9bc18a74d.txt', page: 'seed-002.html', title: 'Technological sovereignty and Europe’s critical physical infrastructure', site: 'Op-ed' },
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(title: string, site: string, seedFile: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
  nav, footer { font: 14px system-ui, sans-serif; background: #0b2545; color: #fff; padding: 10px 24px; }
  nav a, footer a { color: #fff; margin-right: 16px; }
  main { max-width: 720px; margin: 0 auto; padding: 24px; }
  .byline { color: #555; font: 14px system-ui, sans-serif; }
</style>
</head>
<body>
<nav><a href="#">Home</a><a href="#">Defense</a><a href="#">Technology</a><a href="#">Europe</a></nav>
<main>
<article>
<h1>${escape(title)}</h1>
<p class="byline">${escape(site)} · test page generated from seed document ${escape(seedFile)}</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
</main>
<footer>Test fixture for Defense Innovation Lens.</footer>
</body>
</html>
`;
}

if (!existsSync(SEEDS_DIR)) {
  console.error(`Seed documents not found at ${SEEDS_DIR}`);
  process.exit(1);
}
for (const seed of SEEDS) {
  const text = readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8');
  const paragraphs = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
  writeFileSync(path.join(OUT_DIR, seed.page), page(seed.title, seed.site, seed.file, paragraphs));
  console.log(`Wrote tests/fixtures/pages/${seed.page} (${paragraphs.length} paragraphs)`);
}
