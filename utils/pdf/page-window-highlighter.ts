import { type Highlighter, highlightRegistry } from '../annotator/highlighter';
import type { PageMention } from '../annotator/page-mention';

export interface PageWindowHighlighter extends Highlighter {
  /** The pages whose mentions are registered from now on (those in and near the view). */
  setWindow(pages: ReadonlySet<number>): void;
}

/**
 * The PDF viewer's highlighter: the CSS Custom Highlight API, with only the ranges of pages in or near
 * the view registered. Chromium's pre-paint work grows with every registered range, however far from
 * view, so a long PDF with thousands of mentions scrolled slowly when all were registered. Mentions of
 * other pages are kept and registered once their page comes near; what the popup and the badge count
 * (the annotation's mention list) covers the whole document either way.
 */
export function createPageWindowHighlighter(pageOf: (node: Node) => number | undefined): PageWindowHighlighter {
  const { active, highlightFor, categories } = highlightRegistry();
  /** Every mention shown, by page (mentions on no page, page 0, are always registered). */
  const byPage = new Map<number, Set<PageMention>>();
  const pageByMention = new Map<PageMention, number>();
  let window: ReadonlySet<number> = new Set();
  const pageOfMention = (mention: PageMention) => pageOf(mention.range.startContainer) ?? 0;
  const registered = (page: number) => page === 0 || window.has(page);

  return {
    kind: 'css-highlight',
    add(mentions) {
      for (const mention of mentions) {
        const page = pageOfMention(mention);
        let onPage = byPage.get(page);
        if (!onPage) byPage.set(page, (onPage = new Set()));
        onPage.add(mention);
        pageByMention.set(mention, page);
        if (registered(page)) highlightFor(mention.category).add(mention.range);
      }
    },
    remove(mentions) {
      for (const mention of mentions) {
        byPage.get(pageByMention.get(mention) ?? 0)?.delete(mention);
        pageByMention.delete(mention);
        highlightFor(mention.category).delete(mention.range);
        active.delete(mention.range);
      }
    },
    clear() {
      byPage.clear();
      pageByMention.clear();
      for (const highlight of categories()) highlight.clear();
      active.clear();
    },
    setActive(mention) {
      active.clear();
      if (mention) active.add(mention.range);
    },
    setWindow(pages) {
      const before = window;
      window = new Set(pages);
      for (const [page, mentions] of byPage) {
        if (page === 0) continue;
        const was = before.has(page);
        const is = window.has(page);
        if (was === is) continue;
        for (const mention of mentions) {
          if (is) highlightFor(mention.category).add(mention.range);
          else highlightFor(mention.category).delete(mention.range);
        }
      }
    },
  };
}
