// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_PIECES, blockAncestorOf, collectTextBlocks, hiddenPartOf, isInsideSkipped, isTextShown, locate, textBlocks } from '../../../utils/page-text/collect-text-blocks';
import { setBody } from '../../support/dom';
import { nodesKeyedDuring } from '../../support/keyed-nodes';

describe('collectTextBlocks', () => {
  it('joins the text nodes of one block and separates blocks', () => {
    setBody('<p>The NATO <b>Innovation</b> Fund</p><p>DIANA</p><ul><li>one</li><li>two</li></ul>');
    expect(collectTextBlocks(document.body).map((b) => b.text)).toEqual(['The NATO Innovation Fund', 'DIANA', 'one', 'two']);
  });

  it('skips form fields, editable content, code, scripts, styles and hidden elements', () => {
    setBody(`
      <p>visible DIANA</p>
      <input value="DIANA"><textarea>DIANA</textarea><select><option>DIANA</option></select>
      <div contenteditable="true">DIANA editable</div>
      <code>DIANA()</code><pre>DIANA</pre><script>var DIANA = 1;</script><style>.DIANA{}</style>
      <svg><text>DIANA</text></svg>
      <div hidden>DIANA hidden</div><div aria-hidden="true">DIANA aria</div><div style="display: none">DIANA none</div>
      <div data-defense-innovation-lens="card">DIANA card</div>`);
    expect(collectTextBlocks(document.body, { shownOnly: true }).map((b) => b.text.trim())).toEqual(['visible DIANA']);
    // Read for annotation, a block hidden by a style is left out too: its words must not count for the page.
    const hiddenBlocks: Node[] = [];
    expect(collectTextBlocks(document.body, { onHiddenBlock: (block) => hiddenBlocks.push(block) }).map((b) => b.text.trim())).toEqual(['visible DIANA']);
    expect(hiddenBlocks.map((block) => block.textContent)).toEqual(['DIANA none']);
  });

  it('leaves out a hidden inline element of a shown block, and a hidden block whole', () => {
    setBody('<p>The Shield<sup style="display: none">1</sup> AI deal</p><div style="display: none"><p>Hidden <span style="display: none">x</span>Anduril</p></div>');
    const blocks = collectTextBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['The Shield AI deal']);
    expect(isTextShown(blocks[0]!, 4, 13)).toBe(true);
    expect(collectTextBlocks(document.body, { shownOnly: true }).map((b) => b.text)).toEqual(['The Shield AI deal']);
  });

  it('finds what hides a mention: its block, or an inline element around part of it', () => {
    setBody('<p id="shown">Funding for <span id="veil" style="display: none">Anduril</span> and Helsing</p>');
    const [block] = collectTextBlocks(document.body);
    // The hidden inline text is not read: "Funding for  and Helsing". Asked of a block whose inline part
    // hides later (after the read), the element is named.
    expect(block!.text).toBe('Funding for  and Helsing');
    expect(hiddenPartOf(block!, 17, 24)).toBeNull();
    const veiled = { ...block!, text: 'Funding for Anduril and Helsing', nodes: [block!.nodes[0]!, document.getElementById('veil')!.firstChild as Text, block!.nodes[1]!], offsets: [0, 12, 19] };
    expect(hiddenPartOf(veiled, 12, 19)).toBe(document.getElementById('veil'));
    expect(isTextShown(veiled, 24, 31)).toBe(true);
    document.getElementById('shown')!.style.display = 'none';
    expect(hiddenPartOf(veiled, 24, 31)).toBe(document.getElementById('shown'));
  });

  it('treats a line break as a separator', () => {
    setBody('<p>NATO<br>Innovation Fund</p>');
    expect(collectTextBlocks(document.body)[0]?.text).toBe('NATO\nInnovation Fund');
  });

  it('reports open shadow roots it passes', () => {
    setBody('<div id="host"></div><p>after</p>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const seen: ShadowRoot[] = [];
    collectTextBlocks(document.body, { onShadowRoot: (r) => seen.push(r) });
    expect(seen).toEqual([root]);
  });

  it('locates block offsets in their text nodes', () => {
    setBody('<p>ab<b>cd</b>ef</p>');
    const [block] = collectTextBlocks(document.body);
    expect(locate(block!, 3)).toMatchObject({ offset: 1, index: 1 });
    expect(locate(block!, 2)).toMatchObject({ offset: 0, index: 1 });
    expect(locate(block!, 2, true)).toMatchObject({ offset: 2, index: 0 });
  });

  it('finds block ancestors and skipped ancestors', () => {
    setBody('<div contenteditable="true"><p><b id="x">x</b></p></div><p><i id="y">y</i></p>');
    expect(isInsideSkipped(document.getElementById('x')!)).toBe(true);
    expect(isInsideSkipped(document.getElementById('y')!)).toBe(false);
    expect((blockAncestorOf(document.getElementById('y')!) as Element).tagName).toBe('P');
  });
});

