// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../../utils/annotator/page-mention';
import { createPageWindowHighlighter } from '../../../utils/pdf/page-window-highlighter';

/** happy-dom has no Custom Highlight API: a set per highlight name, as the registry holds them. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}
let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  document.body.replaceChildren();
});

/** A mention on each of `pages` pages (a text node inside a page element with its number). */
function mentionsOn(pages: number): PageMention[] {
  return Array.from({ length: pages }, (_, i) => {
    const div = document.createElement('div');
    div.dataset.pageNumber = String(i + 1);
    const text = document.createTextNode('TEKEVER');
    div.append(text);
    document.body.append(div);
    const range = document.createRange();
    range.selectNodeContents(text);
    return { entityId: 'tekever', category: 'firm', range, nodes: [text], surface: 'TEKEVER' } as unknown as PageMention;
  });
}
const pageOf = (node: Node) => Number((node.parentElement as HTMLElement).dataset.pageNumber);
const registeredPages = () => [...(registry.get('defense-innovation-lens-firm') ?? [])].map((range) => pageOf(range.startContainer)).sort((a, b) => a - b);

describe('the page-window highlighter', () => {
  it('registers the mentions of the pages in the window only, and follows the window', () => {
    const highlighter = createPageWindowHighlighter(pageOf);
    const mentions = mentionsOn(50);
    highlighter.setWindow(new Set([1, 2]));
    highlighter.add(mentions);
    expect(registeredPages()).toEqual([1, 2]);
    highlighter.setWindow(new Set([2, 3, 4]));
    expect(registeredPages()).toEqual([2, 3, 4]);
    highlighter.setWindow(new Set([49, 50]));
    expect(registeredPages()).toEqual([49, 50]);
  });

  it('forgets removed mentions, so a window reaching their page does not bring them back', () => {
    const highlighter = createPageWindowHighlighter(pageOf);
    const mentions = mentionsOn(5);
    highlighter.add(mentions);
    highlighter.remove([mentions[3]!]);
    highlighter.setWindow(new Set([3, 4, 5]));
    expect(registeredPages()).toEqual([3, 5]);
    highlighter.clear();
    highlighter.setWindow(new Set([1, 2]));
    expect(registeredPages()).toEqual([]);
  });

  it('keeps the mention looked at shown wherever it is', () => {
    const highlighter = createPageWindowHighlighter(pageOf);
    const mentions = mentionsOn(30);
    highlighter.add(mentions);
    highlighter.setActive(mentions[29]!);
    expect([...registry.get('defense-innovation-lens-active')!]).toEqual([mentions[29]!.range]);
  });
});
