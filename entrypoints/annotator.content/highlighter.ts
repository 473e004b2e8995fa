import type { Category } from '../../utils/dataset/schema';
import type { PageMention } from './page-mention';

/**
 * Shows mentions on the page and finds the mention under the pointer. Two implementations: the CSS
 * Custom Highlight API (no DOM mutation, so page frameworks never see our work) and, only where that
 * API is missing, wrapping in `<mark>` elements.
 */
export interface Highlighter {
  readonly kind: 'css-highlight' | 'mark';
  add(mentions: readonly PageMention[]): void;
  clear(): void;
  /** Marks one mention as the one being looked at (hovered or reached by keyboard). */
  setActive(mention: PageMention | null): void;
}

/** Highlight names are shared with the page's own scripts: keep them distinctive. */
export const HIGHLIGHT_NAMES: Record<Category | 'active', string> = {
  program: 'defense-innovation-lens-program',
  firm: 'defense-innovation-lens-firm',
  edt: 'defense-innovation-lens-edt',
  active: 'defense-innovation-lens-active',
};

export function supportsCssHighlights(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createCssHighlighter(): Highlighter {
  const byCategory = new Map<Category, Highlight>();
  const active = new Highlight();
  active.priority = 1;
  CSS.highlights.set(HIGHLIGHT_NAMES.active, active);
  const highlightFor = (category: Category) => {
    let highlight = byCategory.get(category);
    if (!highlight) {
      highlight = new Highlight();
      byCategory.set(category, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES[category], highlight);
    }
    return highlight;
  };
  return {
    kind: 'css-highlight',
    add(mentions) {
      for (const mention of mentions) highlightFor(mention.category).add(mention.range);
    },
    clear() {
      for (const highlight of byCategory.values()) highlight.clear();
      active.clear();
    },
    setActive(mention) {
      active.clear();
      if (mention) active.add(mention.range);
    },
  };
}

export const MARK_CLASS = 'defense-innovation-lens-mark';

/** Fallback for browsers without the Highlight API: wraps each mention's text in `<mark>`. */
export function createMarkHighlighter(doc: Document = document): Highlighter {
  const marks: HTMLElement[] = [];
  let activeMarks: HTMLElement[] = [];
  return {
    kind: 'mark',
    add(mentions) {
      // Wrap from the end so earlier ranges in the same text node stay valid.
      for (const mention of [...mentions].reverse()) {
        const wrapped = wrapRange(doc, mention.range, mention.category);
        if (wrapped.length === 0) continue;
        marks.push(...wrapped);
        mention.range.setStartBefore(wrapped[0]!);
        mention.range.setEndAfter(wrapped.at(-1)!);
      }
    },
    clear() {
      for (const mark of marks.splice(0)) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
      activeMarks = [];
    },
    setActive(mention) {
      for (const mark of activeMarks) mark.removeAttribute('data-active');
      activeMarks = mention ? marks.filter((mark) => mention.range.intersectsNode(mark)) : [];
      for (const mark of activeMarks) mark.setAttribute('data-active', 'true');
    },
  };
}

function wrapRange(doc: Document, range: Range, category: Category): HTMLElement[] {
  const pieces: { node: Text; start: number; end: number }[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const first = range.commonAncestorContainer.nodeType === Node.TEXT_NODE ? (range.commonAncestorContainer as Text) : null;
  for (let node: Node | null = first ?? walker.nextNode(); node; node = first ? null : walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end > start) pieces.push({ node: text, start, end });
  }
  return pieces.map(({ node, start, end }) => {
    const middle = start > 0 ? node.splitText(start) : node;
    middle.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.dataset.category = category;
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    return mark;
  });
}
