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
