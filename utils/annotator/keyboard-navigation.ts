
/** Alt+Shift+. and Alt+Shift+, step through mentions like find-in-page, opening each card. */
export function mentionStepFor(event: KeyboardEvent): 1 | -1 | 0 {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return 0;
  if (event.code === 'Period') return 1;
  if (event.code === 'Comma') return -1;
  return 0;
}

/** Where a mention is against the reader's view: above it (-1), in it (0) or below it (1). */
export type ViewPlace<T> = (mention: T) => -1 | 0 | 1;

/**
 * The mention a step goes to, wrapping around. From `current` while it is in view; otherwise from the
 * reader's place, as find in a browser does: forward, the first mention in or below the view; backward,
 * the last one in or above it (a reader on page 11 of a PDF who presses Alt+Shift+. meant the next
 * mention there, not the document's first; trial 18m). `mentions` in document order, so `place` only
 * grows along them (looked up by halving: a few positions read, not one per mention). Without `place`,
 * from the first or the last.
 */
export function steppedMention<T>(mentions: readonly T[], current: T | null, step: 1 | -1, place?: ViewPlace<T>): T | undefined {
  const count = mentions.length;
  if (count === 0) return undefined;
  const index = current ? mentions.indexOf(current) : -1;
  if (index !== -1 && (!place || place(current!) === 0)) return mentions[(index + step + count) % count];
  if (!place) return mentions[step === 1 ? 0 : count - 1];
  // The first mention not above the view (forward), or the first below it, whose predecessor is the answer (backward).
  const firstFrom = (least: -1 | 0) => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (place(mentions[middle]!) > least) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  if (step === 1) {
    const next = firstFrom(-1);
    return mentions[next < count ? next : 0];
  }
  const below = firstFrom(0);
  return mentions[below > 0 ? below - 1 : count - 1];
}
