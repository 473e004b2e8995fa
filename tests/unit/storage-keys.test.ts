import { describe, expect, it } from 'vitest';
import { LENS_REVISION_KEY, SETTINGS_KEY, changesKey } from '../../utils/storage-keys';

describe('changesKey', () => {
  it('matches a change of the key in its own area only', () => {
    expect(changesKey({ lensRevision: { newValue: 'x' } }, 'local', LENS_REVISION_KEY)).toBe(true);
    expect(changesKey({ lensRevision: { newValue: 'x' } }, 'sync', LENS_REVISION_KEY)).toBe(false);
    expect(changesKey({ settings: {} }, 'sync', SETTINGS_KEY)).toBe(true);
    expect(changesKey({ 'settings$': {} }, 'sync', SETTINGS_KEY)).toBe(false);
  });
});
