import { DatasetRejected } from '../db/install-dataset';

/** Why the dataset bundled with the extension could not be read: missing from the package, or damaged. */
export class BundledDatasetUnreadable extends Error {
  override readonly name = 'BundledDatasetUnreadable';
}

/**
 * The reason, in a reader's words, a dataset install failed, for the options page and the popup.
 * `error` is whatever the install threw: `BundledDatasetUnreadable` (the file), `DatasetRejected`
 * (its content), a storage error (Dexie's or the browser's, by name), or anything else (its message).
 */
export function installFailureReason(error: unknown): string {
  if (error instanceof BundledDatasetUnreadable || error instanceof DatasetRejected) return error.message;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  // Dexie reports a full disk as QuotaExceededError, itself or as the inner error of an AbortError.
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'the browser has no room left to store it (storage quota exceeded): free some disk space, then try again';
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'InvalidStateError') return 'the browser’s storage for the extension could not be opened (a private window or a storage setting may block it)';
  const message = error instanceof Error ? error.message : String(error);
  return message || 'an unknown error';
}
