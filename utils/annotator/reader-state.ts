import { sendMessage } from '../messaging';
import { type Mute, type Settings, storedSettings, withDefaults } from '../reader-settings';
import { LENS_REVISION_KEY, MUTES_KEY, SETTINGS_KEY, changesKey } from '../storage-keys';

/**
 * The reader's settings and corrections as a web page's annotator reads and changes them. Every page
 * that names something pays for this, so it reads storage directly: one call per storage area, one
 * `storage.onChanged` listener, and writes sent to the background (`setSiteHighlights`, `addMute`,
 * `removeMute`), which stores them through the versioned storage items. Loading WXT's storage items
 * here instead cost each page about 4 ms (their migration check and locks on load, a read per item,
 * a listener per item: session 13's page-load profile).
 */
export interface ReaderState {
  settings: Settings;
  mutes: Mute[];
}

const [settingsArea, settingsName] = SETTINGS_KEY.split(':') as ['sync', string];
const [mutesArea, mutesName] = MUTES_KEY.split(':') as ['local', string];
/** WXT keeps an item's version under its key plus "$". */
const settingsMeta = `${settingsName}$`;

/** The reader's settings (migrated in memory from an older shape) and corrections. */
export async function readReaderState(): Promise<ReaderState> {
  const [settings, mutes] = await Promise.all([
    browser.storage[settingsArea].get([settingsName, settingsMeta]),
    browser.storage[mutesArea].get(mutesName),
  ]);
  return { settings: storedSettings(settings[settingsName], settings[settingsMeta]), mutes: asMutes(mutes[mutesName]) };
}

/** A reader state as the background sends it with a first look's "yes" (`ProbeAnswer.reader`). */
export function encodeReaderState(state: ReaderState): string {
  return JSON.stringify(state);
}

/**
 * A reader state sent as JSON (`ProbeAnswer.reader`), settings completed with defaults; undefined for
 * none, or for anything that is not one (the caller then reads storage).
 */
export function parseReaderState(json: string | undefined): ReaderState | undefined {
  if (json === undefined) return undefined;
  try {
    const value = JSON.parse(json) as Partial<ReaderState> | null;
    if (value === null || typeof value !== 'object' || typeof value.settings !== 'object' || value.settings === null) return undefined;
    return { settings: withDefaults(value.settings), mutes: asMutes(value.mutes) };
  } catch {
    return undefined;
  }
}

export interface ReaderStateWatch {
  settings(settings: Settings): void;
  mutes(mutes: Mute[]): void;
  /** The dataset or the reader's terms changed (`announceLensChange`). */
  lens(): void;
}

/** Calls the handlers after each change made in any context; returns the unwatch function. */
export function watchReaderState(on: ReaderStateWatch): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    // Written by this release's items, so already in the current shape: defaults fill a removed value.
    if (changesKey(changes, area, SETTINGS_KEY)) on.settings(withDefaults(changes[settingsName]!.newValue as Partial<Settings> | undefined));
    if (changesKey(changes, area, MUTES_KEY)) on.mutes(asMutes(changes[mutesName]!.newValue));
    if (changesKey(changes, area, LENS_REVISION_KEY)) on.lens();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Adds a reader's correction (the background stores it; every page hears of it by `watchReaderState`). */
export async function addMute(mute: Mute): Promise<void> {
  await sendMessage('addMute', mute);
}

/** Removes a reader's correction (undo). */
export async function removeMute(mute: Mute): Promise<void> {
  await sendMessage('removeMute', mute);
}

const asMutes = (value: unknown): Mute[] => (Array.isArray(value) ? (value as Mute[]) : []);
