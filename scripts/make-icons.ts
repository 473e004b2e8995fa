// npm run icons — draws the toolbar and store icons (public/icon/<size>.png, and the greyed "off on this
// site" set in public/icon-off/) from the SVG below, rendered by Debian's Chromium. Run it after
// changing the drawing; the PNGs are committed, so builds need no browser.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const ROOT = path.resolve(import.meta.dirname, '..');

/** A lens over a highlighted line: the product in one glyph. `off` draws it in greys. */
function svg(off: boolean): string {
  const bg = off ? '#6b7280' : '#1d4ed8';
  const mark = off ? '#d1d5db' : '#facc15';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="${bg}"/>
  <rect x="22" y="44" width="58" height="18" rx="5" fill="${mark}"/>
  <circle cx="54" cy="54" r="30" fill="none" stroke="#ffffff" stroke-width="12"/>
  <line x1="76" y1="76" x2="104" y2="104" stroke="#ffffff" stroke-width="16" stroke-linecap="round"/>
</svg>`;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const off of [false, true]) {
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg(off).replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = path.join(ROOT, 'public', off ? 'icon-off' : 'icon', `${size}.png`);
      writeFileSync(file, png);
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
  }
} finally {
  await browser.close();
}
