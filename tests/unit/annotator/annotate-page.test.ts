// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { annotatePage } from '../../../entrypoints/annotator.content/annotate-page';
import { collectTextBlocks } from '../../../utils/page-text/collect-text-blocks';
import { MARK_CLASS, createMarkHighlighter } from '../../../entrypoints/annotator.content/highlighter';
import { MentionLookup } from '../../../entrypoints/annotator.content/mention-lookup';
import type { AliasEntry } from '../../../utils/matcher/alias-index';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

const aliases: AliasEntry[] = [
  { entityId: 'nato-diana', category: 'program', text: 'DIANA', caseSensitive: true },
  { entityId: 'nato-innovation-fund', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
  { entityId: 'quantum-technologies', category: 'edt', text: 'quantum sensing', caseSensitive: false },
];
const matcher = compileMatcher(aliases);

beforeEach(() => {
  document.body.replaceChildren();
});

function setBody(html: string) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
}

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
      <div hidden>DIANA hidden</div><div aria-hidden="true">DIANA aria</div>
      <div data-defense-innovation-lens="card">DIANA card</div>`);
    expect(collectTextBlocks(document.body).map((b) => b.text.trim())).toEqual(['visible DIANA']);
  });

  it('treats a line break as a separator', () => {
    setBody('<p>NATO<br>Innovation Fund</p>');
    expect(collectTextBlocks(document.body)[0]?.text).toBe('NATO\nInnovation Fund');
  });
});

describe('annotatePage with the <mark> fallback', () => {
  it('finds mentions across inline markup and wraps exactly their text', () => {
    setBody('<p>The NATO <b>Innovation</b> Fund backs TEKEVER’s drones and <i>quantum</i> sensing.</p><input value="DIANA">');
    const highlighter = createMarkHighlighter(document);
    const lookup = new MentionLookup();
    const mentions = annotatePage(document.body, matcher, highlighter, lookup);
    expect(mentions.map((m) => [m.surface, m.entityId])).toEqual([
      ['NATO Innovation Fund', 'nato-innovation-fund'],
      ['TEKEVER', 'tekever'],
      ['quantum sensing', 'quantum-technologies'],
    ]);
    const marks = Array.from(document.querySelectorAll(`mark.${MARK_CLASS}`));
    expect(marks.map((m) => [m.textContent, (m as HTMLElement).dataset.category])).toEqual([
      ['NATO ', 'program'],
      ['Innovation', 'program'],
      [' Fund', 'program'],
      ['TEKEVER', 'firm'],
      ['quantum', 'edt'],
      [' sensing', 'edt'],
    ]);
    expect(document.body.textContent).toContain('The NATO Innovation Fund backs TEKEVER’s drones and quantum sensing.');
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('DIANA');
    expect(mentions.map((m) => m.range.toString())).toEqual(mentions.map((m) => m.surface));

    highlighter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.querySelector('p')?.innerHTML).toBe('The NATO <b>Innovation</b> Fund backs TEKEVER’s drones and <i>quantum</i> sensing.');
  });

  it('lists the mentions inside a focused element', () => {
    setBody('<p><a href="#x">DIANA</a> and <a href="#y">nothing</a></p>');
    const lookup = new MentionLookup();
    annotatePage(document.body, matcher, createMarkHighlighter(document), lookup);
    const [first, second] = Array.from(document.querySelectorAll('a'));
    expect(lookup.within(first!).map((m) => m.entityId)).toEqual(['nato-diana']);
    expect(lookup.within(second!)).toEqual([]);
  });
});
