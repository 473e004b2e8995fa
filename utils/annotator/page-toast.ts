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

export interface PageToast {
  text: string;
  /** false: an error, announced as an alert. */
  ok: boolean;
  /** One action the reader can take from the toast ("Open in library", "Undo"). */
  action?: { label: string; run: () => void };
  /** How long the toast stays, in ms, while the pointer and focus are elsewhere (default 3.5 s, 8 s with an action). */
  durationMs?: number;
}

/**
 * A short message in the page's corner, in a shadow root, announced to screen readers; one at a time.
 * It stays while the pointer is on it or its button has focus.
 */
export function showPageToast(toast: PageToast, doc: Document = document): void {
  const durationMs = toast.durationMs ?? (toast.action ? 8000 : 3500);
  doc.querySelector('defense-innovation-lens-toast')?.remove();
  const host = doc.createElement('defense-innovation-lens-toast');
  host.setAttribute(OWN_UI_ATTRIBUTE, 'toast');
  host.setAttribute('style', 'all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important; z-index: 2147483647 !important; display: block !important;');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOAST_CSS;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', toast.ok ? 'status' : 'alert');
  box.dataset.ok = String(toast.ok);
  const message = doc.createElement('span');
  message.textContent = toast.text;
  box.append(message);
  if (toast.action) {
    const { label, run } = toast.action;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', () => {
      run();
      host.remove();
    });
    box.append(button);
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
