// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PdfFind } from '../../../entrypoints/pdf-viewer/pdf-find';
import type { FindPosition } from '../../../utils/pdf/find-status';
import { setBody } from '../../support/dom';

/** Text layers of a PDF in miniature: one per page, in page order. */
function layers(texts: string[]): HTMLElement[] {
  setBody(texts.map((text, i) => `<div class="pdf-page" data-page-number="${i + 1}"><div class="textLayer"><span>${text}</span></div></div>`).join(''));
  return [...document.querySelectorAll<HTMLElement>('.textLayer')];
}
const pageOf = (node: Node) => Number((node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest<HTMLElement>('.pdf-page')?.dataset.pageNumber ?? 0);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('find in the PDF viewer', () => {
  const pages = ['TEKEVER builds drones.', 'Nothing here.', 'The NATO Innovation Fund invests.', 'NATO Innovation Fund again.', 'More text.'];

  /** Find with the reader on page `here`, on a clock 20 ms later at every read: each slice searches one page. */
  const slicedFind = (here = 2, texts = pages) => {
    vi.useFakeTimers();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
    const all = layers(texts);
    const changes: FindPosition[] = [];
    return { find: new PdfFind({ layers: () => all, pageOf, currentPage: () => here, onChange: (position) => changes.push(position) }), changes };
  };

  it('goes first to the first result from the reader’s page on, and back to the last before it', () => {
    // A clock that stands still: every search takes one slice (on a busy machine the real clock ended the
    // slice before the last page, and the count was read before the rest was searched).
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const all = layers(pages);
    let current = 4;
    const find = new PdfFind({ layers: () => all, pageOf, currentPage: () => current });
    expect(find.search('innovation fund')).toBe(2);
    expect(find.step(1)).toEqual({ index: 2, total: 2, page: 4 });
    find.search('innovation fund');
    current = 3;
    expect(find.step(-1)).toEqual({ index: 1, total: 2, page: 3 });
    // Past the last result: around to the first.
    find.search('innovation fund');
    current = 5;
    expect(find.step(1)).toEqual({ index: 1, total: 2, page: 3 });
  });

  it('searches in slices from the reader’s page, and takes a step asked for before anything was found once something is', () => {
    const { find, changes } = slicedFind();
    // Page 2, the reader's, holds nothing: the first Enter finds nothing yet.
    expect(find.search('innovation fund')).toBe(0);
    expect(find.searching).toBe(true);
    expect(find.step(1)).toBeNull();
    vi.runAllTimers();
    expect(find.searching).toBe(false);
    // The step was taken when page 3 was searched: its result is the current one.
    expect(changes.at(-1)).toEqual({ index: 1, total: 2, page: 3 });
    expect(changes.some((position) => position.index === 1 && position.total === 1)).toBe(true);
  });

  it('forgets a waiting step when find is cleared', () => {
    const { find, changes } = slicedFind();
    find.search('innovation fund');
    find.step(1);
    find.clear();
    vi.runAllTimers();
    expect(changes).toEqual([]);
  });

  it('takes a first backward step to the last result up to the reader’s page, searching those pages first', () => {
    // Results on pages 1, 3 and 5; the reader on page 4, which holds none.
    const { find, changes } = slicedFind(4, ['Innovation Fund.', 'None.', 'Innovation Fund.', 'None.', 'Innovation Fund.']);
    find.search('innovation fund');
    expect(find.step(-1)).toBeNull();
    vi.runAllTimers();
    const taken = changes.find((position) => position.index > 0)!;
    expect(taken.page).toBe(3);
    expect(changes.at(-1)).toEqual({ index: 2, total: 3, page: 3 });
    // Forward from page 4: page 5, not around to page 1 while page 5 waits.
    const forward = slicedFind(4, ['Innovation Fund.', 'None.', 'Innovation Fund.', 'None.', 'Innovation Fund.']);
    forward.find.search('innovation fund');
    forward.find.step(1);
    vi.runAllTimers();
    expect(forward.changes.at(-1)).toEqual({ index: 3, total: 3, page: 5 });
  });
});
