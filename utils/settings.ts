import { storage } from 'wxt/utils/storage';
import type { Category } from './dataset/schema';

/** What the reader controls. Synced across the reader's browsers where `storage.sync` exists. */
export interface Settings {
  categories: Record<Category, boolean>;
  /** Highlight only the first mention of each entity per page (with a count on its card). */
  firstMentionOnly: boolean;
  /** Hover-intent delay before a card opens. */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  categories: { program: true, firm: true, edt: true },
  firstMentionOnly: false,
  hoverDelayMs: 350,
};

export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

/**
 * A reader's correction, kept on this device only:
 * - `term`: never highlight this term (folded alias surface) on this site;
 * - `entity-here`: this term on this page is not this entity.
 */
export type Mute =
  | { kind: 'term'; site: string; term: string }
  | { kind: 'entity-here'; page: string; term: string; entityId: string };

export const mutesItem = storage.defineItem<Mute[]>('local:mutes', { fallback: [] });
