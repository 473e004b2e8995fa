import { autoUpdate } from '@floating-ui/dom';
import { render as preactRender } from 'preact';
import { anchorGeometry } from './card-anchor';
import { CARD_MAX_HEIGHT, placeCard, type Side, type Size } from './card-placement';
import { type CardBack, EntityCard, KEY_FACTS, type MentionContext } from './entity-card';
import cardCss from './entity-card.css?inline';
import type { EntityCardData } from '../utils/entity-card-data';
import { OWN_UI_ATTRIBUTE } from '../utils/page-text/collect-text-blocks';

type Reposition = 'fresh' | 'move' | 'size';

/** What the keyboard can focus in a card (its buttons, links, the fold's summary). */
const FOCUSABLE = 'a[href], button:not([disabled]), summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Shown, so the keyboard can reach it: not inside a closed fold (whose content still has boxes in Chromium). */
function canTakeFocus(element: HTMLElement): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}

export type CardContent = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; data: EntityCardData };

export interface CardActions {
  mention?: MentionContext;
  onNotThisOne?: () => void;
  onNotThisEntity?: () => void;
  onMuteTerm?: () => void;
  pinned?: boolean;
  onPin?: () => void;
  onOpenEntity?: (entityId: string) => void;
  back?: CardBack;
  /**
   * The close button's action, where the card's owner keeps state of its own (a pinned card): without it the
   * button only hides the card, and the owner would think it still open and pinned.
   */
  onClose?: () => void;
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
  /** Where the open card is on screen (viewport coordinates), or null when none is shown. */
  box(): DOMRect | null;
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
 * when the browser supports popovers (nothing on the page can cover it), placed by `placeCard` clear
 * of the mention's line and the headline and never off-screen, and followed by floating-ui's
 * `autoUpdate` as the card changes size.
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
  // Keyboard focus stays in the card while it is open: Tab past its last control comes back to its first
  // (and Shift+Tab the other way), as in a dialog. The host sits after the page's <body>: without this, focus
  // went on to the browser's own controls, through <body>, with the card still open. Esc closes it and gives
  // the focus back.
  shadow.addEventListener('keydown', (event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Tab' || key.altKey || key.ctrlKey || key.metaKey) return;
    const controls = Array.from(frame.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(canTakeFocus);
    if (controls.length === 0) return;
    const at = controls.indexOf(shadow.activeElement as HTMLElement);
    const next = key.shiftKey ? (at <= 0 ? controls[controls.length - 1] : null) : at === controls.length - 1 || at < 0 ? controls[0] : null;
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  let stopAutoUpdate: (() => void) | null = null;
  let open = false;
  let returnFocus: HTMLElement | null = null;
  let pendingFocus = false;
  let actions: CardActions = {};
  let current: CardContent = { state: 'loading' };
  /** Key facts shown: fewer when the card's room is short (see `fit`). */
  let keyFacts = KEY_FACTS;
  /**
   * Repositions the open card; set while a card is open. Why: `fresh`, new content or a new window
   * size (measured and placed afresh); `move`, the page scrolled (same card, same size); `size`, the
   * card changed size in place (measured again, kept on its side).
   */
  let reposition: ((why: Reposition) => void) | null = null;

  const render = () => {
    preactRender(
      current.state === 'ready' ? (
        <EntityCard data={current.data} onClose={() => hide()} keyFacts={keyFacts} {...actions} />
      ) : (
        <div class="status" role="status">
          {current.state === 'loading' ? 'Loading…' : 'No information for this term.'}
        </div>
      ),
      frame,
    );
  };

  /** The card at its natural height, capped (all key facts shown), to choose the side with room for all of it. */
  const measure = (): Size => {
    if (keyFacts !== KEY_FACTS) {
      keyFacts = KEY_FACTS;
      render();
    }
    frame.style.setProperty('max-height', `${CARD_MAX_HEIGHT}px`);
    const box = frame.getBoundingClientRect();
    return { width: box.width, height: box.height };
  };

  /**
   * When the card is shorter than its content, key facts give way, from the last: the summary, why it
   * is highlighted, the corrections and the fold's toggle stay in view without scrolling inside the
   * card. Not while the fold is open: the reader asked for more and scrolls for it.
   */
  const fit = () => {
    const overflows = () => frame.scrollHeight > frame.clientHeight + 1;
    if (frame.querySelector('.card__fold[open]')) return;
    while (keyFacts > 0 && overflows()) {
      keyFacts -= 1;
      render();
    }
  };

  const place = (anchor: Range) => {
    const geometry = anchorGeometry(anchor);
    const view = doc.defaultView;
    let natural: Size | null = null;
    let side: Side | null = null;
    let applied: number | null = null;
    // The card changes size under the reader's hand (Read more, the fold): it stays on its side.
    let keepSide = false;
    const update = (why: Reposition) => {
      if (why !== 'move') natural = null;
      if (why !== 'size') keepSide = false;
      if (!natural) {
        natural = measure();
        applied = null;
      }
      const root = doc.documentElement;
      const viewport = {
        // Without the page's scrollbars: a card under a scrollbar is partly off-screen.
        width: Math.min(view?.innerWidth ?? root.clientWidth, root.clientWidth || Infinity),
        height: Math.min(view?.innerHeight ?? root.clientHeight, root.clientHeight || Infinity),
      };
      const placement = placeCard({ viewport, card: natural, ...geometry(), keep: keepSide ? side : null });
      side = placement.side;
      keepSide = true;
      host.style.setProperty('left', `${placement.x}px`, 'important');
      host.style.setProperty('top', `${placement.y}px`, 'important');
      if (placement.maxHeight !== applied) {
        applied = placement.maxHeight;
        frame.style.setProperty('max-height', `${placement.maxHeight}px`);
        if (keyFacts !== KEY_FACTS) {
          keyFacts = KEY_FACTS;
          render();
        }
        fit();
      }
    };
    // No contextElement, and no per-ancestor listeners: on a page nested thousands of levels deep,
    // finding every scrolling ancestor took seconds. One capture-phase scroll listener on the window
    // sees every scroll instead. autoUpdate is left to watch the card's own size (content arriving,
    // the reader opening the fold): the card is measured again then.
    const reference = { getBoundingClientRect: () => anchor.getBoundingClientRect() };
    stopAutoUpdate?.();
    const stopFloating = autoUpdate(reference, host, () => update('size'), { ancestorScroll: false, ancestorResize: false, layoutShift: false });
    // One placement per frame: a burst of scroll events (a wheel, PageDown held) in one task each
    // re-placed and, with a new height cap, re-rendered the card: 106 ms in one task (trial 18k).
    let frameRequested = false;
    const onScroll = (event: Event) => {
      if (event.target === host || frameRequested) return;
      frameRequested = true;
      requestAnimationFrame(() => {
        frameRequested = false;
        if (reposition === update) update('move');
      });
    };
    const onResize = () => update('fresh');
    // A click inside can change the card's height without changing the frame's (a capped card): measure again.
    const onToggle = () => requestAnimationFrame(() => reposition?.('size'));
    view?.addEventListener('scroll', onScroll, { capture: true, passive: true });
    view?.addEventListener('resize', onResize, { passive: true });
    shadow.addEventListener('click', onToggle);
    shadow.addEventListener('toggle', onToggle, { capture: true });
    reposition = update;
    stopAutoUpdate = () => {
      stopFloating();
      view?.removeEventListener('scroll', onScroll, { capture: true });
      view?.removeEventListener('resize', onResize);
      shadow.removeEventListener('click', onToggle);
      shadow.removeEventListener('toggle', onToggle, { capture: true });
      reposition = null;
    };
  };

  /** New content is placed afresh; the same content redrawn (new actions, e.g. pinned) keeps its side. */
  const draw = (content: CardContent, why: Reposition = 'fresh') => {
    current = content;
    keyFacts = KEY_FACTS;
    frame.dataset.theme = isDark() ? 'dark' : 'light';
    const focusInside = shadow.activeElement !== null;
    render();
    // New content drawn while the focus was in the card (a relation opened from its fold) can remove the
    // focused control: the focus goes to the new card's close button, not to the page's <body>.
    if (focusInside && !shadow.activeElement) pendingFocus = true;
    if (pendingFocus && content.state === 'ready') {
      pendingFocus = false;
      shadow.querySelector<HTMLElement>('.card__close')?.focus();
    }
    reposition?.(why);
  };

  function hide() {
    if (!open) return;
    open = false;
    stopAutoUpdate?.();
    stopAutoUpdate = null;
    preactRender(null, frame);
    host.style.setProperty('display', 'none', 'important');
    if (usePopover && host.matches(':popover-open')) host.hidePopover();
    host.remove();
    returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  }

  return {
    isHostEvent: (event) => event.composedPath()[0] === host,
    box: () => (open ? frame.getBoundingClientRect() : null),
    show(anchor, content, options = {}) {
      if (!host.isConnected) doc.documentElement.append(host);
      host.style.setProperty('display', 'block', 'important');
      if (usePopover && !host.matches(':popover-open')) host.showPopover();
      open = true;
      pendingFocus = options.focus === true;
      actions = options.actions ?? {};
      // Where the focus goes back to when the card closes: what had it before the card took it. Stepping on to
      // the next mention from inside the card keeps that place (the card itself is not a place to go back to).
      if (pendingFocus && doc.activeElement !== host) returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      // The previous mention's tracking stops first: the card is drawn, then placed for this one.
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      draw(content);
      place(anchor);
    },
    update(content) {
      if (open) draw(content);
    },
    setActions(next) {
      actions = next;
      if (open) draw(current, 'size');
    },
    hide,
    isOpen: () => open,
    contains: (event) => event.composedPath().includes(host),
  };
}
