import { storage } from 'wxt/utils/storage';
import { LENS_REVISION_KEY } from './storage-keys';

/**
 * A token that changes whenever what the extension highlights changes: a dataset installed, rolled back
 * or reinstalled, a reader's term added, edited, removed or imported. Every context that caches the
 * dataset (the background's matcher, each open page, the popup, the library) watches it and reads again;
 * `storage.local` reaches all of them, content scripts included, unlike IndexedDB's own change events.
 */
export const lensRevisionItem = storage.defineItem<string>(LENS_REVISION_KEY, { fallback: '' });

/** Tells every context the dataset or the reader's terms changed. Call after the write committed. */
export async function announceLensChange(): Promise<void> {
  await lensRevisionItem.setValue(`${Date.now()}-${Math.random().toString(36).slice(2)}`);
}

/** Calls `onChange` after each change announced from any context; returns the unwatch function. */
export function watchLensChanges(onChange: () => void): () => void {
  return lensRevisionItem.watch(() => onChange());
}
