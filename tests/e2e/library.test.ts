import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ARTIFACTS_DIR, useExtensionBrowser } from '../support/e2e-context';
import { launchWithExtension } from '../support/launch-extension';
import { hoverHighlight, readSavedArticles, waitForHighlights } from '../support/page-highlights';

const e2e = useExtensionBrowser();

describe('saving and finding articles', () => {
  it('saves with the shortcut, finds it by a misspelled query, reads it with cards, exports and re-imports it elsewhere', async () => {
    const page = await e2e.open('seed-000.html');
    await waitForHighlights(page);
    await page.keyboard.press('Alt+Shift+S');
    const toast = page.locator('defense-innovation-lens-toast .toast');
    await toast.waitFor({ timeout: 10_000 });
    expect(await toast.textContent()).toMatch(/^Saved to your library: “.*scaling technology.*” \(\d+ mentions?\)Open in library$/);

    // The confirmation's button opens the library on that article, in a new tab.
    const [opened] = await Promise.all([e2e.browser.context.waitForEvent('page'), toast.getByRole('button', { name: 'Open in library' }).click()]);
    await opened.waitForURL(/library\.html#article:/);
    await opened.locator('.reader-body p').first().waitFor();
    expect(await opened.locator('main').textContent()).toContain('scaling technology');
    await opened.close();

    const library = await e2e.browser.context.newPage();
    await library.goto(`chrome-extension://${e2e.browser.extensionId}/library.html`);
    await library.getByRole('searchbox', { name: 'Search the library' }).fill('scalng technolgy');
    const item = library.locator('.article h2 a');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('scaling technology');
    const chips = await library.locator('.article .chip').allTextContents();
    expect(chips).toEqual(expect.arrayContaining(['NATO Innovation Fund', 'Defence Innovation Accelerator for the North Atlantic']));
    // What was saved is what the page highlighted: institutions (NATO) are context there, so not here either.
    expect(chips).not.toContain('North Atlantic Treaty Organization');
    await library.screenshot({ path: path.join(ARTIFACTS_DIR, 'library.png') });

    // Reader view: highlights and the same cards as on the web.
    await item.click();
    await library.locator('.reader-body p').first().waitFor();
    await library.waitForFunction(() => (CSS.highlights.get('defense-innovation-lens-firm')?.size ?? 0) > 0);
    const card = await hoverHighlight(library, 'TEKEVER');
    expect(await card.locator('.card__title').textContent()).toBe('TEKEVER');
    await library.screenshot({ path: path.join(ARTIFACTS_DIR, 'library-reader.png') });
    await library.keyboard.press('Escape');

    // Hand-offs: a note with front matter for Obsidian, citations for reference managers.
    const fetchDownload = async (button: string) => {
      const [file] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: button, exact: true }).click()]);
      const target = path.join(ARTIFACTS_DIR, file.suggestedFilename());
      await file.saveAs(target);
      return { name: file.suggestedFilename(), text: readFileSync(target, 'utf8') };
    };
    const obsidian = await fetchDownload('Export to Obsidian');
    expect(obsidian.name).toMatch(/scaling technology\.md$/);
    const front = parseYaml(obsidian.text.split(/^---$/m)[1]!) as Record<string, unknown>;
    expect(front).toMatchObject({ url: expect.stringContaining('/seed-000.html'), source: 'Defense Innovation Lens' });
    expect(front.firms).toEqual(expect.arrayContaining(['TEKEVER', 'ARX Robotics']));
    expect(front.programs).toEqual(expect.arrayContaining(['NATO Innovation Fund']));

    // An entity's view: articles and mentions per month of publication, with labelled axes, and the
    // entities mentioned with it as bars that open their own view.
    await library.goto(`chrome-extension://${e2e.browser.extensionId}/library.html#entity:tekever`);
    const timeline = library.getByRole('group', { name: /Articles and mentions of TEKEVER per month of publication/ });
    await timeline.locator('svg').first().waitFor();
    const axisText = await timeline.locator('svg text').allTextContents();
    expect(axisText.join(' ')).toMatch(/Month of publication/);
    expect(axisText.join(' ')).toMatch(/Count/);
    expect(await timeline.locator('svg rect').count()).toBeGreaterThanOrEqual(2);
    const co = library.getByRole('group', { name: 'Entities most often mentioned in the same articles' });
    const bar = co.locator('svg a').first();
    await bar.waitFor();
    const link = await bar.evaluate((a) => ({ href: a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '', label: a.querySelector('title')?.textContent ?? '' }));
    expect(link.href).toMatch(/^#entity:/);
    const target = decodeURIComponent(link.href.slice('#entity:'.length));
    const label = link.label;
    await bar.click();
    await expect.poll(() => library.evaluate(() => decodeURIComponent(location.hash))).toBe(`#entity:${target}`);
    await library.getByRole('heading', { name: label.split(':')[0]!, level: 2 }).waitFor();
    await library.screenshot({ path: path.join(ARTIFACTS_DIR, 'library-entity.png') });

    // Export everything as JSON…
    await library.goto(`chrome-extension://${e2e.browser.extensionId}/library.html`);
    const [downloadEvent] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export JSON' }).click()]);
    const exportPath = path.join(ARTIFACTS_DIR, 'library-export.json');
    await downloadEvent.saveAs(exportPath);
    const exported = JSON.parse(readFileSync(exportPath, 'utf8'));
    expect(exported.articles).toHaveLength(1);
    const mentions = exported.articles[0].mentions.map((m: { entityId: string; start: number }) => `${m.entityId}@${m.start}`);
    expect(mentions.length).toBeGreaterThan(20);
    const [cslDownload] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export CSL-JSON' }).click()]);
    await cslDownload.saveAs(path.join(ARTIFACTS_DIR, 'library.csl.json'));
    const [csl] = JSON.parse(readFileSync(path.join(ARTIFACTS_DIR, 'library.csl.json'), 'utf8'));
    expect(csl).toMatchObject({ title: exported.articles[0].title, URL: exported.articles[0].url });
    expect(csl.keyword).toContain('TEKEVER');
    const [risDownload] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export RIS' }).click()]);
    await risDownload.saveAs(path.join(ARTIFACTS_DIR, 'library.ris'));
    const ris = readFileSync(path.join(ARTIFACTS_DIR, 'library.ris'), 'utf8');
    expect(ris).toMatch(/^TY {2}- (NEWS|ELEC)\r?$/m);
    expect(ris).toContain(`TI  - ${exported.articles[0].title}`);
    expect(ris).toMatch(/^KW {2}- TEKEVER\r?$/m);
    expect(ris).toMatch(/^ER {2}- ?\r?$/m);

    // …and import it into a fresh browser profile: same article, same mentions.
    const other = await launchWithExtension();
    try {
      const fresh = await other.context.newPage();
      await fresh.goto(`chrome-extension://${other.extensionId}/library.html`);
      await fresh.getByText('0 saved article(s)').waitFor();
      await fresh.getByLabel('Import a library export').setInputFiles(exportPath);
      await fresh.getByText('Imported: 1 added, 0 updated, 0 unchanged.').waitFor({ timeout: 10_000 });
      const stored = await readSavedArticles(other.serviceWorker);
      const [article] = stored as { title: string; mentions: { entityId: string; start: number }[] }[];
      expect(article?.title).toBe(exported.articles[0].title);
      expect(article?.mentions.map((m) => `${m.entityId}@${m.start}`)).toEqual(mentions);
      // A malformed file is refused and changes nothing.
      const broken = path.join(ARTIFACTS_DIR, 'broken-export.json');
      await import('node:fs').then((fs) => fs.writeFileSync(broken, '{"format":"defense-innovation-lens/library","version":1,"exportedAt":"x","articles":[{"url":"nope"}]}'));
      await fresh.getByLabel('Import a library export').setInputFiles(broken);
      await fresh.getByText(/Import refused, library unchanged/).waitFor();
      expect(await fresh.locator('.article').count()).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe('an error page', () => {
  it('is not saved: the reader is told the page answered 404, and the library is unchanged', async () => {
    const before = (await readSavedArticles(e2e.browser.serviceWorker)).length;
    const page = await e2e.open('no-such-article.html');
    // The page's content script is up (it answers the save command) before the key is pressed.
    await page.waitForFunction(() => document.readyState === 'complete');
    const toast = page.locator('defense-innovation-lens-toast .toast');
    await expect
      .poll(async () => {
        await page.keyboard.press('Alt+Shift+S');
        return toast.isVisible();
      }, { timeout: 10_000 })
      .toBe(true);
    expect(await toast.textContent()).toMatch(/^Not saved: this page answered 404 \(an error page, not the article\)/);
    expect((await readSavedArticles(e2e.browser.serviceWorker)).length).toBe(before);
    await page.close();
  });
});

describe('a hostile page saved to the library', () => {
  it('keeps page markup payloads as text in the library list and reader view, and drops its scripts and javascript: links', async () => {
    const page = await e2e.open('hostile/payloads.html');
    await waitForHighlights(page);
    await page.keyboard.press('Alt+Shift+S');
    await page.locator('defense-innovation-lens-toast .toast').waitFor({ timeout: 10_000 });
    await page.close();

    const library = await e2e.browser.context.newPage();
    await library.goto(`chrome-extension://${e2e.browser.extensionId}/library.html`);
    await library.locator('.article h2 a', { hasText: 'DIANA <script>' }).click();
    const reader = library.locator('.reader-body');
    await reader.locator('p').first().waitFor();
    expect(await reader.textContent()).toContain('DIANA <img src=x onerror=window.__pwned=1> picked start-ups.');
    expect(await reader.locator('img, script, svg, iframe, [onerror], [onload], [onclick]').count()).toBe(0);
    const hrefs = await reader.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => href && !/^https?:/i.test(href))).toEqual([]);
    await library.waitForFunction(() => (CSS.highlights.get('defense-innovation-lens-program')?.size ?? 0) > 0);
    expect(await library.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await library.close();
  });
});
