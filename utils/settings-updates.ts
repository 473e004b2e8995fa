import { storage } from 'wxt/utils/storage';

/** Remote dataset updates: off until the reader turns them on. */
export interface UpdateSettings {
  enabled: boolean;
  url: string;
  intervalHours: number;
}

export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = { enabled: false, url: '', intervalHours: 24 };

export const updateSettingsItem = storage.defineItem<UpdateSettings>('local:dataset-updates', { fallback: DEFAULT_UPDATE_SETTINGS });

/** The outcome of the last check, shown on the options page. */
export interface UpdateStatus {
  at: number;
  ok: boolean;
  message: string;
}

export const updateStatusItem = storage.defineItem<UpdateStatus | null>('local:dataset-update-status', { fallback: null });

/**
 * When the next scheduled check is due, for the address and interval it was planned with. Stored so a
 * service-worker restart (which happens whenever the browser wakes the extension) keeps the plan
 * instead of checking early: the update host must not learn when the reader is browsing.
 */
export interface UpdateSchedule {
  url: string;
  intervalHours: number;
  nextCheckAt: number;
  lastCheckAt?: number;
}

export const updateScheduleItem = storage.defineItem<UpdateSchedule | null>('local:dataset-update-schedule', { fallback: null });
