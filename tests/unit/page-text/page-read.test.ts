// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ANCHOR_EVERY, DENSE_BLOCKS, MAX_BLOCK_CHARS, readBlocks, readPage } from '../../../utils/page-text/page-read';
import { setBody } from '../../support/dom';
import { nodesKeyedDuring } from '../../support/keyed-nodes';

const noPause = () => Promise.resolve(true);

describe('readPage', () => {
  it('reads every block in order, and the shadow roots it is told to read after the roots before them', async () => {
    setBody('<p>Helsing raised money.</p><div id="host"></div><p>Anduril <b>built</b> a plant.</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inShadow = document.createElement('p');
    inShadow.textContent = 'Quantum sensing';
    shadow.append(inShadow);
    const met: ShadowRoot[] = [];
    const read = await readPage([document.body], { onShadowRoot: (root) => met.push(root) > 0, pause: noPause });
    expect(read?.texts).toEqual(['Helsing raised money.', 'Anduril built a plant.', 'Quantum sensing']);
    expect(read?.roots).toEqual([document.body, shadow]);
    expect(met).toEqual([shadow]);
    // Told not to read it, the shadow root is only reported.
    const bodyOnly = await readPage([document.body], { onShadowRoot: () => false, pause: noPause });
    expect(bodyOnly?.texts).toEqual(['Helsing raised money.', 'Anduril built a plant.']);
    expect(bodyOnly?.roots).toEqual([document.body]);
  });

  it('keys none of a page’s many blocks in a Set or Map, so the tab keeps no wrapper per block', async () => {
    setBody(`<table>${Array.from({ length: 300 }, (_, i) => `<tr><td>row ${i}</td><td>Helsing</td></tr>`).join('')}</table>`);
    let read: Awaited<ReturnType<typeof readPage>> = null;
    const keyed = await nodesKeyedDuring(async () => {
      read = await readPage([document.body], { pause: noPause });
    });
    expect(read!.texts).toHaveLength(600);
    expect(keyed).toBeLessThan(20);
  });

  it('notes what is hidden for now and the components not defined yet, without reading their text', async () => {
    setBody(`<p>Visible DIANA</p><div aria-hidden="true">Anduril icon</div><details><summary>More</summary>Palantir</details><div style="display: none"><p>Helsing inside</p></div>
      <p id="ready"></p><p><x-later-news>later</x-later-news></p><div id="host"></div>`);
    const ready = document.createElement('x-ready-news');
    ready.textContent = 'ready';
    // happy-dom never matches `:defined`: the defined component answers as a browser's would.
    const matches = ready.matches.bind(ready);
    ready.matches = (selector: string) => selector === ':defined' || matches(selector);
    document.getElementById('ready')!.append(ready);
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('x-inner-later');
    inner.textContent = 'deep';
    shadow.append(inner);
    const read = (await readPage([document.body], { onShadowRoot: () => true, pause: noPause }))!;
    // Text a closed <details> hides, and a block hidden by a style, are left out and noted.
    expect(read.texts).toEqual(['Visible DIANA', 'More', 'ready', 'later', 'deep']);
    expect(read.hiddenElements.map((element) => element.textContent)).toEqual(['Anduril icon']);
    expect(read.hiddenBlocks.map((block) => block.textContent)).toEqual(['MorePalantir', 'Helsing inside']);
    expect(read.undefinedElements.map((element) => element.localName)).toEqual(['x-later-news', 'x-inner-later']);
  });

  it('notes a hidden container once, however many blocks it holds, and never walks it', async () => {
    setBody(`<p>Visible DIANA</p><nav style="display: none"><ul>${'<li>Defence</li>'.repeat(6_000)}</ul><p>Helsing last</p></nav><p>After</p>`);
    const read = (await readPage([document.body], { pause: noPause }))!;
    expect(read.texts).toEqual(['Visible DIANA', 'After']);
    expect(read.hiddenBlocks.map((block) => (block as Element).localName)).toEqual(['nav']);
    // (A block hidden only by `visibility` is entered, a visible child of it read: happy-dom cannot tell,
    // tests/e2e/page-probe.test.ts does.)
  });

  it('leaves a text node longer than the limit out of the texts, noting its block', async () => {
    setBody(`<p>TEKEVER</p><pre id="log"></pre><div id="big"></div>`);
    document.getElementById('big')!.textContent = 'a'.repeat(MAX_BLOCK_CHARS + 1);
    const read = (await readPage([document.body], { pause: noPause }))!;
    expect(read.texts).toEqual(['TEKEVER']);
    expect(read.oversize).toEqual([document.getElementById('big')]);
  });

  it('keeps the first blocks whole and anchors the rest, which readBlocks finds again while their text is unchanged', async () => {
    const count = DENSE_BLOCKS + 5 * ANCHOR_EVERY + 3;
    setBody(Array.from({ length: count }, (_, i) => `<p>Block ${i}</p>`).join(''));
    const read = (await readPage([document.body], { pause: noPause }))!;
    expect(read.texts).toHaveLength(count);
    expect(read.dense).toHaveLength(DENSE_BLOCKS);
    expect(read.anchors.map((anchor) => anchor.index)).toEqual([0, 1, 2, 3, 4, 5].map((n) => DENSE_BLOCKS + n * ANCHOR_EVERY));
    const blockAt = readBlocks(read);
    for (const index of [3, DENSE_BLOCKS, DENSE_BLOCKS + 1, DENSE_BLOCKS + 2 * ANCHOR_EVERY + 5, count - 1]) {
      const block = blockAt(index)!;
      expect(block.text).toBe(`Block ${index}`);
      expect(block.nodes[0]?.data).toBe(`Block ${index}`);
    }
    // A sparse block whose text changed since the read is not found again (its mentions would be wrong).
    const paragraphs = document.body.querySelectorAll('p');
    paragraphs[count - 2]!.textContent = 'Changed';
    const again = readBlocks(read);
    expect(again(count - 2)).toBeUndefined();
    expect(again(count - 1)?.text).toBe(`Block ${count - 1}`);
  });

  it('gives the thread back when a slice of time is up, and ends with null when the read is no longer wanted', async () => {
    setBody(Array.from({ length: 40 }, (_, i) => `<p>Block ${i}</p>`).join(''));
    // Every clock reading is a second later: each slice's time is up at its first check.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1_000));
    try {
      let pauses = 0;
      const whole = await readPage([document.body], { pause: () => Promise.resolve((pauses += 1) > 0) });
      expect(whole?.texts).toHaveLength(40);
      expect(pauses).toBeGreaterThan(1);
      const stopped = await readPage([document.body], { pause: () => Promise.resolve(false) });
      expect(stopped).toBeNull();
    } finally {
      now.mockRestore();
    }
  });
});
