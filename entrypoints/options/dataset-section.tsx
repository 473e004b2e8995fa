import { useEffect, useState } from 'preact/hooks';
import { isAllowedUpdateUrl } from '../../utils/dataset/signed-update';
import { type BundledInstallFailure, bundledInstallFailureItem } from '../../utils/bundled-dataset-status';
import { type DatasetInfo, type UpdateResult, sendMessage } from '../../utils/messaging';
import { DEFAULT_UPDATE_SETTINGS, type UpdateSettings, type UpdateStatus, updateSettingsItem, updateStatusItem } from '../../utils/settings-updates';

/** Dataset version and what's new; opt-in signed updates; install from file; rollback. */
export function DatasetSection() {
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const [settings, setSettings] = useState<UpdateSettings>(DEFAULT_UPDATE_SETTINGS);
  const [url, setUrl] = useState('');
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<BundledInstallFailure | null>(null);
  /** Whether the background has answered: until then no "No dataset" is said (it may be installing). */
  const [answered, setAnswered] = useState(false);

  const refresh = () =>
    void sendMessage('getDatasetInfo', undefined)
      .then(setInfo, () => setInfo(null))
      .finally(() => setAnswered(true));
  useEffect(() => {
    refresh();
    void bundledInstallFailureItem.getValue().then(setFailure);
    const unwatchFailure = bundledInstallFailureItem.watch(setFailure);
    void updateSettingsItem.getValue().then((value) => {
      setSettings(value);
      setUrl(value.url);
    });
    void updateStatusItem.getValue().then(setStatus);
    // A scheduled check may install a dataset while this page is open: show the new version at once.
    const unwatchStatus = updateStatusItem.watch((value) => {
      setStatus(value);
      refresh();
    });
    return () => {
      unwatchFailure();
      unwatchStatus();
    };
  }, []);

  const save = (next: UpdateSettings) => {
    setSettings(next);
    void updateSettingsItem.setValue(next);
  };
  const run = async (action: () => Promise<UpdateResult>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
      refresh();
    }
  };
  const urlOk = url === '' || isAllowedUpdateUrl(url);

  return (
    <section aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">Dataset</h2>
      {failure ? (
        <div role="alert" class="error" data-testid="bundled-dataset-failure">
          <p>
            The dataset that comes with the extension could not be installed: {failure.reason}.{' '}
            {info ? `Version ${info.version} stays in use.` : 'Until a dataset is installed, pages show no highlights or cards.'}
          </p>
          <p class="row">
            <button type="button" disabled={busy} onClick={() => void run(() => sendMessage('retryBundledDataset', undefined))}>
              Try again
            </button>
            {info ? null : <span class="muted">or install a signed dataset file below.</span>}
          </p>
        </div>
      ) : null}
      {info ? (
        <>
          <p>
            Version <strong data-testid="dataset-version">{info.version}</strong> of {info.date} ({info.source === 'bundled' ? 'bundled with the extension' : info.source === 'remote' ? 'from an update' : 'installed from a file'}):{' '}
            {info.entityCount} entities.
          </p>
          {info.changes.length > 0 ? (
            // Folded: a long changelog would push the reader's own settings below the fold.
            <details>
              <summary>What’s new in {info.version} ({info.changes.length} change{info.changes.length === 1 ? '' : 's'})</summary>
              <ul>
                {info.changes.slice(0, 50).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {info.pinned ? (
            <div role="note" class="pinned" data-testid="dataset-pinned">
              <p>
                You rolled back to {info.version}. Automatic updates are paused
                {info.declined.length > 0 ? `, and ${info.declined.join(', ')} will not be installed again unless you ask` : ''}.
              </p>
              <button type="button" disabled={busy} onClick={() => void run(() => sendMessage('resumeDatasetUpdates', undefined))}>
                Take updates again
              </button>
            </div>
          ) : null}
          <div class="row">
            {info.previousVersion ? (
              <button type="button" disabled={busy} onClick={() => void run(() => sendMessage('rollbackDataset', undefined))}>
                Roll back to {info.previousVersion}
              </button>
            ) : null}
            {info.newerVersion ? (
              <button type="button" disabled={busy} onClick={() => void run(() => sendMessage('reinstallNewerDataset', undefined))}>
                Reinstall {info.newerVersion}
              </button>
            ) : null}
          </div>
        </>
      ) : answered && !failure ? (
        <p class="muted">No dataset installed yet.</p>
      ) : null}

      <h3>Updates</h3>
      <label class="row">
        <input type="checkbox" name="updates-enabled" checked={settings.enabled} disabled={!settings.url} onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })} />
        Check for dataset updates (off by default; only the host of the address below is contacted, for the update manifest and the dataset it lists)
      </label>
      <label class="row">
        Update address
        <input
          type="url"
          name="update-url"
          size={48}
          placeholder="https://…/update-manifest.json"
          value={url}
          aria-invalid={!urlOk}
          onInput={(e) => setUrl(e.currentTarget.value.trim())}
          onChange={() => urlOk && save({ ...settings, url, enabled: url ? settings.enabled : false })}
        />
      </label>
      {!urlOk ? <p role="alert">The address must be an https: URL (http: is accepted only for 127.0.0.1, localhost or [::1], for testing).</p> : null}
      <label class="row">
        Check every
        <select name="update-interval" value={String(settings.intervalHours)} onChange={(e) => save({ ...settings, intervalHours: Number(e.currentTarget.value) })}>
          {[6, 24, 24 * 7].map((h) => (
            <option key={h} value={String(h)}>
              {h === 6 ? '6 hours' : h === 24 ? 'day' : 'week'}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <button type="button" disabled={busy || !settings.url || !urlOk} onClick={() => void run(() => sendMessage('checkForDatasetUpdate', undefined))}>
          Check now
        </button>
        <label class="chip">
          Install dataset from file…
          <input
            type="file"
            accept=".json,application/json"
            aria-label="Install a signed dataset file"
            hidden
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void run(async () => sendMessage('installDatasetFile', await file.text()));
            }}
          />
        </label>
      </div>
      {busy ? <p class="muted" aria-live="polite">Working… (a request is given up after 30 seconds)</p> : null}
      {status ? (
        <p role="status" data-testid="update-status" class={status.ok ? '' : 'error'}>
          {new Date(status.at).toLocaleString()}: {status.message}
        </p>
      ) : null}
    </section>
  );
}
