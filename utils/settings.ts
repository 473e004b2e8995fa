import { storage } from 'wxt/utils/storage';
import type { Mute, Settings } from './reader-settings';
import { DEFAULT_SETTINGS } from './reader-settings';

export * from './reader-settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

export const mutesItem = storage.defineItem<Mute[]>('local:mutes', { fallback: [] });
