
/** The page commands (the manifest's `commands`) a key press in the page can stand in for. */
export type PageShortcut = 'save-article' | 'toggle-highlights' | 'next-mention' | 'previous-mention';

/** The manifest's default keys, Alt+Shift+ these (`KeyboardEvent.code`). */
const SHORTCUT_KEYS: Readonly<Record<string, PageShortcut>> = {
  KeyS: 'save-article',
  KeyH: 'toggle-highlights',
  Period: 'next-mention',
  Comma: 'previous-mention',
};

/**
 * The command a key press in the page stands in for, or null: Alt+Shift+S saves, Alt+Shift+H turns
 * highlights off or on, Alt+Shift+. and Alt+Shift+, step through mentions like find-in-page. Where the
 * browser has the command's shortcut set it takes the key and the page never sees it; where not (another
 * extension holds it, or the browser left it unset), this is how the key still works. Never while the
 * reader types (a form field or editable text has focus): there the key is the reader's (on some
 * keyboards Alt+Shift+. types a character).
 */
export function pageShortcutFor(event: KeyboardEvent, shadowRootOf?: (element: Element) => ShadowRoot | null): PageShortcut | null {
  const shortcut = shortcutOfKey(event);
  if (!shortcut || isTyping(event, shadowRootOf)) return null;
  return shortcut;
}

/**
 * The command of a key press wherever the focus is: for the extension's own pages (the PDF viewer, whose
 * page-number and find fields are its own and where the keys are always the reader's commands).
 */
export function shortcutOfKey(event: KeyboardEvent): PageShortcut | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return SHORTCUT_KEYS[event.code] ?? null;
}

/**
 * Whether a key press goes to a form field or editable text, inside shadow roots too: a closed one shows
 * the page only its host as the target, so the focus is followed into it where `shadowRootOf` (the
 * extension's reach into closed roots) is given.
 */
function isTyping(event: KeyboardEvent, shadowRootOf?: (element: Element) => ShadowRoot | null): boolean {
  let target = ((typeof event.composedPath === 'function' ? event.composedPath()[0] : undefined) ?? event.target) as Node | null;
  if (!target || target.nodeType !== 1) return false;
  for (let depth = 0; depth < 32; depth += 1) {
    const element = target as Element;
    const root = element.shadowRoot ?? shadowRootOf?.(element) ?? null;
    const inner = root?.activeElement;
    if (!inner || inner === element) break;
    target = inner;
  }
  const element = target as HTMLElement;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName.toUpperCase());
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
