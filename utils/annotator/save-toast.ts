import type { SaveOutcome } from '../messaging';
import { showPageToast } from './page-toast';

export interface SaveToastOptions {
  /** Called by the toast's "Open in library" button (shown only for a successful save). */
  onOpenLibrary?: () => void;
  /** How long the toast stays, in ms, while the pointer and focus are elsewhere. */
  durationMs?: number;
}

/** Confirms a save (or says why it failed); a successful save offers "Open in library". */
export function showSaveToast(outcome: SaveOutcome, options: SaveToastOptions = {}, doc: Document = document): void {
  const open = options.onOpenLibrary;
  showPageToast(
    {
      ok: outcome.ok,
      text: outcome.ok ? `${outcome.created ? 'Saved to your library' : 'Updated in your library'}: “${outcome.title}” (${outcome.mentionCount} ${outcome.mentionCount === 1 ? 'mention' : 'mentions'})` : outcome.error,
      ...(outcome.ok && open ? { action: { label: 'Open in library', run: open } } : {}),
      ...(options.durationMs !== undefined ? { durationMs: options.durationMs } : {}),
    },
    doc,
  );
}
