import { storage } from 'wxt/utils/storage';
import { MUTES_KEY, SETTINGS_KEY } from './storage-keys';
import { type Mute, type Settings, sameMute } from './reader-settings';
import { DEFAULT_SETTINGS, SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './reader-settings';

export * from './reader-settings';

// Kept out of the export statement: WXT's auto-import scanner reads `version:` in an exported
// initialiser as an exported name.
const versioned = {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Each migration returns the next shape; the last one is the current Settings, filled by withDefaults on read.
  migrations: SETTINGS_MIGRATIONS as unknown as Record<number, (stored: unknown) => Settings>,
};

/** The reader's settings, versioned: a shape stored by an earlier release is migrated on first read. */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, versioned);

export const mutesItem = storage.defineItem<Mute[]>(MUTES_KEY, { fallback: [] });

/** Adds a reader's correction; every open page and reader view applies it at once (they watch the item). */
export async function addMute(mute: Mute): Promise<void> {
  await mutesItem.setValue([...(await mutesItem.getValue()), mute]);
}

/** Removes a reader's correction (undo, or the options list). */
export async function removeMute(mute: Mute): Promise<void> {
  const mutes = (await mutesItem.getValue()) ?? [];
  const index = mutes.findIndex((m) => sameMute(m, mute));
  if (index >= 0) await mutesItem.setValue(mutes.filter((_, i) => i !== index));
}
