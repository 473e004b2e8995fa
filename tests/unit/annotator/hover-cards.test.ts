// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardHost } from '../../../components/card-host';
import { attachHoverCards } from '../../../utils/annotator/hover-cards';
import type { Highlighter } from '../../../utils/annotator/highlighter';
import type { MentionLookup } from '../../../utils/annotator/mention-lookup';
import type { PageMention } from '../../../utils/annotator/page-mention';

/** Two mentions side by side: x < 100 is the first, 110 ≤ x < 200 the second, the gap between them neither. */
const first = { entityId: 'nato-innovation-fund' } as PageMention;
const second = { entityId: 'nato-diana' } as PageMention;

describe('hover cards: moving from one mention with an open card onto the next', () => {
  let open: PageMention | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const setUp = () => {
    const lookup = { at: (_doc: Document, x: number) => (x < 100 ? first : x >= 110 && x < 200 ? second : null), within: () => [] } as unknown as MentionLookup;
    const highlighter = { setActive: () => undefined } as unknown as Highlighter;
    const card = {
      show: () => undefined,
      update: () => undefined,
      hide: () => void (open = null),
      isOpen: () => open !== null,
      contains: () => false,
      isHostEvent: () => false,
      box: () => null,
      setActions: () => undefined,
    } as unknown as CardHost;
    const hover = attachHoverCards(document, lookup, highlighter, card, { openDelayMs: () => 300, closeDelayMs: 250, loadCard: async () => ({ state: 'loading' }) as never, actionsFor: () => ({}) as never }, (target, type, listener, options) =>
      target.addEventListener(type, listener, options),
    );
    return hover;
  };
  const pointAt = (x: number) => {
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 10 }));
    vi.advanceTimersByTime(20);
  };

  it('opens the next mention’s card though a close was pending from the gap between them', () => {
    const hover = setUp();
    pointAt(50);
    vi.advanceTimersByTime(400);
    expect(hover.shown()).toBe(first);
    open = first;
    // Through the gap (a close starts) and onto the second mention, and rest there.
    pointAt(105);
    pointAt(150);
    vi.advanceTimersByTime(1_000);
    expect(hover.shown()).toBe(second);
  });

  it('still closes the card when the pointer leaves both mentions', () => {
    const hover = setUp();
    pointAt(50);
    vi.advanceTimersByTime(400);
    open = first;
    pointAt(105);
    vi.advanceTimersByTime(1_000);
    expect(hover.shown()).toBeNull();
  });
});
