// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../../utils/annotator/page-mention';
import { HIGHLIGHT_BOX_CLASS, HIGHLIGHT_LAYER_CLASS, createPageOverlayHighlighter } from '../../../utils/pdf/page-overlay-highlighter';

/** Work handed to `later`, run by the test when it chooses (as the browser runs a timeout). */
let queued: (() => void)[];
const runLater = () => {
  while (queued.length > 0) queued.shift()!();
};
let measures: number;

beforeEach(() => {
  queued = [];
  measures = 0;
  document.body.replaceChildren();
  // happy-dom lays nothing out: each page is 1000 × 1000 at (0, 0), and a mention's text sits at a place its run names.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => DOMRect.fromRect({ x: 0, y: 0, width: 1000, height: 1000 }));
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    measures += 1;
    const top = Number((this.startContainer.parentElement as HTMLElement).dataset.top);
    return [DOMRect.fromRect({ x: 100, y: top, width: 200, height: 20 })] as unknown as DOMRectList;
  });
});
afterEach(() => vi.restoreAllMocks());

/** A page element with a text layer per page, and a mention of TEKEVER on each. */
function mentionsOn(pages: number): PageMention[] {
  return Array.from({ length: pages }, (_, i) => {
    const div = document.createElement('div');
    div.className = 'pdf-page';
    div.dataset.pageNumber = String(i + 1);
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    const run = document.createElement('span');
    run.dataset.top = '100';
    const text = document.createTextNode('TEKEVER');
    run.append(text);
    layer.append(run);
    div.append(layer);
    document.body.append(div);
    const range = document.createRange();
    range.selectNodeContents(text);
    return { entityId: 'tekever', category: 'firm', range, nodes: [text], surface: 'TEKEVER' } as unknown as PageMention;
  });
}
const pageElement = (page: number) => document.querySelector<HTMLElement>(`.pdf-page[data-page-number="${page}"]`) ?? undefined;
const pageOf = (node: Node) => Number((node.parentElement?.closest('.pdf-page') as HTMLElement).dataset.pageNumber);
const create = () => createPageOverlayHighlighter({ pageOf, pageElement, later: (work) => queued.push(work) });
const drawnPages = () => [...document.querySelectorAll(`.${HIGHLIGHT_BOX_CLASS}`)].map((group) => pageOf(group)).sort((a, b) => a - b);

describe('the page overlay highlighter', () => {
  it('draws the mentions of pages in the window, in a task of its own, and keeps them drawn', () => {
    const highlighter = create();
    highlighter.setWindow(new Set([1, 2]));
    highlighter.add(mentionsOn(50));
    // Nothing measured in the call that shows the mentions (measuring forces a layout).
    expect(measures).toBe(0);
    runLater();
    expect(drawnPages()).toEqual([1, 2]);
    highlighter.setWindow(new Set([2, 3, 4]));
    runLater();
    expect(drawnPages()).toEqual([1, 2, 3, 4]);
    highlighter.setWindow(new Set([49, 50]));
    runLater();
    expect(drawnPages()).toEqual([1, 2, 3, 4, 49, 50]);
    // Each mention was measured once.
    expect(measures).toBe(6);
  });

  it('draws a mention as boxes in percent of its page, in a layer under the text layer, with its category and text', () => {
    const highlighter = create();
    highlighter.setWindow(new Set([1]));
    highlighter.add(mentionsOn(1));
    runLater();
    const page = pageElement(1)!;
    const layer = page.querySelector(`.${HIGHLIGHT_LAYER_CLASS}`)!;
    expect(layer.nextElementSibling?.className).toBe('textLayer');
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    const group = layer.querySelector<HTMLElement>(`.${HIGHLIGHT_BOX_CLASS}`)!;
    expect(group.dataset).toMatchObject({ category: 'firm', text: 'TEKEVER' });
    expect(group.children).toHaveLength(1);
    const box = (group.children[0] as HTMLElement).style;
    expect([box.left, box.top, box.width, box.height]).toEqual(['10%', '10%', '20%', '2%']);
  });

  it('forgets removed mentions, so the window reaching their page does not bring them back', () => {
    const highlighter = create();
    const mentions = mentionsOn(5);
    highlighter.setWindow(new Set([1, 2]));
    highlighter.add(mentions);
    runLater();
    highlighter.remove([mentions[1]!, mentions[3]!]);
    highlighter.setWindow(new Set([3, 4, 5]));
    runLater();
    expect(drawnPages()).toEqual([1, 3, 5]);
    highlighter.clear();
    // Hidden at once; out of the page a task later (a long PDF's boxes, removed in one task, made a long one).
    expect([...document.querySelectorAll<HTMLElement>(`.${HIGHLIGHT_LAYER_CLASS}`)].every((layer) => layer.style.visibility === 'hidden')).toBe(true);
    runLater();
    expect(drawnPages()).toEqual([]);
    highlighter.setWindow(new Set([1, 2]));
    runLater();
    expect(drawnPages()).toEqual([]);
  });

  it('shows the same mentions again without measuring them again (settings changed)', () => {
    const highlighter = create();
    const mentions = mentionsOn(3);
    highlighter.setWindow(new Set([1, 2, 3]));
    highlighter.add(mentions);
    runLater();
    highlighter.clear();
    highlighter.add(mentions);
    runLater();
    expect(drawnPages()).toEqual([1, 2, 3]);
    expect(measures).toBe(3);
    // One layer per page: the old ones are gone, new ones drawn in.
    expect(document.querySelectorAll(`.${HIGHLIGHT_LAYER_CLASS}`)).toHaveLength(3);
  });

  it('marks the mention looked at, drawing it at once when its page is not in the window yet', () => {
    const highlighter = create();
    const mentions = mentionsOn(30);
    highlighter.setWindow(new Set([1]));
    highlighter.add(mentions);
    runLater();
    highlighter.setActive(mentions[29]!);
    const active = () => [...document.querySelectorAll<HTMLElement>(`.${HIGHLIGHT_BOX_CLASS}[data-active="true"]`)].map((group) => pageOf(group));
    expect(active()).toEqual([30]);
    highlighter.setActive(mentions[0]!);
    expect(active()).toEqual([1]);
    highlighter.setActive(null);
    expect(active()).toEqual([]);
  });
});
