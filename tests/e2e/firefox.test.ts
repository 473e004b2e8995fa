import { describe, expect, it } from 'vitest';
import { cardTitled, chord, closeCard, equals, highlightsIn, hover, includesAll, openCard, placedIn, settle } from '../support/firefox-page';
import { RENDERED_KINDS_INITIAL, RENDERED_KINDS_STEPS, runKind } from '../support/rendered-kinds';
import { highlightTreeKinds } from '../support/highlight-texts';
import path from 'node:path';
import { useFirefox } from '../support/launch-firefox';
import { serveFolder } from '../support/static-server';

// The built Firefox extension in Debian's Firefox ESR: what a reader does, on the same pages and with
// the same expectations as the Chromium suite.
const { open, track, firefox } = useFirefox();

describe('Firefox ESR: reading', () => {
  it.each([
    ['seed-000.html', ['DIANA', 'NATO Innovation Fund', 'Project Maven', 'TEKEVER', 'Palantir', 'ARX Robotics', 'Space Forge', 'AI', 'quantum sensing']],
    ['seed-001.html', ['DIANA', 'NATO Innovation Fund', 'DARPA', 'Airbus', 'Lockheed Martin', 'artificial intelligence']],
  ])('highlights the expected names on %s, and not the umbrella institutions', async (file, names) => {
    const page = await open(file);
    const found = await settle(() => highlightsIn(page), includesAll(names));
    expect(found).toEqual(expect.arrayContaining(names));
    expect(found).not.toContain('NATO');
    expect(found).not.toContain('European Union');
  });

  it('leaves a page that names nothing plain, then annotates the story it adds later', async () => {
    const server = await serveFolder(path.resolve(import.meta.dirname, '..', 'fixtures', 'pages-probe'));
    try {
      const page = await firefox().browser.newPage();
      track(page);
      await page.goto(server.url('plain.html'));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await highlightsIn(page)).toEqual([]);
      await page.evaluate(() => (window as unknown as { addStory(html: string): void }).addStory('<p>The <b>NATO</b> Innovation Fund backed TEKEVER.</p>'));
      expect(await settle(() => highlightsIn(page), includesAll(['NATO Innovation Fund', 'TEKEVER']))).toEqual(expect.arrayContaining(['NATO Innovation Fund', 'TEKEVER']));
    } finally {
      await server.close();
    }
  });

  it('highlights and opens cards on a page whose Content-Security-Policy allows nothing from elsewhere', async () => {
    const server = await serveFolder(path.resolve(import.meta.dirname, '..', 'fixtures', 'pages-probe'), {
      'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'",
    });
    try {
      const page = await firefox().browser.newPage();
      track(page);
      await page.goto(server.url('strict-csp.html'));
      await settle(() => highlightsIn(page), includesAll(['TEKEVER']));
      await hover(page, 'TEKEVER');
      expect((await cardTitled(page, 'TEKEVER')).title).toBe('TEKEVER');
    } finally {
      await server.close();
    }
  });

  it('opens a card with the name, summary and sources on hover, and closes it with Escape', async () => {
    const page = await open('seed-000.html');
    await settle(() => highlightsIn(page), includesAll(['TEKEVER']));
    await hover(page, 'TEKEVER');
    const card = await cardTitled(page, 'TEKEVER');
    expect(card.title).toBe('TEKEVER');
    expect(card.visible).toBe(true);
    expect(card.text).toMatch(/drone/i);
    expect(card.text).toMatch(/Sources/);
    await closeCard(page);
    expect((await openCard(page)).title).toBe('');
  });

  it('opens cards from the keyboard: the next-mention key, and Tab onto a link that names an entity', async () => {
    const page = await open('hostile/throwing-listeners.html');
    await settle(() => highlightsIn(page), includesAll(['DIANA', 'NATO Innovation Fund']));
    await chord(page, 'Alt', 'Shift', 'Period');
    expect((await cardTitled(page, 'Defence Innovation Accelerator for the North Atlantic')).title).toBe('Defence Innovation Accelerator for the North Atlantic');
    await closeCard(page);

    // Real Tab presses until the link has focus: its card opens without a pointer.
    for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'link'; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('link');
    expect((await cardTitled(page, 'NATO Innovation Fund')).title).toBe('NATO Innovation Fund');
    await closeCard(page);
  });

  it('saves the article with its shortcut and finds it in the library, opened from the confirmation', async () => {
    const page = await open('seed-000.html');
    await settle(() => highlightsIn(page), includesAll(['TEKEVER']));
    const title = await page.evaluate(() => document.title);
    await chord(page, 'Alt', 'Shift', 'KeyS');
    const toast = () => page.evaluate(() => document.querySelector('defense-innovation-lens-toast')?.shadowRoot?.querySelector('.toast')?.textContent ?? '');
    const confirmation = await settle(toast, (text) => text.includes('Saved to your library'));
    expect(confirmation).toContain(`Saved to your library: “${title}”`);
    expect(confirmation).toMatch(/\(\d+ mentions\)/);

    // Extension pages cannot be navigated to over BiDi: the toast's button opens the library tab.
    const before = new Set(await firefox().browser.pages());
    const button = await page.evaluateHandle(() => document.querySelector('defense-innovation-lens-toast')!.shadowRoot!.querySelector('button')!);
    await button.click();
    const library = await settle(
      async () => {
        for (const candidate of await firefox().browser.pages()) {
          if (before.has(candidate)) continue;
          const href = await candidate.evaluate(() => location.href).catch(() => '');
          if (href.startsWith('moz-extension://') && href.includes('/library.html')) return candidate;
        }
        return null;
      },
      (found) => found !== null,
    );
    expect(library).not.toBeNull();
    track(library!);
    const articleView = await settle(
      () => library!.evaluate(() => document.body.innerText),
      (text) => text.includes(title) && text.includes('TEKEVER'),
    );
    expect(articleView).toContain(title);
    expect(articleView).toContain('TEKEVER');

    // Back to the list, and search for it.
    await library!.evaluate(() => {
      location.hash = '';
    });
    const list = await settle(() => library!.evaluate(() => document.body.innerText), (text) => /1 article|1 of 1/i.test(text) && text.includes(title));
    expect(list).toContain(title);
  });
});

