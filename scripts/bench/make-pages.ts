import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { type Random, seededRandom } from './prng';

/**
 * Benchmark pages built from the seed articles, repeated as needed, with the markup of a news
 * site: navigation, headings, paragraphs with links, bold and italics, lists, tables, quotes, an
 * aside and a footer. Inline markup only ever wraps whole words, so names can straddle elements
 * (`NATO <b>Innovation</b> Fund`) as they do on real pages.
 */
export interface BenchPage {
  id: string;
  label: string;
  file: string;
  html: string;
  /** Words of visible text the generator emitted (the aim, before the browser reads it back). */
  words: number;
}

export const SEEDS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

export function readSeedParagraphs(dir = SEEDS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split('\n'))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /\p{L}/u.test(line));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Wraps a few runs of whole words in links, bold or italics. */
export function inlineMarkup(text: string, random: Random): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const roll = random.next();
    const span = random.int(1, 4);
    const run = words.slice(i, i + span).map(escapeHtml).join(' ');
    if (roll < 0.035) out.push(`<a href="https://news.example/topic/${i}">${run}</a>`);
    else if (roll < 0.05) out.push(`<strong>${run}</strong>`);
    else if (roll < 0.06) out.push(`<em>${run}</em>`);
    else {
      out.push(escapeHtml(words[i]!));
      i += 1;
      continue;
    }
    i += span;
  }
  return out.join(' ');
}