describe('textBlocks on a page of many small blocks', () => {
  it('keys no block in a Set or Map as it walks, so the tab keeps no wrapper per block', async () => {
    // 600 cells, with a div whose own text follows its last paragraph (a block not read right after its entry).
    const rows = Array.from({ length: 200 }, (_, i) => `<tr><td>cell ${i}</td><td><a href="/r/${i}">Helsing</a></td><td>${i}</td></tr>`).join('');
    setBody(`<table>${rows}</table><div><p>inside</p>after the paragraph</div>`);
    let texts: string[] = [];
    const keyed = await nodesKeyedDuring(() => {
      texts = collectTextBlocks(document.body).map((b) => b.text);
    });
    expect(texts).toHaveLength(602);
    expect(texts.slice(-2)).toEqual(['inside', 'after the paragraph']);
    // Before session 34 every shown block element was added to a Set: 600 here.
    expect(keyed).toBeLessThan(20);
  });
});

describe('textBlocks from a block’s first node (startAt)', () => {
  it('gives the blocks from there on as the whole walk gave them, split blocks, line breaks and hidden parts included', () => {
    setBody(`
      <p>one <b>NATO</b> Innovation</p>
      <div>before <p>inner</p> after<br>line</div>
      <p>hidden <span style="display: none">x</span>gap</p>
      <section><h2>title</h2><ul><li>a</li><li>b <i>c</i></li></ul></section>
      <p>last</p>`);
    const all = collectTextBlocks(document.body);
    for (let i = 0; i < all.length; i += 1) {
      const from = collectTextBlocks(document.body, { startAt: all[i]!.nodes[0]! });
      expect(from.map((b) => [b.text, b.block, b.nodes])).toEqual(all.slice(i).map((b) => [b.text, b.block, b.nodes]));
    }
  });
});