describe('Firefox ESR: page kinds (issue 14)', () => {
  it.each([
    ['line-break-names.html', ['ARXRobotics', 'European DefenceFund', 'NATO Innovation\nFund']],
    ['replaced-body.html', ['DIANA', 'NATO Innovation Fund', 'TEKEVER', 'quantum sensing']],
  ])('handles %s as Chromium does', async (file, names) => {
    const page = await open(file);
    const found = await settle(() => highlightsIn(page), equals([...names].sort()));
    expect(found).toEqual([...names].sort());
  });

  it('highlights text revealed by opening a <details>, and only then', async () => {
    const page = await open('revealed-text.html');
    await settle(() => highlightsIn(page), includesAll(['DIANA']));
    expect(await highlightsIn(page)).toEqual(['DIANA']);
    await page.evaluate(() => {
      (document.getElementById('details') as HTMLDetailsElement).open = true;
    });
    const found = await settle(() => highlightsIn(page), includesAll(['Helsing', 'European Defence Fund']), 3_000);
    expect(found).toEqual(['DIANA', 'European Defence Fund', 'Helsing']);
  });

  it('annotates frames with no address of their own (srcdoc, about:blank written by script)', async () => {
    const page = await open('frames-without-url.html');
    const inFrame = async (id: string) => {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      return frame ? highlightsIn(frame) : [];
    };
    expect(await settle(() => inFrame('srcdoc'), equals(['ARX Robotics', 'NATO Innovation Fund', 'TEKEVER']))).toEqual(['ARX Robotics', 'NATO Innovation Fund', 'TEKEVER']);
    expect(await settle(() => inFrame('blank'), equals(['European Defence Fund', 'Palantir']))).toEqual(['European Defence Fund', 'Palantir']);
  });

  it('highlights only the copy a reader sees when a component renders over its light DOM', async () => {
    const page = await open('unrendered-copy.html');
    const where = () => page.evaluate(highlightTreeKinds);
    expect(await settle(where, equals(['NATO Innovation Fund (shadow)', 'TEKEVER (shadow)']))).toEqual(['NATO Innovation Fund (shadow)', 'TEKEVER (shadow)']);
  });
});

