// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MentionLookup } from '../../../utils/annotator/mention-lookup';
import type { PageMention } from '../../../utils/annotator/page-mention';
import { setBody } from '../../support/dom';

/**
 * A PDF viewer's page in miniature: text runs laid out at fixed boxes (happy-dom lays nothing out, so
 * boxes are read from data attributes), and a link layer whose empty links lie over some of the text.
 */
beforeEach(() => {
  setBody(`
    <div class="page">
      <div class="textLayer">
        <span data-box="100,100,200,120">TEKEVER</span><span data-box="210,100,300,120"> builds </span><span data-box="100,130,200,150">DIANA</span>
      </div>
      <div class="linkLayer"><a href="https://example.org/" data-box="90,95,205,125"></a><a href="#page=2" data-box="400,400,450,420"></a></div>
    </div>
    <p><a href="#x" data-box="0,0,50,10">Helsing</a></p>`);
  const boxOf = (element: Element | null) => {
    const [left, top, right, bottom] = (element as HTMLElement).dataset.box!.split(',').map(Number) as [number, number, number, number];
    return DOMRect.fromRect({ x: left, y: top, width: right - left, height: bottom - top });
  };
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    return [boxOf(this.startContainer.parentElement)] as unknown as DOMRectList;
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return boxOf(this);
  });
});
afterEach(() => vi.restoreAllMocks());

function mentionOf(text: string, entityId: string): PageMention {
  const node = [...document.querySelectorAll('span, a')].map((element) => element.firstChild).find((child) => child?.textContent === text) as Text;
  const range = document.createRange();
  range.selectNodeContents(node);
  return { entityId, category: 'firm', surface: text, range, nodes: [node] } as unknown as PageMention;
}

/** The browser's hit test, as it answers with the link layer on top: the caret lands in the link, and the stack goes down to the text run. */
function pointOverLink(link: Element, run: Element | null) {
  Object.assign(document, {
    caretPositionFromPoint: () => ({ offsetNode: link, offset: 0 }),
    elementsFromPoint: () => [link, link.parentElement!, ...(run ? [run, run.parentElement!] : []), document.body, document.documentElement],
  });
}

describe('MentionLookup', () => {
  it('finds the mention under an empty link laid over the text (a PDF’s link), as if the pointer were on the text', () => {
    const lookup = new MentionLookup();
    const tekever = mentionOf('TEKEVER', 'tekever');
    lookup.add([tekever, mentionOf('DIANA', 'nato-diana')]);
    const [link] = document.querySelectorAll('.linkLayer a');
    pointOverLink(link!, document.querySelector('.textLayer span'));
    expect(lookup.at(document, 150, 110)).toBe(tekever);
    // Over the link but not over a mention's line box: nothing.
    expect(lookup.at(document, 150, 140)).toBeUndefined();
  });

  it('does not look beneath a link with text of its own', () => {
    const lookup = new MentionLookup();
    lookup.add([mentionOf('TEKEVER', 'tekever')]);
    const link = document.querySelector('p a')!;
    pointOverLink(link, document.querySelector('.textLayer span'));
    expect(lookup.at(document, 150, 110)).toBeUndefined();
  });

  it('lists, for keyboard focus, the mentions an empty link covers, and those inside a link with text', () => {
    const lookup = new MentionLookup();
    const helsing = mentionOf('Helsing', 'helsing');
    lookup.add([mentionOf('TEKEVER', 'tekever'), mentionOf('DIANA', 'nato-diana'), helsing]);
    const [over, elsewhere] = document.querySelectorAll('.linkLayer a');
    expect(lookup.within(over!).map((m) => m.entityId)).toEqual(['tekever']);
    expect(lookup.within(elsewhere!)).toEqual([]);
    expect(lookup.within(document.querySelector('p a')!)).toEqual([helsing]);
  });

  it('keeps its mentions in document order when a batch from earlier in the document comes later (a PDF opened at a later page)', () => {
    const lookup = new MentionLookup(() => [], true);
    const [tekever, diana, helsing] = [mentionOf('TEKEVER', 'tekever'), mentionOf('DIANA', 'diana'), mentionOf('Helsing', 'helsing')];
    lookup.add([helsing]);
    lookup.add([tekever, diana]);
    expect(lookup.all().map((m) => m.entityId)).toEqual(['tekever', 'diana', 'helsing']);
    // In order already: appended as they come.
    const ordered = new MentionLookup(() => [], true);
    ordered.add([tekever]);
    ordered.add([diana, helsing]);
    expect(ordered.all().map((m) => m.entityId)).toEqual(['tekever', 'diana', 'helsing']);
    // A web page's lookup keeps the order found.
    const found = new MentionLookup();
    found.add([helsing]);
    found.add([tekever, diana]);
    expect(found.all().map((m) => m.entityId)).toEqual(['helsing', 'tekever', 'diana']);
  });
});
