/**
 * How the annotation stack adds event listeners. One type for all of it, so the content script can route
 * them through its context (removed when the extension reloads) and an extension page through an
 * AbortSignal (removed when its view goes away), with no cleanup arrays of their own.
 */
export type Listen = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) => void;

/** A Listen whose listeners are all removed when `signal` aborts. */
export function listenUntil(signal: AbortSignal): Listen {
  return (target, type, listener, options) => target.addEventListener(type, listener, { ...options, signal });
}
