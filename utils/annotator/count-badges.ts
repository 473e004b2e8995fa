import { OWN_UI_ATTRIBUTE } from '../page-text/collect-text-blocks';
import type { PageMention } from './page-mention';

const CSS = `:host { all: initial; }
.badge { position: absolute; font: 600 10px/14px system-ui, sans-serif; min-width: 14px; padding: 0 4px; border-radius: 7px;
  text-align: center; color: #fff; background: #1d4ed8; pointer-events: none; box-shadow: 0 1px 2px rgb(0 0 0 / 0.3); }`;

/**
 * In "first mention only" mode, a small count next to each first mention says how many there are.
 * Highlights cannot carry text, so the counts live in one overlay of our own (a shadow root laid over
 * the document), never inside the page's content.
 */
export function createCountBadges(doc: Document) {
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let items: { mention: PageMention; count: number }[] = [];

  const ensure = () => {
    if (host && layer && host.isConnected) return layer;
    host = doc.createElement('defense-innovation-lens-badges');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'badges');
    host.setAttribute('aria-hidden', 'true');
    host.setAttribute('style', 'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483646 !important; pointer-events: none !important; display: block !important;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    layer = doc.createElement('div');
    shadow.append(style, layer);
    doc.documentElement.append(host);
    return layer;
  };

  const place = () => {
    if (items.length === 0) {
      host?.remove();
      host = layer = null;
      return;
    }
    const target = ensure();
    const win = doc.defaultView;
    const badges = items.flatMap(({ mention, count }) => {
      const rects = mention.range.getClientRects();
      const last = rects[rects.length - 1];
      if (!last || !win) return [];
      const badge = doc.createElement('span');
      badge.className = 'badge';
      badge.textContent = String(count);
      badge.style.left = `${last.right + win.scrollX + 2}px`;
      badge.style.top = `${last.top + win.scrollY - 7}px`;
      return [badge];
    });
    target.replaceChildren(...badges);
  };

  return {
    /** Shows counts for these first mentions (only those with more than one mention). */
    show(next: { mention: PageMention; count: number }[]) {
      items = next.filter((item) => item.count > 1);
      place();
    },
    /** Re-positions after layout changes (resize, content above moved). */
    reposition: place,
    clear() {
      items = [];
      place();
    },
  };
}
