import type { LensDatabase } from '../../utils/db/db';
import { installDataset, reinstallPrevious, resumeUpdates, rollbackDataset } from '../../utils/db/install-dataset';
import { readDatasetInfo } from '../../utils/db/read-dataset';
import { compareVersions } from '../../utils/dataset/compare-versions';
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
import { type UpdateSettings, updateScheduleItem, updateSettingsItem, updateStatusItem } from '../../utils/settings-updates';
import { installBundledDataset } from './bundled-dataset';
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

  const install = async (bytes: Uint8Array, manifest: Parameters<typeof verifyUpdate>[1], source: 'remote' | 'file', automatic = false): Promise<UpdateResult> => {
    const bundle = await verifyUpdate(bytes, manifest, await trustedKeys(), await installedVersion());
    await installDataset(db, bundle, { source, automatic });
    dataset.prepareNow();
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

  /**
   * A scheduled check, or "Check now": both respect a rollback (paused until the reader takes updates
   * again; the version rolled back from is only installed by "Reinstall" or from a file).
   */
  const checkNow = () =>
    report(async () => {
      const settings = await updateSettingsItem.getValue();
      if (!settings.url) throw new UpdateRejected('No update address is set.');
      if (!isAllowedUpdateUrl(settings.url)) throw new UpdateRejected(HTTPS_ONLY);
      const info = await readDatasetInfo(db);
      if (info?.pinned) return { ok: true, message: `Updates are paused: you rolled back to ${info.version}. Choose “Take updates again” to resume them.`, version: info.version };
      const manifest = parseManifest(await fetchLimited(settings.url, MAX_MANIFEST_BYTES, 'update manifest').then((b) => new TextDecoder().decode(b)));
      const bundleUrl = new URL(manifest.bundle, settings.url);
      // Only the address the reader gave is contacted: a manifest cannot send the extension elsewhere.
      if (bundleUrl.origin !== new URL(settings.url).origin) {
        throw new UpdateRejected(`Refused: the manifest points the dataset at ${bundleUrl.host}, but only ${new URL(settings.url).host} (the update address) is contacted.`);
      }
      const installed = info?.version ?? null;
      // Nothing newer: say so without downloading the dataset.
      if (installed && compareVersions(manifest.version, installed) <= 0) return { ok: true, message: `Dataset ${installed} is up to date.`, version: installed };
      if (info?.declined.includes(manifest.version)) {
        return { ok: true, message: `Skipped dataset ${manifest.version}: you rolled back from it (choose “Reinstall” to take it).`, version: installed ?? undefined };
      }
      return install(await fetchLimited(bundleUrl.href, MAX_BUNDLE_BYTES, 'dataset'), manifest, 'remote', true);
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
      dataset.prepareNow();
      return { ok: true, message: `Rolled back to dataset ${restored.version}. Automatic updates are paused until you take updates again.`, version: restored.version };
    }),
  );
  onMessage('resumeDatasetUpdates', () =>
    report(async () => {
      await resumeUpdates(db);
      const info = await readDatasetInfo(db);
      const skipped = info?.declined.length ? ` Versions you rolled back from (${info.declined.join(', ')}) are not installed automatically.` : '';
      return { ok: true, message: `Updates resumed.${skipped}`, version: info?.version };
    }),
  );
  onMessage('retryBundledDataset', () =>
    report(async () => {
      const result = await installBundledDataset(db);
      if ('failed' in result) return { ok: false, message: `The dataset that comes with the extension could not be installed: ${result.failed}.` };
      dataset.prepareNow();
      return { ok: true, message: result.outcome === 'unchanged' ? 'The dataset that comes with the extension is already installed, or a newer one is.' : 'Installed the dataset that comes with the extension.' };
    }),
  );
  onMessage('reinstallNewerDataset', () =>
    report(async () => {
      const restored = await reinstallPrevious(db);
      dataset.prepareNow();
      return { ok: true, message: `Reinstalled dataset ${restored.version}.`, version: restored.version };
    }),
  );

  /**
   * Keeps one alarm for scheduled checks, planned from the stored schedule: a service-worker restart
   * finds the alarm (or re-creates it at the same time) and never checks early. Turning updates on,
   * or a new address, plans the first check a minute later; a new interval counts from the last check.
   */
  const schedule = async (settings: UpdateSettings) => {
    if (!browser.alarms) return;
    if (!settings.enabled || !settings.url) {
      await browser.alarms.clear(ALARM);
      await updateScheduleItem.setValue(null);
      return;
    }
    const now = Date.now();
    const period = Math.max(1, settings.intervalHours) * 60;
    const planned = await updateScheduleItem.getValue();
    const existing = await browser.alarms.get(ALARM);
    const samePlan = planned?.url === settings.url && planned.intervalHours === settings.intervalHours;
    // Same address and interval, and an alarm in place: keep it. A service worker woken by that very
    // alarm must not plan a second check beside the one it is running.
    if (samePlan && existing && existing.periodInMinutes === period) return;
    let nextCheckAt: number;
    if (!planned || planned.url !== settings.url) nextCheckAt = now + 60_000;
    else if (planned.intervalHours !== settings.intervalHours) nextCheckAt = (planned.lastCheckAt ?? now) + period * 60_000;
    else nextCheckAt = planned.nextCheckAt;
    nextCheckAt = Math.max(nextCheckAt, now + 60_000);
    await browser.alarms.create(ALARM, { when: nextCheckAt, periodInMinutes: period });
    await updateScheduleItem.setValue({ url: settings.url, intervalHours: settings.intervalHours, nextCheckAt, ...(planned?.url === settings.url && planned.lastCheckAt ? { lastCheckAt: planned.lastCheckAt } : {}) });
  };
  void updateSettingsItem.getValue().then(schedule);
  updateSettingsItem.watch((settings) => void schedule(settings));
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    void (async () => {
      const settings = await updateSettingsItem.getValue();
      if (!settings.enabled || !settings.url) return;
      const now = Date.now();
      await updateScheduleItem.setValue({ url: settings.url, intervalHours: settings.intervalHours, lastCheckAt: now, nextCheckAt: now + Math.max(1, settings.intervalHours) * 3_600_000 });
      // The alarm that fired may have been a one-off (a browser that slept past it): plan the next one.
      await schedule(settings);
      await checkNow();
    })();
  });
}

