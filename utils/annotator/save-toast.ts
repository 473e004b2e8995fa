import type { SaveOutcome } from '../messaging';
import { OWN_UI_ATTRIBUTE } from '../page-text/collect-text-blocks';

const TOAST_CSS = `
:host { all: initial; }
.toast { all: initial; display: flex; gap: 12px; align-items: center; font: 14px/1.4 system-ui, sans-serif; padding: 10px 14px;
  border-radius: 8px; color: #fff; background: #14532d; box-shadow: 0 6px 20px rgb(0 0 0 / 0.25); max-width: 420px; }
.toast[data-ok="false"] { background: #7f1d1d; }
button { all: initial; font: 600 13px/1.2 system-ui, sans-serif; color: #14532d; background: #fff; border-radius: 6px;
  padding: 6px 10px; cursor: pointer; white-space: nowrap; }
button:focus-visible { outline: 3px solid #fde047; outline-offset: 2px; }
`;

export interface SaveToastOptions {
  /** Called by the toast's "Open in library" button (shown only for a successful save). */
  onOpenLibrary?: () => void;
  /** How long the toast stays, in ms, while the pointer and focus are elsewhere. */
  durationMs?: number;
}

/**
 * A short confirmation in the page's corner, in a shadow root, announced to screen readers. A successful
 * save offers "Open in library"; the toast stays while the pointer is on it or its button has focus.
 */
export function showSaveToast(outcome: SaveOutcome, options: SaveToastOptions = {}, doc: Document = document): void {
  const durationMs = options.durationMs ?? (outcome.ok && options.onOpenLibrary ? 8000 : 3500);
  doc.querySelector('defense-innovation-lens-toast')?.remove();
  const host = doc.createElement('defense-innovation-lens-toast');
  host.setAttribute(OWN_UI_ATTRIBUTE, 'toast');
  host.setAttribute('style', 'all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important; z-index: 2147483647 !important; display: block !important;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOAST_CSS;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', outcome.ok ? 'status' : 'alert');
  box.dataset.ok = String(outcome.ok);
  const message = doc.createElement('span');
  message.textContent = outcome.ok
    ? `${outcome.created ? 'Saved to your library' : 'Updated in your library'}: “${outcome.title}” (${outcome.mentionCount} mentions)`
    : outcome.error;
  box.append(message);
  if (outcome.ok && options.onOpenLibrary) {
    const open = doc.createElement('button');
    open.type = 'button';
    open.textContent = 'Open in library';
    open.addEventListener('click', () => {
      options.onOpenLibrary?.();
      host.remove();
    });
    box.append(open);
  }
  shadow.append(style, box);
  doc.documentElement.append(host);

  // Leave when the time is up, unless the reader is on it: then when they leave it.
  let due = false;
  const engaged = () => host.matches(':hover') || shadow.activeElement !== null;
  const leave = () => {
    if (due && !engaged()) host.remove();
  };
  setTimeout(() => {
    due = true;
    leave();
  }, durationMs);
  host.addEventListener('mouseleave', () => setTimeout(leave, 600));
  host.addEventListener('focusout', () => setTimeout(leave, 600));
}
