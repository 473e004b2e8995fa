import type { LensDatabase } from '../../utils/db/db';
import { installDataset, rollbackDataset } from '../../utils/db/install-dataset';
import { readDatasetInfo } from '../../utils/db/read-dataset';
import {
  MAX_BUNDLE_BYTES,
  MAX_MANIFEST_BYTES,
  UpdateRejected,
  isAllowedUpdateUrl,
  parseManifest,
  parseSignedPackage,
  verifyUpdate,
} from '../../utils/dataset/signed-update';
import { type UpdateResult, onMessage } from '../../utils/messaging';
import { type UpdateSettings, updateSettingsItem, updateStatusItem } from '../../utils/settings-updates';
import type { ActiveDataset } from './active-dataset';

const ALARM = 'dataset-update-check';

/**
 * Opt-in remote dataset updates and offline installs from a file. Nothing is fetched unless the
 * reader turned updates on; then only the manifest and bundle at the address they gave. Any failure
 * (network, size, checksum, signature, downgrade, schema) keeps the current dataset and says why.
 */
export function registerDatasetUpdates(db: LensDatabase, dataset: ActiveDataset): void {
  const trustedKeys = async (): Promise<JsonWebKey[]> => {
    const response = await fetch(browser.runtime.getURL('/update-keys.json'));
    return ((await response.json()) as { keys: JsonWebKey[] }).keys;
  };
  const installedVersion = async () => (await readDatasetInfo(db))?.version ?? null;

  const install = async (bytes: Uint8Array, manifest: Parameters<typeof verifyUpdate>[1], source: 'remote' | 'file'): Promise<UpdateResult> => {
    const bundle = await verifyUpdate(bytes, manifest, await trustedKeys(), await installedVersion());
    await installDataset(db, bundle, { source });
    dataset.changed();
    return { ok: true, message: `Installed dataset ${bundle.version} (${bundle.entities.length} entities).`, version: bundle.version };
  };

  const report = async (run: () => Promise<UpdateResult>): Promise<UpdateResult> => {
    let result: UpdateResult;
    try {
      await dataset.ready;
      result = await run();
    } catch (error) {
      result = { ok: false, message: error instanceof UpdateRejected || (error as Error).name === 'DatasetRejected' ? (error as Error).message : `Update failed: ${(error as Error).message}` };
    }
    await updateStatusItem.setValue({ at: Date.now(), ok: result.ok, message: result.message });
    return result;
  };

  const checkNow = () =>
    report(async () => {
      const settings = await updateSettingsItem.getValue();
      if (!settings.url) throw new UpdateRejected('No update address is set.');
      if (!isAllowedUpdateUrl(settings.url)) throw new UpdateRejected('The update address must be an https: URL.');
      const manifest = parseManifest(await fetchLimited(settings.url, MAX_MANIFEST_BYTES).then((b) => new TextDecoder().decode(b)));
      const installed = await installedVersion();
      if (installed && manifest.version === installed) return { ok: true, message: `Dataset ${installed} is up to date.`, version: installed };
      const bundleUrl = new URL(manifest.bundle, settings.url).href;
      if (!isAllowedUpdateUrl(bundleUrl)) throw new UpdateRejected('The dataset address must be an https: URL.');
      return install(await fetchLimited(bundleUrl, MAX_BUNDLE_BYTES), manifest, 'remote');
    });

  onMessage('checkForDatasetUpdate', () => checkNow());
  onMessage('installDatasetFile', ({ data: text }) =>
    report(async () => {
      const { manifest, bytes } = parseSignedPackage(text);
      return install(bytes, manifest, 'file');
    }),
  );
  onMessage('rollbackDataset', () =>
    report(async () => {
      const restored = await rollbackDataset(db);
      dataset.changed();
      return { ok: true, message: `Rolled back to dataset ${restored.version}.`, version: restored.version };
    }),
  );

  const schedule = async (settings: UpdateSettings) => {
    if (!browser.alarms) return;
    await browser.alarms.clear(ALARM);
    if (settings.enabled && settings.url) {
      await browser.alarms.create(ALARM, { periodInMinutes: Math.max(1, settings.intervalHours) * 60, delayInMinutes: 1 });
    }
  };
  void updateSettingsItem.getValue().then(schedule);
  updateSettingsItem.watch((settings) => void schedule(settings));
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    void updateSettingsItem.getValue().then((settings) => (settings.enabled ? checkNow() : undefined));
  });
}

/** Fetches at most `limit` bytes: no cookies, no cache, no redirects to elsewhere. */
async function fetchLimited(url: string, limit: number): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'error' });
  } catch (error) {
    throw new UpdateRejected(`Could not reach ${new URL(url).host}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new UpdateRejected(`${new URL(url).host} answered ${response.status}.`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limit) throw new UpdateRejected(`The download is larger than allowed (${Math.round(limit / 1024)} KB).`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new UpdateRejected(`The download is larger than allowed (${Math.round(limit / 1024)} KB).`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
