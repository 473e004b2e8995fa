/**
 * Long pages are annotated in slices so that no task of ours blocks the page for long: work runs
 * until the slice's time is up, then yields to the browser (input, rendering) before continuing.
 */
export const SLICE_MS = 20;

/**
 * A check of the slice's time, asked after each small piece of work. The clock is read every 4th ask:
 * reading it cost more than many of the pieces it timed (a short paragraph).
 */
export function sliceDeadline(now = performance.now()): () => boolean {
  const end = now + SLICE_MS;
  let asks = 0;
  return () => (asks += 1) % 4 === 0 && performance.now() >= end;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
