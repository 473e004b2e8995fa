import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { EntityCard, type MentionContext } from './entity-card';
import cardCss from './entity-card.css?inline';
import type { EntityCardData } from '../utils/entity-card-data';
import { OWN_UI_ATTRIBUTE } from '../utils/page-text/collect-text-blocks';

export type CardContent = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; data: EntityCardData };

export interface CardActions {
  mention?: MentionContext;
  onNotThisOne?: () => void;
  onNotThisEntity?: () => void;
  onMuteTerm?: () => void;
  pinned?: boolean;
  onPin?: () => void;
  onOpenEntity?: (entityId: string) => void;
}

export interface CardHost {
  show(anchor: Range, content: CardContent, options?: { focus?: boolean; actions?: CardActions }): void;
  update(content: CardContent): void;
  /** Redraws the current content with new actions (e.g. pinned). */
  setActions(actions: CardActions): void;
  hide(): void;
  isOpen(): boolean;
  /** True when the event happened inside the card. */
  contains(event: Event): boolean;
  /**
   * True when the event's own target is the card's host element (its pointerenter / pointerleave, seen
   * by a capture listener on the document): entering or leaving the card as a whole, not a part of it.
   */
  isHostEvent(event: Event): boolean;
}

// Inline !important beats any page rule, including `* { all: unset !important }`.
const HOST_STYLE = [
  'all: initial !important',
  'position: fixed !important',
  'inset: auto !important',
  'top: 0 !important',
  'left: 0 !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'border: 0 !important',
  'background: transparent !important',
  'overflow: visible !important',
  'z-index: 2147483647 !important',
  'display: none !important',
].join(';');

/**
 * The tooltip card's container: a shadow root (page CSS cannot reach in), shown in the top layer
 * when the browser supports popovers (nothing on the page can cover it), positioned with
 * floating-ui so it never leaves the viewport.
 */
export function createCardHost(doc: Document, isDark: () => boolean): CardHost {
  const host = doc.createElement('defense-innovation-lens-card');
  host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
  host.setAttribute('style', HOST_STYLE);
  const usePopover = typeof host.showPopover === 'function';
  if (usePopover) host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const frame = doc.createElement('div');
  frame.className = 'frame';
  shadow.append(style, frame);

  let stopAutoUpdate: (() => void) | null = null;
  let open = false;
  let returnFocus: HTMLElement | null = null;
  let pendingFocus = false;
  let actions: CardActions = {};
  let current: CardContent = { state: 'loading' };

  const place = (anchor: Range) => {
    // No contextElement, and no per-ancestor listeners: on a page nested thousands of levels deep,
    // finding every scrolling ancestor took seconds. One capture-phase scroll listener on the window
    // sees every scroll instead.
    // A mention in a headline: the card goes beside or below the whole headline's text, never over it
    // (a card over the headline hides what the reader is deciding to read).
    const heading = anchor.startContainer.parentElement?.closest('h1, h2, h3') ?? null;
    const headingText = heading ? doc.createRange() : null;
    if (heading && headingText) headingText.selectNodeContents(heading);
    const target = headingText ?? anchor;
    const reference = {
      getBoundingClientRect: () => target.getBoundingClientRect(),
      getClientRects: () => target.getClientRects(),
    };
    stopAutoUpdate?.();
    const headline = heading !== null;
    const update = () => {
      // Measured at full height, so the side with room for all of it wins (not the side it was squeezed into).
      frame.style.setProperty('max-height', '620px');
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: headline ? 'right-start' : 'bottom-start',
        middleware: [
          offset(6),
          // Never over the mention's own line: below, above, then beside it.
          flip({ padding: 8, fallbackStrategy: 'bestFit', fallbackPlacements: headline ? ['left-start', 'bottom-start', 'top-start'] : ['top-start', 'right-start', 'left-start'] }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              frame.style.setProperty('max-height', `${Math.max(160, Math.min(620, availableHeight))}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        // Never off-screen, even when the mention itself has scrolled out of view.
        const view = doc.defaultView;
        const box = frame.getBoundingClientRect();
        const maxX = Math.max(8, (view?.innerWidth ?? 0) - box.width - 8);
        const maxY = Math.max(8, (view?.innerHeight ?? 0) - box.height - 8);
        host.style.setProperty('left', `${Math.min(Math.max(8, x), maxX)}px`, 'important');
        host.style.setProperty('top', `${Math.min(Math.max(8, y), maxY)}px`, 'important');
      });
    };
    const stopFloating = autoUpdate(reference, host, update, { ancestorScroll: false, ancestorResize: false, layoutShift: false });
    const view = doc.defaultView;
    view?.addEventListener('scroll', update, { capture: true, passive: true });
    view?.addEventListener('resize', update, { passive: true });
    stopAutoUpdate = () => {
      stopFloating();
      view?.removeEventListener('scroll', update, { capture: true });
      view?.removeEventListener('resize', update);
    };
  };

  const draw = (content: CardContent) => {
    current = content;
    frame.dataset.theme = isDark() ? 'dark' : 'light';
    const close = () => hide();
    render(
      content.state === 'ready' ? (
        <EntityCard data={content.data} onClose={close} {...actions} />
      ) : (
        <div class="status" role="status">
          {content.state === 'loading' ? 'Loading…' : 'No information for this term.'}
        </div>
      ),
      frame,
    );
    if (pendingFocus && content.state === 'ready') {
      pendingFocus = false;
      shadow.querySelector<HTMLElement>('.card__close')?.focus();
    }
  };

  function hide() {
    if (!open) return;
    open = false;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    render(null, frame);
    host.style.setProperty('display', 'none', 'important');
    if (usePopover && host.matches(':popover-open')) host.hidePopover();
    host.remove();
    returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  }

  return {
    isHostEvent: (event) => event.composedPath()[0] === host,
    show(anchor, content, options = {}) {
      if (!host.isConnected) doc.documentElement.append(host);
      host.style.setProperty('display', 'block', 'important');
      if (usePopover && !host.matches(':popover-open')) host.showPopover();
      open = true;
      pendingFocus = options.focus === true;
      actions = options.actions ?? {};
      if (pendingFocus) returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      draw(content);
      place(anchor);
    },
    update(content) {
      if (open) draw(content);
    },
    setActions(next) {
      actions = next;
      if (open) draw(current);
    },
    hide,
    isOpen: () => open,
    contains: (event) => event.composedPath().includes(host),
  };
}