const SHELL_TOP = (title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
  nav, footer { font: 14px system-ui, sans-serif; background: #0b2545; color: #fff; padding: 10px 24px; }
  nav a, footer a { color: #fff; margin-right: 16px; }
  main { display: flex; gap: 32px; max-width: 1080px; margin: 0 auto; padding: 24px; }
  article { flex: 1; min-width: 0; }
  aside { width: 260px; font: 15px system-ui, sans-serif; }
  .byline { color: #555; font: 14px system-ui, sans-serif; }
  table { border-collapse: collapse; margin: 16px 0; font: 15px system-ui, sans-serif; }
  td, th { border: 1px solid #ccd; padding: 4px 8px; }
  blockquote { border-left: 4px solid #0b2545; margin: 16px 0; padding-left: 16px; color: #333; }
</style>
</head>
<body>
<header><nav><a href="/">Home</a><a href="/defense">Defense</a><a href="/technology">Technology</a><a href="/europe">Europe</a><a href="/opinion">Opinion</a><a href="/newsletters">Newsletters</a></nav></header>
<main>
`;

const SHELL_BOTTOM = `<aside><h3>Most read</h3><ul>
<li><a href="/a1">Europe’s drone start-ups race to scale production</a></li>
<li><a href="/a2">What the NATO Innovation Fund backs next</a></li>
<li><a href="/a3">The quiet rise of dual-use venture capital</a></li>
</ul></aside>
</main>
<footer><p>© 2026 Defense News Example. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact</a></p></footer>
</body>
</html>
`;

/** An article of about `targetWords` words: the seed paragraphs in order, cycled. */
export function articlePage(id: string, label: string, targetWords: number, paragraphs: readonly string[], seed: number): BenchPage {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let words = 0;
  const emit = (html: string, text: string) => {
    parts.push(html);
    words += countWords(text);
  };
  const headline = 'NATO and Europe’s race to scale defense innovation';
  emit(`<article>\n<h1>${escapeHtml(headline)}</h1>\n`, headline);
  emit('<p class="byline">By <a href="/authors/staff">Staff Writer</a> · 22 November 2026 · 12 min read</p>\n', 'By Staff Writer · 22 November 2026 · 12 min read');
  for (let n = 0; words < targetWords; n += 1) {
    let text = paragraphs[n % paragraphs.length]!;
    const left = targetWords - words;
    if (countWords(text) > left) text = text.split(' ').slice(0, Math.max(left, 1)).join(' ');
    const sentences = text.split(/(?<=[.!?])\s+/);
    const shape = random.next();
    if (countWords(text) <= 10) {
      emit(`<h2>${escapeHtml(text)}</h2>\n`, text);
    } else if (shape < 0.07 && sentences.length >= 2) {
      emit(`<ul>\n${sentences.map((s) => `<li>${inlineMarkup(s, random)}</li>`).join('\n')}\n</ul>\n`, text);
    } else if (shape < 0.11 && countWords(text) >= 12) {
      // A data table: the paragraph's words split into cells, with a caption, as in news sidebars.
      const cells = text.split(' ');
      const perCell = Math.max(2, Math.ceil(cells.length / 12));
      const rows: string[] = [];
      for (let i = 0; i < cells.length; i += perCell * 3) {
        const row: string[] = [];
        for (let c = i; c < Math.min(i + perCell * 3, cells.length); c += perCell) row.push(`<td>${inlineMarkup(cells.slice(c, c + perCell).join(' '), random)}</td>`);
        rows.push(`<tr>${row.join('')}</tr>`);
      }
      emit(`<table><caption>Key figures</caption>\n<thead><tr><th>Item</th><th>Detail</th><th>Note</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>\n`, `Key figures Item Detail Note ${text}`);
    } else if (shape < 0.13) {
      emit(`<blockquote><p>${inlineMarkup(text, random)}</p></blockquote>\n`, text);
    } else {
      emit(`<p>${inlineMarkup(text, random)}</p>\n`, text);
    }
  }
  parts.push('</article>\n');
  return { id, label, file: `${id}.html`, html: SHELL_TOP(headline) + parts.join('') + SHELL_BOTTOM, words };
}

/**
 * A page of many small nodes (a data grid, a comment thread, a results list): rows of short cells,
 * each its own block, so per-node and per-block costs dominate rather than text length.
 */
export function manyNodesPage(id: string, label: string, cellCount: number, paragraphs: readonly string[], seed: number): BenchPage {
  const random = seededRandom(seed);
  const words = paragraphs.join(' ').split(' ');
  const rows: string[] = [];
  let wordCount = 0;
  let cursor = 0;
  for (let cell = 0; cell < cellCount; ) {
    const row: string[] = [];
    for (let c = 0; c < 5 && cell < cellCount; c += 1, cell += 1) {
      const size = random.int(1, 3);
      const text = words.slice(cursor, cursor + size).join(' ');
      cursor = (cursor + size) % (words.length - 4);
      wordCount += countWords(text);
      row.push(c === 0 ? `<td><a href="/r/${cell}">${escapeHtml(text)}</a></td>` : `<td>${escapeHtml(text)}</td>`);
    }
    rows.push(`<tr>${row.join('')}</tr>`);
  }
  const title = 'Defense innovation deal tracker';
  const html = `${SHELL_TOP(title)}<article>\n<h1>${title}</h1>\n<table>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n</article>\n${SHELL_BOTTOM}`;
  return { id, label, file: `${id}.html`, html, words: wordCount };
}

/** Paragraphs appended by the mutation workload: the article paragraphs, with inline markup. */
export function appendedParagraphs(count: number, paragraphs: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const long = paragraphs.filter((p) => countWords(p) > 10);
  return Array.from({ length: count }, (_, i) => `<p>${inlineMarkup(long[i % long.length]!, random)}</p>`);
}

/** Everyday prose with nothing the dataset knows: what most pages a reader opens look like. */
const PLAIN_PARAGRAPHS = [
  'The bakery on the corner opens at seven, and by eight the queue reaches the flower stall next door.',
  'Most regulars order the same loaf every morning, a dark rye with caraway that the owner learned to bake from her grandmother.',
  'In spring the market square fills with seedlings, and gardeners argue about tomatoes, beans and the best time to plant them.',
  'A small library near the river lends books, board games and sewing machines, and its reading room stays warm all winter.',
  'On Saturdays a choir rehearses in the old school hall, and passers-by often stop at the open windows to listen.',
  'The town council is debating new benches for the park, a longer bus route to the hospital and brighter lamps along the canal path.',
  'Children learn to swim at the public pool, where the lifeguards keep a whistle, a clipboard and endless patience.',
  'Autumn brings the apple festival, with cider presses, pie contests and a parade of tractors decorated with ribbons.',
];

/** A page of about `targetWords` words of everyday prose in a plain layout: no names, no news furniture. */
export function plainPage(id: string, label: string, targetWords: number): BenchPage {
  const parts: string[] = [];
  let words = 0;
  for (let n = 0; words < targetWords; n += 1) {
    const text = PLAIN_PARAGRAPHS[n % PLAIN_PARAGRAPHS.length]!;
    parts.push(`<p>${escapeHtml(text)}</p>`);
    words += countWords(text);
  }
  const html = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Around town</title></head>\n<body><h1>Around town this week</h1>\n${parts.join('\n')}\n</body></html>\n`;
  return { id, label, file: `${id}.html`, html, words };
}
