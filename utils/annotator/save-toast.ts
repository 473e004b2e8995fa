import type { SaveOutcome } from '../messaging';
import { OWN_UI_ATTRIBUTE } from '../page-text/collect-text-blocks';

const TOAST_CSS = `
:host { all: initial; }
.toast { all: initial; display: block; font: 14px/1.4 system-ui, sans-serif; padding: 10px 14px; border-radius: 8px;
  color: #fff; background: #14532d; box-shadow: 0 6px 20px rgb(0 0 0 / 0.25); max-width: 360px; }
.toast[data-ok="false"] { background: #7f1d1d; }
`;

/** A short confirmation in the page's corner, in a shadow root, announced to screen readers. */
export function showSaveToast(outcome: SaveOutcome, doc: Document = document, durationMs = 3500): void {
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
  box.textContent = outcome.ok
    ? `${outcome.created ? 'Saved to your library' : 'Updated in your library'}: “${outcome.title}” (${outcome.mentionCount} mentions)`
    : outcome.error;
  shadow.append(style, box);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), durationMs);
}
