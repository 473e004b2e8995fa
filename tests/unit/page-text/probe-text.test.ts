// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../../utils/page-text/collect-text-blocks';
import { probeTexts } from '../../../utils/page-text/probe-text';
import { setBody } from '../../support/dom';

const texts = (root: Node = document.body) => probeTexts(root);

describe('probeTexts', () => {
  it('reads one text per block, inline markup joined and <br> as a line break', () => {
    setBody('<p>The NATO <b>Innovation</b> Fund</p><p>European Defence<br>Fund</p><ul><li>one</li><li>two</li></ul>');
    expect(texts()).toEqual(['The NATO Innovation Fund', 'European Defence\nFund', 'one', 'two']);
  });

  it('reads the runs on either side of a nested block, even an empty one, as separate texts', () => {
    setBody('<div>before <p>inside</p> after</div><div>A<p></p>B</div>');
    expect(texts()).toEqual(['before ', 'inside', ' after', 'A', 'B']);
  });

  it('leaves out what annotation never reads, whatever the styles', () => {
    setBody(`<p>shown</p><textarea>DIANA</textarea><code>DIANA()</code><script>var DIANA</script><style>.x{}</style>
      <div data-defense-innovation-lens="x">ours</div>`);
    expect(texts()).toEqual(['shown']);
  });

  it('reads hidden blocks as runs of their own: a tab, a dialog or an accordion may be shown later, or by the page\'s CSS', () => {
    setBody('<p>shown</p><div hidden>hidden DIANA</div><div aria-hidden="true"><p>aria</p><p>DIANA</p></div>');
    expect(texts()).toEqual(['shown', 'hidden DIANA', 'aria', 'DIANA']);
  });

  it('reads a run both with a hidden piece in it and without it', () => {
    setBody('<p>Shield<sup aria-hidden="true">1</sup> AI and <span style="display: none">x</span>TEKEVER</p>');
    expect(texts()).toEqual(['Shield1 AI and xTEKEVER', 'Shield AI and TEKEVER']);
  });

  it('reads a run both joined and split where two pieces meet with no space (a row of links laid out as blocks)', () => {
    setBody('<nav><a href="#">Anduril</a><a href="#">Palantir</a></nav><p>TEKE<b>VER</b> flies</p><p>NATO <b>Innovation</b> Fund</p>');
    expect(texts()).toEqual(['AndurilPalantir', 'Anduril\nPalantir', 'TEKEVER flies', 'TEKE\nVER flies', 'NATO Innovation Fund']);
  });

  it('reads text that styles hide, closed details and editable regions: it reads more than annotation, never less', () => {
    setBody(`<p>shown</p><div style="display: none">styled away</div><details><summary>s</summary><p>folded</p></details>
      <div contenteditable="true">editable</div>`);
    const probed = texts().join('|');
    for (const block of collectTextBlocks(document.body)) expect(probed).toContain(block.text);
    expect(probed).toContain('styled away');
    expect(probed).toContain('folded');
    expect(probed).toContain('editable');
  });

  it('reads open shadow roots after their host and reports each', () => {
    setBody('<p>light</p><div id="host"></div>');
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    const i = document.createElement('i');
    i.textContent = 'shadow';
    p.append('in the ', i);
    shadow.append(p);
    const reported: ShadowRoot[] = [];
    expect(probeTexts(document.body, { onShadowRoot: (root) => reported.push(root) })).toEqual(['light', 'in the shadow']);
    expect(reported).toEqual([shadow]);
  });

  it('reads the shadow root of the root it is given (a component read again once defined)', () => {
    setBody('<x-late></x-late>');
    const host = document.querySelector('x-late')!;
    const story = document.createElement('p');
    story.textContent = 'late story';
    host.attachShadow({ mode: 'open' }).append(story);
    expect(probeTexts(host)).toEqual(['late story']);
  });

  it('asks `shadowRootOf` for roots the page closed', () => {
    setBody('<x-story></x-story>');
    const host = document.querySelector('x-story')!;
    const closed = host.attachShadow({ mode: 'closed' });
    const story = document.createElement('p');
    story.textContent = 'closed story';
    closed.append(story);
    expect(texts()).toEqual([]);
    expect(probeTexts(document.body, { shadowRootOf: (element) => (element === host ? closed : null) })).toEqual(['closed story']);
  });
});