describe('textBlocks on very large blocks', () => {
  it('reads a block of many nodes over the limit in pieces cut between its nodes, and pauses every so many nodes', () => {
    const parsed = new DOMParser().parseFromString('<body><p id="big"></p><p>DIANA after</p></body>', 'text/html');
    const big = parsed.getElementById('big')!;
    for (let i = 0; i < 5000; i += 1) big.append(parsed.createTextNode(i === 4321 ? 'NATO DIANA ' : 'xxxxxxxxxx '));
    const items = Array.from(textBlocks(parsed.body, { maxBlockChars: 20_000 }));
    const blocks = items.filter((b) => b !== null);
    const pieces = blocks.filter((b) => b!.block === big);
    // 5,000 nodes of 11 characters: 1,818 whole nodes (19,998 characters) a piece.
    expect(pieces.map((b) => b!.text.length)).toEqual([19_998, 19_998, 5000 * 11 - 2 * 19_998]);
    expect(pieces.every((b) => !b!.oversize)).toBe(true);
    // Every node is in exactly one piece, in order, its offset within that piece.
    expect(pieces.flatMap((b) => b!.nodes)).toEqual(Array.from(big.childNodes));
    const withName = pieces.find((b) => b!.text.includes('NATO DIANA'))!;
    expect(withName.text.slice(withName.offsets[withName.nodes.indexOf(big.childNodes[4321] as Text)]).startsWith('NATO DIANA')).toBe(true);
    expect(blocks[blocks.length - 1]!.text).toBe('DIANA after');
    expect(items.filter((b) => b === null).length).toBeGreaterThanOrEqual(2);
  });

  it(`reads at most ${MAX_PIECES} pieces of one block: the rest is left alone as one oversize piece`, () => {
    const parsed = new DOMParser().parseFromString('<body><p id="big"></p><p>DIANA after</p></body>', 'text/html');
    const big = parsed.getElementById('big')!;
    for (let i = 0; i < 5000; i += 1) big.append(parsed.createTextNode('xxxxxxxxxx '));
    const blocks = Array.from(textBlocks(parsed.body, { maxBlockChars: 1000 })).filter((b) => b !== null);
    expect(blocks.map((b) => [b!.oversize ?? false, b!.text.length])).toEqual([
      ...Array.from({ length: MAX_PIECES }, () => [false, 990]),
      [true, 0],
      [false, 'DIANA after'.length],
    ]);
  });

  it('cuts the same pieces when walked again from the first node of a piece', () => {
    const parsed = new DOMParser().parseFromString('<body><div id="big"></div></body>', 'text/html');
    const big = parsed.getElementById('big')!;
    for (let i = 0; i < 300; i += 1) big.append(parsed.createTextNode(`line ${i} `), parsed.createElement('br'));
    const all = collectTextBlocks(parsed.body, { maxBlockChars: 700 });
    expect(all.length).toBeGreaterThan(3);
    const from = collectTextBlocks(parsed.body, { maxBlockChars: 700, startAt: all[2]!.nodes[0]! });
    expect(from.map((b) => b.text)).toEqual(all.slice(2).map((b) => b.text));
  });

  it('leaves out only the text node over the limit: the other nodes of its block, before and after it, are read', () => {
    const parsed = new DOMParser().parseFromString('<body><div id="log"></div></body>', 'text/html');
    const log = parsed.getElementById('log')!;
    log.append(parsed.createTextNode('NATO DIANA said'), parsed.createElement('br'), parsed.createTextNode('x'.repeat(2000)), parsed.createElement('br'), parsed.createTextNode('Helsing replied'));
    const blocks = Array.from(textBlocks(parsed.body, { maxBlockChars: 1000 })).filter((b) => b !== null);
    expect(blocks.map((b) => [b!.oversize ?? false, b!.text])).toEqual([
      [false, 'NATO DIANA said\n'],
      [true, ''],
      [false, 'Helsing replied'],
    ]);
    expect(blocks.every((b) => b!.block === log)).toBe(true);
    // Walked again from the last piece's first node, it reads the same.
    const again = collectTextBlocks(parsed.body, { maxBlockChars: 1000, startAt: blocks[2]!.nodes[0]! });
    expect(again.map((b) => b.text)).toEqual(['Helsing replied']);
  });

  it('marks a block whose single text node is over the limit as oversize without building its text', () => {
    const parsed = new DOMParser().parseFromString(`<body><p>${'x'.repeat(2000)}</p><p>DIANA after</p></body>`, 'text/html');
    const blocks = Array.from(textBlocks(parsed.body, { maxBlockChars: 1000 })).filter((b) => b !== null);
    expect(blocks.map((b) => [b!.oversize ?? false, b!.text.length])).toEqual([
      [true, 0],
      [false, 'DIANA after'.length],
    ]);
    expect(collectTextBlocks(parsed.body, { maxBlockChars: 1000 }).map((b) => b.text)).toEqual(['DIANA after']);
  });
});
