import { storage } from 'wxt/utils/storage';

/** The last failed install of the dataset bundled with the extension (`at`: ms since the epoch). */
export interface BundledInstallFailure {
  at: number;
  /** Why, in a reader's words (`installFailureReason`). */
  reason: string;
}

/**
 * Set by the background when the bundled dataset could not be installed, cleared when it was: the options
 * page and the popup say so, instead of only "No dataset installed yet" (a newcomer's trial, session 21).
 */
export const bundledInstallFailureItem = storage.defineItem<BundledInstallFailure | null>('local:bundled-dataset-failure', { fallback: null });

/**
 * What to tell a reader where an action needs the dataset and none is installed: why, when the bundled one
 * failed to install (`failure`), and where to recover (Options → Dataset); otherwise that it is on its way.
 */
export function noDatasetMessage(failure: BundledInstallFailure | null): string {
  return failure
    ? `No dataset is installed: the one that comes with the extension could not be installed (${failure.reason}). Options → Dataset has “Try again”.`
    : 'The dataset is not installed yet: it is on its way, which takes a few seconds after the extension is installed or updated.';
}
