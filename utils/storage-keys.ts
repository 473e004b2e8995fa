/**
 * Storage keys that are also read without WXT's storage items: the content script's first look
 * watches them with `storage.onChanged` directly, so every page does not load the storage library.
 */
export const LENS_REVISION_KEY = 'local:lensRevision' as const;
export const SETTINGS_KEY = 'sync:settings' as const;
export const MUTES_KEY = 'local:mutes' as const;

/** Whether a `storage.onChanged` event (its changes and area) changed this `area:name` key. */
export function changesKey(changes: Record<string, unknown>, area: string, key: `${string}:${string}`): boolean {
  const [keyArea, name] = key.split(':') as [string, string];
  return area === keyArea && name in changes;
}
