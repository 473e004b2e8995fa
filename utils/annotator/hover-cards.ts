import type { CardActions, CardContent, CardHost } from '../../components/card-host';
import type { Highlighter } from './highlighter';
import type { Listen } from './listen';
import type { MentionLookup } from './mention-lookup';
import type { PageMention } from './page-mention';

export interface HoverCardOptions {
  /** Hover-intent delay before a card opens, like Wikipedia's page previews (read at each hover). */
  openDelayMs: () => number;
  /** Grace period on leaving a mention or the card, so the pointer can travel between them. */
  closeDelayMs: number;
  loadCard(entityId: string): Promise<CardContent>;
  /** "Why highlighted" and the reader's corrections for one mention. */
  actionsFor(mention: PageMention): CardActions;
}

/**
 * Opens the card for a mention on hover intent or keyboard, keeps it open while the pointer is on
 * the mention or the card, closes it on Esc or when the pointer leaves both.
 */
export function attachHoverCards(
  doc: Document,
  lookup: MentionLookup,
  highlighter: Highlighter,
  card: CardHost,
  options: HoverCardOptions,
  listen: Listen,
): { openFor(mention: PageMention, focus: boolean): void; close(): void; shown(): PageMention | null } {
  let hovered: PageMention | null = null;
  let shown: PageMention | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frameRequested = false;
  /** A pinned card stays until Esc or its close button, whatever the pointer does. */
  let pinned = false;
  let lastPointer = { x: 0, y: 0 };
  /** What the card shows now, and the cards it was reached from through relations (oldest first), for "Back". */
  let showing: CardContent = { state: 'loading' };
  let trail: CardContent[] = [];

  const cancelOpen = () => clearTimeout(openTimer);
  /** Whether a close is pending (the grace period after the pointer left the mention and the card). */
  let closing = false;
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closing = false;
  };
  const close = () => {
    cancelOpen();
    cancelClose();
    shown = null;
    pinned = false;
    highlighter.setActive(hovered);
    card.hide();
  };
  const scheduleClose = () => {
    cancelClose();
    if (pinned) return;
    closing = true;
    closeTimer = setTimeout(close, options.closeDelayMs);
  };

  const actionsFor = (mention: PageMention): CardActions => ({
    ...options.actionsFor(mention),
    pinned,
    // The close button closes through here, so the pin goes with the card: a card pinned, then closed with its
    // button, had left the page with no hover cards until a reload (a newcomer's trial, session 28).
    onClose: close,
    onPin: () => {
      pinned = !pinned;
      card.setActions(actionsFor(mention));
    },
    // Relations open the related entity's card in place (the "why highlighted" part stays the mention's),
    // and "Back" returns to the card it was opened from (a newcomer's trial, session 21, found no way back).
    onOpenEntity: (entityId) => {
      if (shown !== mention) return;
      if (showing.state === 'ready') trail.push(showing);
      showing = { state: 'loading' };
      card.update(showing);
      void options.loadCard(entityId).then((content) => {
        if (shown !== mention) return;
        showing = content;
        card.setActions(actionsFor(mention));
        card.update(content);
      });
    },
    ...backFor(mention),
  });

  const backFor = (mention: PageMention): Pick<CardActions, 'back'> => {
    const previous = trail.at(-1);
    if (previous?.state !== 'ready') return {};
    return {
      back: {
        name: previous.data.entity.name,
        onBack: () => {
          if (shown !== mention) return;
          trail.pop();
          showing = previous;
          card.setActions(actionsFor(mention));
          card.update(previous);
        },
      },
    };
  };

  const openFor = (mention: PageMention, focus: boolean) => {
    cancelOpen();
    cancelClose();
    shown = mention;
    pinned = false;
    trail = [];
    showing = { state: 'loading' };
    highlighter.setActive(mention);
    card.show(mention.range, showing, { focus, actions: actionsFor(mention) });
    void options.loadCard(mention.entityId).then((content) => {
      if (shown !== mention) return;
      showing = content;
      card.update(content);
    });
  };

  const onPointerFrame = () => {
    frameRequested = false;
    const { x, y } = lastPointer;
    const mention = lookup.at(doc, x, y) ?? null;
    if (mention === hovered) return;
    hovered = mention;
    highlighter.setActive(mention ?? shown);
    cancelOpen();
    if (mention && mention !== shown && !pinned) {
      // The card of the mention left stays until this one's opens (or the pointer moves on): a close
      // pending from the gap between them would cancel this open, and no card would come (trial 18j).
      cancelClose();
      openTimer = setTimeout(() => openFor(mention, false), options.openDelayMs());
    }
    if (mention && mention === shown) cancelClose();
    if (!mention && card.isOpen()) scheduleClose();
  };

  listen(
    doc,
    'pointermove',
    (event) => {
      if (card.contains(event)) {
        cancelClose();
        return;
      }
      const pointer = event as PointerEvent;
      const previous = lastPointer;
      lastPointer = { x: pointer.clientX, y: pointer.clientY };
      // On its way to the card: the card may sit beside the text column, far from the mention, so the
      // close grace starts again for as long as the pointer keeps getting closer to it.
      if (shown && !pinned && closing) {
        const box = card.box();
        if (box && distanceTo(box, lastPointer) < distanceTo(box, previous)) scheduleClose();
      }
      if (!frameRequested) {
        frameRequested = true;
        requestAnimationFrame(onPointerFrame);
      }
    },
    { passive: true, capture: true },
  );
  // On the document, capturing: the card may not exist yet (its UI loads on first use). pointerenter and
  // pointerleave do not bubble, but a capture listener still sees them.
  listen(
    doc,
    'pointerleave',
    (event) => {
      if (card.isHostEvent(event) && (!hovered || hovered !== shown)) scheduleClose();
    },
    { capture: true },
  );
  listen(
    doc,
    'pointerenter',
    (event) => {
      if (card.isHostEvent(event)) cancelClose();
    },
    { capture: true },
  );
  listen(
    doc,
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && card.isOpen()) close();
    },
    { capture: true },
  );
  // What a pointer last pressed, until a key is used: the focus it gives, and the same focus given back
  // when the window is focused again (the reader returns from the tab the link opened), is the
  // pointer's, whatever :focus-visible says (Firefox shows it then).
  let pressed: Element | null = null;
  listen(
    doc,
    'pointerdown',
    (event) => {
      pressed = event.target instanceof Element ? event.target : null;
    },
    { capture: true, passive: true },
  );
  listen(
    doc,
    'keydown',
    () => {
      pressed = null;
    },
    { capture: true, passive: true },
  );
  const pressedByPointer = (target: Element) => pressed !== null && (pressed === target || target.contains(pressed) || pressed.contains(target));
  // Keyboard users: focusing a link or control that contains a mention opens its card.
  listen(
    doc,
    'focusin',
    (event) => {
      if (card.contains(event)) return;
      const target = event.target;
      if (!(target instanceof Element) || target === doc.body || target === doc.documentElement) return;
      // A click focuses the link it lands on too: that is a pointer's focus, not a keyboard user's (the
      // card would stay over the page after the click). The browser tells them apart with :focus-visible.
      const [first] = lookup.within(target);
      if (first) {
        if (focusVisible(target) && !pressedByPointer(target)) openFor(first, false);
      }
      // Focus moved on to something without a mention: the card goes at once (a quick Tab must not
      // leave it behind, anchored to a mention that has scrolled away), unless the reader pinned it.
      else if (card.isOpen() && !pinned) close();
    },
    { capture: true },
  );

  return { openFor, close, shown: () => shown };
}

/** Whether the element's focus is one the browser shows (keyboard), not a pointer's; true where unknown. */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** Distance from a point to a rectangle (0 inside it), in CSS pixels. */
function distanceTo(box: DOMRect, point: { x: number; y: number }): number {
  const dx = Math.max(box.left - point.x, 0, point.x - box.right);
  const dy = Math.max(box.top - point.y, 0, point.y - box.bottom);
  return Math.hypot(dx, dy);
}
