import type { LensDatabase } from '../../utils/db/db';
import { type InstallOutcome, bundledVersionInstalled, installDataset } from '../../utils/db/install-dataset';
import { SHIPPED_BUNDLE_PATH, SHIPPED_BUNDLE_VERSION, readGzipJson } from '../../utils/dataset/shipped-bundle';
import { BundledDatasetUnreadable, installFailureReason } from '../../utils/dataset/install-failure';
import { bundledInstallFailureItem } from '../../utils/bundled-dataset-status';

/**
 * Installs the dataset the extension ships with (idempotent: stored once, replacing only an older one),
 * and records the outcome for the options page and the popup: the reason when it failed, nothing when it
 * worked. Returns the install's outcome, or the failure's reason.
 */
export async function installBundledDataset(db: LensDatabase): Promise<{ outcome: InstallOutcome } | { failed: string }> {
  try {
    // Most starts are a service worker waking up with this bundle (or a newer update) installed long ago.
    const installed = SHIPPED_BUNDLE_VERSION !== undefined && (await bundledVersionInstalled(db, SHIPPED_BUNDLE_VERSION));
    const outcome = installed ? 'unchanged' : await installDataset(db, await readBundledDataset());
    await bundledInstallFailureItem.setValue(null);
    return { outcome };
  } catch (error) {
    const reason = installFailureReason(error);
    console.error('[Defense Innovation Lens] bundled dataset not installed:', reason, error);
    await bundledInstallFailureItem.setValue({ at: Date.now(), reason }).catch(() => undefined);
    return { failed: reason };
  }
}

/** The shipped bundle's JSON value; `BundledDatasetUnreadable` when the file is missing or damaged. */
async function readBundledDataset(): Promise<unknown> {
  // The build writes the compressed bundle, which is not among the public files WXT types getURL with.
  const url = (browser.runtime.getURL as (path: string) => string)(SHIPPED_BUNDLE_PATH);
  // Chromium says only "Failed to fetch" for a missing file and for a damaged one: the two steps tell them apart.
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new BundledDatasetUnreadable('its file is missing from the extension package; reinstall the extension');
  }
  if (!response.ok) throw new BundledDatasetUnreadable(`its file could not be read from the extension package (HTTP ${response.status}); reinstall the extension`);
  try {
    return await readGzipJson(response);
  } catch {
    throw new BundledDatasetUnreadable('its file in the extension package is damaged (not readable compressed JSON); reinstall the extension');
  }
}
