import type { Category } from '../dataset/schema';
import type { PageMention } from './page-mention';

/**
 * Shows mentions on the page and finds the mention under the pointer. Two implementations: the CSS
 * Custom Highlight API (no DOM mutation, so page frameworks never see our work) and, only where that
 * API is missing, wrapping in `<mark>` elements.
 */
export interface Highlighter {
  /** 'boxes': drawn beside the text (the PDF viewer's page layers), which leaves the text's nodes alone. */
  readonly kind: 'css-highlight' | 'mark' | 'boxes';
  add(mentions: readonly PageMention[]): void;
  remove(mentions: readonly PageMention[]): void;
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

/**
 * The extension's entries in the page's highlight registry: the "active" highlight (the mention whose
 * card is open, drawn above the others) and one per category, registered when first used.
 */
export function highlightRegistry(): { active: Highlight; highlightFor(category: Category): Highlight; categories(): Iterable<Highlight> } {
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
  return { active, highlightFor, categories: () => byCategory.values() };
}

export function createCssHighlighter(): Highlighter {
  const { active, highlightFor, categories } = highlightRegistry();
  return {
    kind: 'css-highlight',
    add(mentions) {
      for (const mention of mentions) highlightFor(mention.category).add(mention.range);
    },
    remove(mentions) {
      for (const mention of mentions) {
        highlightFor(mention.category).delete(mention.range);
        active.delete(mention.range);
      }
    },
    clear() {
      for (const highlight of categories()) highlight.clear();
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
  let marks: HTMLElement[] = [];
  let activeMarks: HTMLElement[] = [];
  const unwrap = (mark: HTMLElement) => {
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  };
  return {
    kind: 'mark',
    add(mentions) {
      // Measure every piece before touching the DOM, then wrap from the last piece back: splitting a
      // text node keeps its first part, so earlier pieces stay valid without relying on live ranges.
      const pieces = mentions.map((mention) => textPieces(doc, mention.range));
      const wrapped = pieces.map(() => [] as HTMLElement[]);
      for (let m = pieces.length - 1; m >= 0; m -= 1) {
        for (let p = pieces[m]!.length - 1; p >= 0; p -= 1) {
          wrapped[m]!.unshift(wrapPiece(doc, pieces[m]![p]!, mentions[m]!.category));
        }
      }
      mentions.forEach((mention, m) => {
        const own = wrapped[m]!;
        if (own.length === 0) return;
        marks.push(...own);
        mention.range.setStartBefore(own[0]!);
        mention.range.setEndAfter(own.at(-1)!);
      });
    },
    remove(mentions) {
      const gone = new Set(marks.filter((mark) => mentions.some((m) => m.range.intersectsNode(mark))));
      for (const mark of gone) unwrap(mark);
      marks = marks.filter((mark) => !gone.has(mark));
      activeMarks = activeMarks.filter((mark) => !gone.has(mark));
    },
    clear() {
      for (const mark of marks) unwrap(mark);
      marks = [];
      activeMarks = [];
    },
    setActive(mention) {
      for (const mark of activeMarks) mark.removeAttribute('data-active');
      activeMarks = mention ? marks.filter((mark) => mention.range.intersectsNode(mark)) : [];
      for (const mark of activeMarks) mark.setAttribute('data-active', 'true');
    },
  };
}

interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

function textPieces(doc: Document, range: Range): TextPiece[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) {
    return range.endOffset > range.startOffset ? [{ node: root as Text, start: range.startOffset, end: range.endOffset }] : [];
  }
  const pieces: TextPiece[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (end > start) pieces.push({ node: text, start, end });
  }
  return pieces;
}

function wrapPiece(doc: Document, { node, start, end }: TextPiece, category: Category): HTMLElement {
  const middle = start > 0 ? node.splitText(start) : node;
  if (end - start < middle.data.length) middle.splitText(end - start);
  const mark = doc.createElement('mark');
  mark.className = MARK_CLASS;
  mark.dataset.category = category;
  middle.parentNode!.insertBefore(mark, middle);
  mark.appendChild(middle);
  return mark;
}