describe('Firefox ESR: more page kinds', () => {
  it('annotates a frame written with document.open() after load, and a page that replaces its root element', async () => {
    const page = await open('late-blank-frame.html');
    const inFrame = async () => {
      const frame = await (await page.$('#widget'))?.contentFrame();
      return frame ? highlightsIn(frame) : [];
    };
    expect(await settle(inFrame, equals(['European Defence Fund', 'Helsing', 'TEKEVER']))).toEqual(['European Defence Fund', 'Helsing', 'TEKEVER']);
    const replaced = await open('replaced-root.html');
    expect(await settle(() => highlightsIn(replaced), equals(['ARX Robotics', 'NATO Innovation Fund', 'TEKEVER']))).toEqual(['ARX Robotics', 'NATO Innovation Fund', 'TEKEVER']);
  });

  it('highlights text revealed by changes elsewhere (sibling class, radio tab, popover, state attributes, <details>)', async () => {
    const page = await open('reveal-elsewhere.html');
    await settle(() => highlightsIn(page), includesAll(['NATO Innovation Fund']));
    await page.evaluate(() => {
      document.getElementById('sibling')!.classList.add('on');
      (document.getElementById('t2') as HTMLInputElement).click();
      (document.getElementById('pop') as HTMLElement).showPopover();
      document.getElementById('state')!.setAttribute('data-state', 'open');
      document.getElementById('acc')!.setAttribute('aria-expanded', 'true');
      (document.getElementById('details') as HTMLDetailsElement).open = true;
    });
    const all = ['ARX Robotics', 'European Defence Fund', 'Helsing', 'NATO Innovation Fund', 'Palantir', 'Quantum sensing', 'TEKEVER'];
    expect(await settle(() => highlightsIn(page), equals(all), 3_000)).toEqual(all);
  });

  it("counts a component's text once, in its shadow copy, and follows children moved into a shadow root later", async () => {
    const page = await open('host-text.html');
    const expected = ['NATO Innovation Fund (shadow)', 'Palantir (shadow)', 'TEKEVER (shadow)'];
    expect(await settle(() => page.evaluate(highlightTreeKinds), equals(expected))).toEqual(expected);
  });
});

describe('Firefox ESR: only what a reader can see', () => {
  it('highlights only what a reader can see: own content-visibility, hidden spans, sheets, block lines, closed and late shadow roots, text hidden again', async () => {
    const page = await open('rendered-kinds.html');
    let expected = [...RENDERED_KINDS_INITIAL];
    expect(await settle(() => placedIn(page), equals(expected), 6_000)).toEqual(expected);
    for (const [name, next] of RENDERED_KINDS_STEPS) {
      await page.evaluate(runKind, name);
      expected = next(expected).sort();
      expect(await settle(() => placedIn(page), equals(expected), 2_000), name).toEqual(expected);
    }
  });
});

