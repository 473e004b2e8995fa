// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MARK_CLASS, createMarkHighlighter } from '../../../utils/annotator/highlighter';
import { MentionLookup } from '../../../utils/annotator/mention-lookup';
import { MentionView } from '../../../utils/annotator/mention-view';
import { PageAnnotator } from '../../../utils/annotator/page-annotator';
import { ANCHOR_EVERY, DENSE_BLOCKS } from '../../../utils/page-text/page-read';
import type { AliasEntry } from '../../../utils/matcher/alias-index';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { setBody } from '../../support/dom';
import { type MatchPort, localMatchPort } from '../../../utils/matcher/match-port';

const aliases: AliasEntry[] = [
  { entityId: 'nato-diana', category: 'program', text: 'DIANA', caseSensitive: true },
  { entityId: 'nato-innovation-fund', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
  { entityId: 'quantum-technologies', category: 'edt', text: 'quantum sensing', caseSensitive: false },
];
const matcher = compileMatcher(aliases);
const view = (settings = DEFAULT_SETTINGS) => new MentionView(settings, [], { host: 'example.org', href: 'https://example.org/a' });

function setup() {
  const highlighter = createMarkHighlighter(document);
  const lookup = new MentionLookup();
  const annotator = new PageAnnotator(localMatchPort(matcher), highlighter, lookup, view());
  return { annotator, lookup };
}

const markTexts = () => Array.from(document.querySelectorAll(`mark.${MARK_CLASS}`), (m) => m.textContent).join('|');

beforeEach(() => {
  document.body.replaceChildren();
});

describe('PageAnnotator with the <mark> fallback', () => {
  it('finds mentions across inline markup and wraps exactly their text, leaving form fields alone', async () => {
    setBody('<p>The NATO <b>Innovation</b> Fund backs TEKEVER’s drones and <i>quantum</i> sensing.</p><input value="DIANA">');
    const { annotator } = setup();
    const mentions = await annotator.annotate([document.body]);
    expect(mentions.map((m) => [m.surface, m.entityId])).toEqual([
      ['NATO Innovation Fund', 'nato-innovation-fund'],
      ['TEKEVER', 'tekever'],
      ['quantum sensing', 'quantum-technologies'],
    ]);
    expect(markTexts()).toBe('NATO |Innovation| Fund|TEKEVER|quantum| sensing');
    expect(Array.from(document.querySelectorAll(`mark.${MARK_CLASS}`), (m) => (m as HTMLElement).dataset.category)).toEqual([
      'program', 'program', 'program', 'firm', 'edt', 'edt',
    ]);
    expect(document.body.textContent).toContain('The NATO Innovation Fund backs TEKEVER’s drones and quantum sensing.');
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('DIANA');
    expect(mentions.map((m) => m.range.toString())).toEqual(mentions.map((m) => m.surface));

    annotator.reset();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.querySelector('p')?.innerHTML).toBe('The NATO <b>Innovation</b> Fund backs TEKEVER’s drones and <i>quantum</i> sensing.');
  });

  it('re-annotates a changed block and drops mentions of removed text', async () => {
    setBody('<p id="a">DIANA</p><p id="b">TEKEVER</p>');
    const { annotator, lookup } = setup();
    await annotator.annotate([document.body]);
    expect(lookup.all().map((m) => m.surface)).toEqual(['DIANA', 'TEKEVER']);

    const b = document.getElementById('b')!;
    b.remove();
    const added = document.createElement('p');
    added.textContent = 'quantum sensing';
    document.body.append(added);
    await annotator.update([
      { type: 'childList', target: document.body, addedNodes: [added] as unknown as NodeList, removedNodes: [b] as unknown as NodeList } as unknown as MutationRecord,
    ]);
    expect(lookup.all().map((m) => m.surface).sort()).toEqual(['DIANA', 'quantum sensing']);
    expect(annotator.mentions().map((m) => m.surface).sort()).toEqual(['DIANA', 'quantum sensing']);
  });

  it('ignores changes inside editable content', async () => {
    setBody('<div contenteditable="true"><p id="e">draft</p></div>');
    const { annotator, lookup } = setup();
    await annotator.annotate([document.body]);
    const p = document.getElementById('e')!;
    p.textContent = 'DIANA';
    await annotator.update([{ type: 'characterData', target: p.firstChild!, addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList } as unknown as MutationRecord]);
    expect(lookup.all()).toEqual([]);
    expect(document.querySelectorAll('mark').length).toBe(0);
  });

  it('applies the reader’s view: categories off, first mention only', async () => {
    setBody('<p>DIANA and TEKEVER, then DIANA again and DIANA.</p>');
    const { annotator, lookup } = setup();
    await annotator.annotate([document.body]);
    expect(lookup.all().map((m) => m.surface)).toEqual(['DIANA', 'TEKEVER', 'DIANA', 'DIANA']);
    await annotator.setView(view({ ...DEFAULT_SETTINGS, firstMentionOnly: true }));
    expect(lookup.all().map((m) => m.surface)).toEqual(['DIANA', 'TEKEVER']);
    await annotator.setView(view({ ...DEFAULT_SETTINGS, categories: { program: true, firm: false, edt: true } }));
    expect(lookup.all().map((m) => m.surface)).toEqual(['DIANA', 'DIANA', 'DIANA']);
    expect(markTexts()).toBe('DIANA|DIANA|DIANA');
    expect(annotator.mentions()).toHaveLength(4);
  });

  it('lists the mentions inside a focused element', async () => {
    setBody('<p><a href="#x">DIANA</a> and <a href="#y">nothing</a></p>');
    const { annotator, lookup } = setup();
    await annotator.annotate([document.body]);
    const [first, second] = Array.from(document.querySelectorAll('a'));
    expect(lookup.within(first!).map((m) => m.entityId)).toEqual(['nato-diana']);
    expect(lookup.within(second!)).toEqual([]);
  });
});

