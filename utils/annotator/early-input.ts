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
}

export function captureEarlyInput(win: Window, add: (target: EventTarget, type: string, listener: (event: Event) => void, options: AddEventListenerOptions) => void): EarlyInput {
  const listeners = new Map<EarlyEvent, ((event: Event) => void)[]>(EARLY_EVENTS.map((type) => [type, []]));
  for (const type of EARLY_EVENTS) {
    add(
      win,
      type,
      (event) => {
        for (const listener of listeners.get(type)!) {
          try {
            listener(event);
          } catch (error) {
            console.debug('[Defense Innovation Lens]', error);
          }
        }
      },
      { capture: true, passive: type === 'pointermove' },
    );
  }
  return {
    on: (type, listener, signal) => {
      if (signal?.aborted) return;
      listeners.get(type)!.push(listener);
      signal?.addEventListener('abort', () => listeners.set(type, listeners.get(type)!.filter((l) => l !== listener)), { once: true });
    },
    handles: (type): type is EarlyEvent => (EARLY_EVENTS as readonly string[]).includes(type),
  };
}