/** How long one update request may take before it is given up. */
const FETCH_TIMEOUT_MS = 30_000;

/** Shown when an update address is not allowed. */
const HTTPS_ONLY = 'The update address must be an https: URL (http: is accepted only on this computer — 127.0.0.1, localhost or [::1] — for testing).';

/** Fetches at most `limit` bytes of the `what` ("update manifest", "dataset"): no cookies, no cache, no redirects. */
async function fetchLimited(url: string, limit: number, what: string): Promise<Uint8Array> {
  let response: Response;
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'manual', signal: timeout });
  } catch (error) {
    if (timeout.aborted) throw new UpdateRejected(`${new URL(url).host} did not answer within ${FETCH_TIMEOUT_MS / 1000} s.`);
    throw new UpdateRejected(`Could not reach ${new URL(url).host}: ${(error as Error).message}`);
  }
  // Redirects are not followed: they could lead to another host.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new UpdateRejected(`${new URL(url).host} answered with a redirect for the ${what}; redirects are not followed (only the update address's host is contacted).`);
  }
  if (!response.ok) throw new UpdateRejected(`${new URL(url).host} answered ${response.status}.`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limit) throw new UpdateRejected(`The ${what} is larger than allowed (${Math.round(limit / 1024)} KB).`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // The time limit covers the whole download, the body included.
      if (timeout.aborted) throw new UpdateRejected(`${new URL(url).host} did not finish sending the ${what} within ${FETCH_TIMEOUT_MS / 1000} s.`);
      throw new UpdateRejected(`The download of the ${what} from ${new URL(url).host} broke off: ${(error as Error).message}`);
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new UpdateRejected(`The ${what} is larger than allowed (${Math.round(limit / 1024)} KB).`);
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
