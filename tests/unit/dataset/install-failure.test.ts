import { describe, expect, it } from 'vitest';
import { BundledDatasetUnreadable, installFailureReason } from '../../../utils/dataset/install-failure';
import { DatasetRejected, parseBundle } from '../../../utils/db/install-dataset';

describe('installFailureReason', () => {
  it('gives the file’s and the content’s own reasons as they are', () => {
    expect(installFailureReason(new BundledDatasetUnreadable('its file is missing from the extension package'))).toBe('its file is missing from the extension package');
    let rejected: unknown;
    try {
      parseBundle({ version: 'x' });
    } catch (error) {
      rejected = error;
    }
    expect(rejected).toBeInstanceOf(DatasetRejected);
    expect(installFailureReason(rejected)).toMatch(/^Dataset rejected: .*version/);
  });

  it('names a full disk, whether the browser or Dexie reports it', () => {
    expect(installFailureReason(new DOMException('quota', 'QuotaExceededError'))).toMatch(/no room left to store it/);
    const dexieAbort = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(installFailureReason(dexieAbort)).toMatch(/no room left to store it/);
  });

  it('names storage that cannot be opened', () => {
    expect(installFailureReason(Object.assign(new Error('blocked'), { name: 'OpenFailedError' }))).toMatch(/storage for the extension could not be opened/);
  });

  it('falls back to the error’s message, or says it is unknown', () => {
    expect(installFailureReason(new Error('disk on fire'))).toBe('disk on fire');
    expect(installFailureReason(new Error(''))).toBe('an unknown error');
    expect(installFailureReason('plain text')).toBe('plain text');
  });
});
