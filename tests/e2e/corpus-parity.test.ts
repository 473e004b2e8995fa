import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateCorpus, corpusFiles } from '../../scripts/corpus/evaluate-corpus';
import { BUNDLE_FILE } from '../../scripts/read-entity-files';
import { DatasetBundleSchema } from '../../utils/dataset/schema';
import { textArticlePage } from '../../utils/evaluation/corpus-article';
import { surfaceKey } from '../../utils/evaluation/gold';
import { recordMeasurement, useExtensionBrowser } from '../support/e2e-context';
import { readHighlights } from '../support/page-highlights';

// The eval CLI must report, for a page, exactly what the browser highlights on it: every article of the
// real-article corpus is opened in Chromium with the built extension (a .txt as the page it stands
// for, an .html as it is) and its highlights compared with the CLI's mentions.
const CORPUS = path.resolve(import.meta.dirname, '..', 'fixtures', 'corpus-real');
const SPLITS = ['dev', 'test', 'pages/dev', 'pages/test'];
const pagesDir = mkdtempSync(path.join(os.tmpdir(), 'dil-corpus-pages-'));
const bundle = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));

interface Expected {
  page: string;
  mentions: string[];
}
const expected: Expected[] = SPLITS.flatMap((split) => {
  const folder = path.join(CORPUS, split);
  mkdirSync(path.join(pagesDir, split), { recursive: true });
  for (const file of corpusFiles(folder)) {
    const content = readFileSync(path.join(folder, file), 'utf8');
    const page = file.endsWith('.txt') ? textArticlePage(content) : content;
    writeFileSync(path.join(pagesDir, split, file.replace(/\.txt$/, '.html')), page);
  }
  return annotateCorpus(folder, bundle).map(({ article, mentions }) => ({
    page: `${split}/${article.file.replace(/\.txt$/, '.html')}`,
    mentions: mentions.map((m) => `${m.category} ${surfaceKey(m.surface)}`).sort(),
  }));
});

const e2e = useExtensionBrowser(pagesDir);

describe('the eval CLI and the built extension agree', () => {
  // About a quarter of a second a page, 1.5 s for a page the CLI finds nothing on: minutes for the whole corpus.
  it(`highlight the same mentions on all ${expected.length} corpus articles`, { timeout: 360_000 }, async () => {
    const started = Date.now();
    const page = await e2e.browser.context.newPage();
    const disagreements: { page: string; cli: string[]; browser: string[] }[] = [];
    for (const { page: file, mentions } of expected) {
      await page.goto(e2e.url(file));
      const read = async () => (await readHighlights(page)).map((m) => `${m.category} ${surfaceKey(m.text)}`).sort();
      // Poll until the page shows what the CLI says (or time runs out); a page the CLI finds nothing on
      // gets time to prove it stays plain.
      let browser = await read();
      const deadline = Date.now() + (mentions.length === 0 ? 1_500 : 8_000);
      while (Date.now() < deadline && (mentions.length === 0 || JSON.stringify(browser) !== JSON.stringify(mentions))) {
        await page.waitForTimeout(150);
        browser = await read();
      }
      if (JSON.stringify(browser) !== JSON.stringify(mentions)) disagreements.push({ page: file, cli: mentions, browser });
    }
    await page.close();
    recordMeasurement('corpus parity: articles compared, seconds', { articles: expected.length, seconds: (Date.now() - started) / 1000 });
    expect(expected.reduce((n, e) => n + e.mentions.length, 0)).toBeGreaterThan(300);
    if (disagreements.length) console.log(JSON.stringify(disagreements.map((d) => ({ page: d.page, onlyCli: d.cli.filter((m) => !d.browser.includes(m)), onlyBrowser: d.browser.filter((m) => !d.cli.includes(m)) }))));
    expect(disagreements).toEqual([]);
  });
});