describe('Firefox ESR: only what a reader can see, part two', () => {
  it('handles display: contents, hidden bits inside names, CSS-shown [hidden], media queries, slots and editors as Chromium does', async () => {
    const page = await open('rendered-kinds-2.html');
    const wide = ['hidden-css:Anduril', 'in-contents:Helsing', 'inside-name:NATO InnovationXX Fund', 'inside-name:Shield1 AI', 'lead:DIANA', 'narrow-para:European Defence Fund', 'self-contents:TEKEVER', 'self-contents:drones', 'slotted:Saronic', 'wide-only:Palantir', 'wide-span:ARX Robotics'];
    const first = [...wide, 'editor:Skydio', 'editor:drones'].sort();
    // Puppeteer's window is 800 px wide at first: the media query's narrow layout until widened.
    await page.setViewport({ width: 1280, height: 900 });
    expect(await settle(() => placedIn(page), equals(first), 6_000)).toEqual(first);
    await page.evaluate(runKind, 'makeEditable');
    expect(await settle(() => placedIn(page), equals(wide), 2_000)).toEqual(wide);
    await page.setViewport({ width: 800, height: 900 });
    const narrow = wide.filter((t) => t !== 'wide-only:Palantir' && t !== 'wide-span:ARX Robotics');
    expect(await settle(() => placedIn(page), equals(narrow), 3_000)).toEqual(narrow);
    await page.setViewport({ width: 1280, height: 900 });
    expect(await settle(() => placedIn(page), equals(wide), 3_000)).toEqual(wide);
    await page.evaluate(runKind, 'unslot');
    const unslotted = wide.filter((t) => t !== 'slotted:Saronic');
    expect(await settle(() => placedIn(page), equals(unslotted), 2_000)).toEqual(unslotted);
  });

  it('keeps cards working after the page rewrites itself with document.open()', async () => {
    const page = await open('document-open.html');
    expect(await settle(() => highlightsIn(page), equals(['DIANA', 'Palantir', 'TEKEVER']), 8_000)).toEqual(['DIANA', 'Palantir', 'TEKEVER']);
    await hover(page, 'Palantir');
    expect((await cardTitled(page, 'Palantir Technologies')).title).toBe('Palantir Technologies');
  });
});

describe('Firefox ESR: dynamic pages', () => {
  it('keeps up with an infinite-scroll feed', async () => {
    const page = await open('dynamic-infinite-scroll.html');
    const names = ['NATO Innovation Fund', 'TEKEVER', 'DARPA', 'Palantir', 'European Defence Fund', 'ARX Robotics', 'Space Forge', 'DIANA'];
    expect(await settle(() => highlightsIn(page), includesAll(names))).toEqual(expect.arrayContaining(names));
  });

  it('re-annotates a single-page app after client-side navigation, dropping the old view', async () => {
    const page = await open('dynamic-spa.html');
    await settle(() => highlightsIn(page), includesAll(['DIANA']));
    await page.click('a[data-story="two"]');
    const second = ['Airbus', 'European Space Agency', 'IRIS²', 'Satellites', 'satellites'].sort();
    expect(await settle(() => highlightsIn(page), equals(second))).toEqual(second);
  });

  it('ends correct on a page that rewrites its text every 10 ms for 2 s', async () => {
    const page = await open('dynamic-rewrite.html');
    await settle(() => page.evaluate(() => (window as unknown as { __rewriteDone?: boolean }).__rewriteDone === true), Boolean);
    const expected = ['DARPA', 'European Defence Fund', 'Palantir', 'TEKEVER'];
    expect(await settle(() => highlightsIn(page), equals(expected), 5_000)).toEqual(expected);
  });

  it('annotates open shadow roots and same-origin iframes', async () => {
    const page = await open('frames-and-shadow.html');
    expect(await settle(() => highlightsIn(page), equals(['NATO Innovation Fund', 'TEKEVER', 'drones']))).toEqual(['NATO Innovation Fund', 'TEKEVER', 'drones']);
    const frame = page.frames().find((f) => f.url().endsWith('frame-child.html'));
    expect(frame).toBeDefined();
    expect(await settle(() => highlightsIn(frame!), includesAll(['DARPA', 'European Defence Fund']))).toEqual(expect.arrayContaining(['DARPA', 'European Defence Fund']));
  });
});
