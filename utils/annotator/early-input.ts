/**
 * Pages can stop events in their own window-level capture listeners, before any listener we add
 * later would see them. Registered at document_start, before the page's scripts run, these window
 * capture listeners see pointer, key and focus events first, and hand them to whoever subscribes
 * once the page is annotated.
 */
export const EARLY_EVENTS = ['pointermove', 'keydown', 'focusin'] as const;
export type EarlyEvent = (typeof EARLY_EVENTS)[number];

export interface EarlyInput {
  /** Subscribes `listener`; it is dropped when `signal` aborts. */
  on(type: EarlyEvent, listener: (event: Event) => void, signal?: AbortSignal): void;
  handles(type: string): type is EarlyEvent;
  /**
   * Adds the window listeners again, keeping the subscribers: `document.open()` erases every listener of
   * the document and its window (a frame a widget writes after load, an old page rewriting itself).
   */
  reattach(): void;
}

export function captureEarlyInput(win: Window, add: (target: EventTarget, type: string, listener: (event: Event) => void, options: AddEventListenerOptions) => void): EarlyInput {
  const listeners = new Map<EarlyEvent, ((event: Event) => void)[]>(EARLY_EVENTS.map((type) => [type, []]));
  const dispatch = (type: EarlyEvent) => (event: Event) => {
    for (const listener of listeners.get(type)!) {
      try {
        listener(event);
      } catch (error) {
        console.debug('[Defense Innovation Lens]', error);
      }
    }
  };
  const attached = new Map<EarlyEvent, (event: Event) => void>();
  const attach = () => {
    for (const type of EARLY_EVENTS) {
      // Never twice: where the old listener survived (a root replaced without document.open()), it goes first.
      const old = attached.get(type);
      if (old) win.removeEventListener(type, old, { capture: true });
      const listener = dispatch(type);
      attached.set(type, listener);
      add(win, type, listener, { capture: true, passive: type === 'pointermove' });
    }
  };
  attach();
  return {
    reattach: attach,
    on: (type, listener, signal) => {
      if (signal?.aborted) return;
      listeners.get(type)!.push(listener);
      signal?.addEventListener('abort', () => listeners.set(type, listeners.get(type)!.filter((l) => l !== listener)), { once: true });
    },
    handles: (type): type is EarlyEvent => (EARLY_EVENTS as readonly string[]).includes(type),
  };
}
