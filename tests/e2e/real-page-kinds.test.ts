import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from '../support/e2e-context';
import { highlightTreeKinds, highlightedTexts, placedHighlightTexts } from '../support/highlight-texts';
import { hoverHighlight, readHighlights, readSavedArticles, waitForHighlights } from '../support/page-highlights';
import { RENDERED_KINDS_INITIAL, RENDERED_KINDS_STEPS, runKind } from '../support/rendered-kinds';

const e2e = useExtensionBrowser();

// Page shapes from public bug reports against other highlighting tools (issue 14), one page each.
describe('kinds of real pages', () => {
  it('reads a <br> inside a name as whitespace: the highlight covers both lines', async () => {
    const page = await e2e.open('line-break-names.html');
    await waitForHighlights(page);
    await expect
      .poll(async () => (await readHighlights(page)).map((m) => `${m.category} ${m.text}`).sort())
      .toEqual(['firm ARXRobotics', 'program European DefenceFund', 'program NATO Innovation\nFund']);
    await page.close();
  });

  it('highlights a plain-text document, which the browser shows as one <pre> (a <pre> in an HTML page stays unread: hostile-pages)', async () => {
    const page = await e2e.open('plain-text-release.txt');
    await waitForHighlights(page);
    await expect
      .poll(async () => (await readHighlights(page)).map((m) => `${m.category} ${m.text}`).sort())
      .toEqual(['edt drone', 'edt drones', 'edt uncrewed aircraft', 'firm TEKEVER', 'program NATO Innovation Fund']);
    // Saved, it keeps its headline for a title and its paragraphs (Readability read it as one run, titled by its address).
    await page.keyboard.press('Alt+Shift+S');
    await page.locator('defense-innovation-lens-toast .toast').waitFor({ timeout: 10_000 });
    const saved = (await readSavedArticles(e2e.browser.serviceWorker)) as { url: string; title: string; text: string }[];
    const release = saved.find((article) => article.url.endsWith('/plain-text-release.txt'));
    expect(release?.title).toBe('Lisbon drone maker closes new round');
    expect(release?.text.split('\n\n').slice(0, 2)).toEqual(['PRESS RELEASE', 'Lisbon drone maker closes new round']);
    await page.close();
  });

  it('highlights names in a block too long to read at once (12,000 lines joined by <br>s in one <div>), near its start and its end; a single text node too long to read is left out and counted once shown', async () => {
    const { page, tabId } = await e2e.openWithTabId('long-br-block.html');
    await waitForHighlights(page, 30_000);
    await expect
      .poll(async () => (await readHighlights(page)).map((m) => `${m.category} ${m.text}`).sort(), { timeout: 30_000 })
      .toEqual(['firm Helsing', 'program NATO Innovation Fund']);
    // A single text node of 250,000 characters is still left out, and the popup counts only the one shown.
    const popup = await e2e.browser.context.newPage();
    await popup.goto(`chrome-extension://${e2e.browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(async () => popup.locator('[role="note"]').textContent(), { timeout: 10_000 }).toMatch(/^A very long run of text on this page was left unhighlighted/);
    await popup.close();
    await page.close();
  });

  it('keeps highlighting when the page replaces its <body> element', async () => {
    const page = await e2e.open('replaced-body.html');
    await expect
      .poll(async () => (await readHighlights(page)).map((m) => m.text).sort(), { timeout: 6_000 })
      .toEqual(['DIANA', 'NATO Innovation Fund', 'TEKEVER', 'quantum sensing']);
    await page.close();
  });

  it('leaves hidden text plain, and highlights it within about a second of being revealed, however it is revealed', async () => {
    const page = await e2e.open('revealed-text.html');
    await waitForHighlights(page);
    const texts = async () => (await readHighlights(page)).map((m) => m.text).sort();
    await page.waitForTimeout(500);
    expect(await texts()).toEqual(['DIANA']);
    const reveal: [string, string[]][] = [
      ["document.getElementById('details').open = true", ['European Defence Fund', 'Helsing']],
      ["document.getElementById('by-hidden').hidden = false", ['ARX Robotics', 'uncrewed ground vehicles']],
      ["document.getElementById('by-class').className = 'shown'", ['TEKEVER', 'drones']],
      ["document.getElementById('by-style').style.display = 'block'", ['Palantir', 'Project Maven']],
      ["document.getElementById('by-aria').removeAttribute('aria-hidden')", ['NATO Innovation Fund', 'Space Forge']],
    ];
    let expected = ['DIANA'];
    for (const [script, names] of reveal) {
      await page.evaluate(script);
      expected = [...expected, ...names].sort();
      await expect.poll(texts, { timeout: 1_500, interval: 100 }).toEqual(expected);
    }
    await page.close();
  });

  it('annotates frames with no address of their own: srcdoc, and about:blank written by script', async () => {
    const page = await e2e.open('frames-without-url.html');
    const inFrame = (id: string) => async () => {
      const frame = page.frames().find((f) => f.name() === id || f.url().includes(id)) ?? (await (await page.$(`#${id}`))?.contentFrame());
      return frame ? frame.evaluate(highlightedTexts) : [];
    };
    await expect.poll(inFrame('srcdoc'), { timeout: 6_000 }).toEqual(['ARX Robotics', 'NATO Innovation Fund', 'TEKEVER']);
    await expect.poll(inFrame('blank'), { timeout: 6_000 }).toEqual(['European Defence Fund', 'Palantir']);
    await page.close();
  });

  it('highlights and counts only the copy a reader sees when a component renders over its light DOM', async () => {
    const page = await e2e.open('unrendered-copy.html');
    await waitForHighlights(page);
    await page.waitForFunction(() => Boolean(document.querySelector('story-card')?.shadowRoot), undefined, { timeout: 5_000 });
    // Once the component rendered: each name once, and in the rendered (shadow) copy.
    const where = () => page.evaluate(highlightTreeKinds);
    await expect.poll(where, { timeout: 4_000 }).toEqual(['NATO Innovation Fund (shadow)', 'TEKEVER (shadow)']);
    await page.close();
  });

  it('annotates a frame a widget writes with document.open() after load, and what it adds later', async () => {
    const page = await e2e.open('late-blank-frame.html');
    const inFrame = async () => {
      const frame = await (await page.$('#widget'))?.contentFrame();
      return frame ? frame.evaluate(highlightedTexts) : [];
    };
    await expect.poll(inFrame, { timeout: 6_000 }).toEqual(['European Defence Fund', 'Helsing', 'TEKEVER']);
    await page.close();
  });

  it('keeps highlighting when the page replaces its root element', async () => {
    const page = await e2e.open('replaced-root.html');
    await expect.poll(() => page.evaluate(highlightedTexts), { timeout: 6_000 }).toEqual(['ARX Robotics', 'NATO Innovation Fund', 'TEKEVER']);
    await page.close();
  });

  it('highlights text revealed by a change elsewhere: a sibling class, a radio tab, a popover, a state attribute, aria-expanded, an opened <details>', async () => {
    const page = await e2e.open('reveal-elsewhere.html');
    await waitForHighlights(page);
    await expect.poll(() => page.evaluate(highlightedTexts)).toEqual(['NATO Innovation Fund']);
    const steps: [string, () => Promise<unknown>][] = [
      ['TEKEVER', () => page.click('#sibling').then(() => page.evaluate(() => document.getElementById('sibling')!.classList.add('on')))],
      ['Helsing', () => page.click('#tab-label')],
      ['Palantir', () => page.evaluate(() => (document.getElementById('pop') as HTMLElement).showPopover())],
      ['ARX Robotics', () => page.evaluate(() => document.getElementById('state')!.setAttribute('data-state', 'open'))],
      ['European Defence Fund', () => page.evaluate(() => document.getElementById('acc')!.setAttribute('aria-expanded', 'true'))],
      ['Quantum sensing', () => page.click('#details summary')],
    ];
    let expected = ['NATO Innovation Fund'];
    for (const [name, reveal] of steps) {
      await reveal();
      expected.push(name);
      // A click elsewhere light-dismisses the popover: its text is hidden again, and no longer highlighted.
      if (name === 'Quantum sensing') expected = expected.filter((n) => n !== 'Palantir');
      await expect.poll(() => page.evaluate(highlightedTexts), { timeout: 1_500, interval: 100, message: name }).toEqual([...expected].sort());
    }
    await page.close();
  });

  it("counts a component's text once, in its shadow copy, and follows children moved into a shadow root later", async () => {
    const page = await e2e.open('host-text.html');
    await waitForHighlights(page);
    await expect.poll(() => page.evaluate(highlightTreeKinds), { timeout: 4_000 }).toEqual(['NATO Innovation Fund (shadow)', 'Palantir (shadow)', 'TEKEVER (shadow)']);
    await page.close();
  });
  it('highlights only what a reader can see: own content-visibility, hidden spans, sheets, block lines, closed and late shadow roots, text hidden again', async () => {
    const page = await e2e.open('rendered-kinds.html');
    await waitForHighlights(page);
    const placed = () => page.evaluate(placedHighlightTexts);
    await expect.poll(placed, { timeout: 4_000 }).toEqual(RENDERED_KINDS_INITIAL);
    let expected = RENDERED_KINDS_INITIAL;
    for (const [name, next] of RENDERED_KINDS_STEPS) {
      await page.evaluate(runKind, name);
      expected = next(expected).sort();
      await expect.poll(placed, { timeout: 1_500, interval: 100, message: name }).toEqual(expected);
    }
    await page.close();
  });
  it('highlights what a reader can see, part two: display: contents, hidden bits inside names, CSS-shown [hidden], media queries, slots, editors', async () => {
    const page = await e2e.open('rendered-kinds-2.html');
    await waitForHighlights(page);
    const placed = () => page.evaluate(placedHighlightTexts);
    const wide = [
      'hidden-css:Anduril',
      'in-contents:Helsing',
      'inside-name:NATO InnovationXX Fund',
      'inside-name:Shield1 AI',
      'lead:DIANA',
      'narrow-para:European Defence Fund',
      'self-contents:TEKEVER',
      'self-contents:drones',
      'slotted:Saronic',
      'wide-only:Palantir',
      'wide-span:ARX Robotics',
    ];
    await expect.poll(placed, { timeout: 4_000 }).toEqual([...wide, 'editor:Skydio', 'editor:drones'].sort());
    // Made editable: an editor's text is never highlighted.
    await page.evaluate(runKind, 'makeEditable');
    await expect.poll(placed, { timeout: 1_500 }).toEqual(wide);
    // A media query hides a paragraph (visibility) and a span (display) when the window narrows, and shows them again.
    await page.setViewportSize({ width: 800, height: 900 });
    const narrow = wide.filter((t) => t !== 'wide-only:Palantir' && t !== 'wide-span:ARX Robotics');
    await expect.poll(placed, { timeout: 2_000 }).toEqual(narrow);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(placed, { timeout: 2_000 }).toEqual(wide);
    // A child moved out of every slot is no longer shown, nor highlighted; moved back, it is again.
    await page.evaluate(runKind, 'unslot');
    await expect.poll(placed, { timeout: 1_500 }).toEqual(wide.filter((t) => t !== 'slotted:Saronic'));
    await page.evaluate(runKind, 'reslot');
    await expect.poll(placed, { timeout: 1_500 }).toEqual(wide);
    await page.close();
  });

  it('keeps cards and keys working after the page rewrites itself with document.open()', async () => {
    const page = await e2e.open('document-open.html');
    await page.waitForFunction(() => document.getElementById('story') !== null);
    await expect.poll(() => page.evaluate(highlightedTexts), { timeout: 6_000 }).toEqual(['DIANA', 'Palantir', 'TEKEVER']);
    const card = await hoverHighlight(page, 'Palantir');
    expect(await card.locator('.card__title').textContent()).toBe('Palantir Technologies');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.keyboard.press('Alt+Shift+Period');
    await page.locator('defense-innovation-lens-card .card').waitFor({ state: 'visible', timeout: 5_000 });
    await page.close();
  });
});