describe('PageAnnotator on a page of many blocks', () => {
  // Past DENSE_BLOCKS a block keeps only its text while the matcher is asked, and is read again from an
  // anchor when it has mentions: what it finds must be what it would find holding every block.
  /** Each highlighted piece's paragraph and text, in page order (a name across markup is in pieces). */
  const markedBlocks = () => Array.from(document.querySelectorAll(`mark.${MARK_CLASS}`), (mark) => [mark.closest('p')!.id, mark.textContent]);
  const manyBlocks = (count: number, named: Map<number, string>) =>
    setBody(Array.from({ length: count }, (_, i) => `<p id="p${i}">${named.get(i) ?? `row ${i}`}</p>`).join(''));

  it('finds mentions in blocks past the first ones, at anchors, between them and in the last block', async () => {
    const count = DENSE_BLOCKS + 5 * ANCHOR_EVERY + 3;
    const between = ANCHOR_EVERY + Math.floor(ANCHOR_EVERY / 2);
    const named = new Map([
      [3, 'TEKEVER early'],
      [DENSE_BLOCKS, 'DIANA at the first anchor'],
      [DENSE_BLOCKS + between, 'the <b>NATO</b> Innovation Fund between anchors'],
      [DENSE_BLOCKS + 2 * ANCHOR_EVERY + 1, 'TEKEVER and DIANA'],
      [DENSE_BLOCKS + 2 * ANCHOR_EVERY + 2, 'quantum sensing next door'],
      [count - 1, 'TEKEVER last'],
    ]);
    manyBlocks(count, named);
    const { annotator } = setup();
    const mentions = await annotator.annotate([document.body]);
    expect(mentions.map((m) => m.surface)).toEqual(['TEKEVER', 'DIANA', 'NATO Innovation Fund', 'TEKEVER', 'DIANA', 'quantum sensing', 'TEKEVER']);
    expect(markedBlocks()).toEqual([
      ['p3', 'TEKEVER'],
      [`p${DENSE_BLOCKS}`, 'DIANA'],
      [`p${DENSE_BLOCKS + between}`, 'NATO'],
      [`p${DENSE_BLOCKS + between}`, ' Innovation Fund'],
      [`p${DENSE_BLOCKS + 2 * ANCHOR_EVERY + 1}`, 'TEKEVER'],
      [`p${DENSE_BLOCKS + 2 * ANCHOR_EVERY + 1}`, 'DIANA'],
      [`p${DENSE_BLOCKS + 2 * ANCHOR_EVERY + 2}`, 'quantum sensing'],
      [`p${count - 1}`, 'TEKEVER'],
    ]);
    expect(annotator.stats.blocks).toBe(count);
  });

  it('leaves a block whose text changed while the matcher answered, and finds the others of its group', async () => {
    const first = DENSE_BLOCKS + ANCHOR_EVERY;
    // Three blocks of one group between two anchors, and one of the next group.
    const [a, b, c] = [first + 1, first + 2, first + ANCHOR_EVERY - 1];
    manyBlocks(DENSE_BLOCKS + 3 * ANCHOR_EVERY, new Map([[a, 'TEKEVER here'], [b, 'DIANA there'], [c, 'TEKEVER again'], [c + 1, 'DIANA next']]));
    const local = localMatchPort(matcher);
    // The page edits a block after its text was read, before the answer came back.
    const port: MatchPort = {
      async match(texts) {
        const answer = await local.match(texts);
        document.getElementById(`p${b}`)!.firstChild!.textContent = 'DIANA moved on';
        return answer;
      },
      reset: () => local.reset(),
    };
    const annotator = new PageAnnotator(port, createMarkHighlighter(document), new MentionLookup(), view());
    const mentions = await annotator.annotate([document.body]);
    expect(mentions.map((m) => m.surface)).toEqual(['TEKEVER', 'TEKEVER', 'DIANA']);
    expect(markedBlocks()).toEqual([
      [`p${a}`, 'TEKEVER'],
      [`p${c}`, 'TEKEVER'],
      [`p${c + 1}`, 'DIANA'],
    ]);
  });

  it('leaves a block read again that was hidden while the matcher answered', async () => {
    const at = DENSE_BLOCKS + ANCHOR_EVERY + 1;
    manyBlocks(DENSE_BLOCKS + 2 * ANCHOR_EVERY, new Map([[at, 'TEKEVER shown'], [at + 1, 'DIANA hidden later']]));
    const local = localMatchPort(matcher);
    const port: MatchPort = {
      async match(texts) {
        const answer = await local.match(texts);
        document.getElementById(`p${at + 1}`)!.setAttribute('style', 'display: none');
        return answer;
      },
      reset: () => local.reset(),
    };
    const annotator = new PageAnnotator(port, createMarkHighlighter(document), new MentionLookup(), view());
    expect((await annotator.annotate([document.body])).map((m) => m.surface)).toEqual(['TEKEVER']);
  });

  it('reads each root from its own anchors: blocks of a second root are found', async () => {
    setBody(`<div id="one">${Array.from({ length: DENSE_BLOCKS + 3 }, (_, i) => `<p>row ${i}</p>`).join('')}</div><div id="two"><p>DIANA in two</p><p>row</p><p>TEKEVER in two</p></div>`);
    const { annotator } = setup();
    const mentions = await annotator.annotate([document.getElementById('one')!, document.getElementById('two')!]);
    expect(mentions.map((m) => m.surface)).toEqual(['DIANA', 'TEKEVER']);
  });
});
