/**
 * The reader's settings and corrections as plain data (no browser storage), so pure modules and the
 * maintainer CLIs can use them; `settings.ts` stores them.
 */
import type { Category } from './dataset/schema';

export type HighlightStyle = 'both' | 'underline' | 'background';

export interface Settings {
  highlightStyle: HighlightStyle;
  /** "all": everywhere except `disabledSites`; "listed": only on `enabledSites`. */
  siteMode: 'all' | 'listed';
  disabledSites: string[];
  enabledSites: string[];
  /** Number of entities found, on the toolbar icon. */
  showBadge: boolean;
  categories: Record<Category, boolean>;
  /** Highlight only the first mention of each entity per page (with a count on its card). */
  firstMentionOnly: boolean;
  /** Hover-intent delay before a card opens. */
  hoverDelayMs: number;
  /**
   * Also highlight umbrella institutions (bare NATO, the EU, the Pentagon). Off by default: the
   * labelling guidelines treat them as context, reachable from cards and search.
   */
  highlightInstitutions: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  highlightStyle: 'both',
  siteMode: 'all',
  disabledSites: [],
  enabledSites: [],
  showBadge: true,
  categories: { program: true, firm: true, edt: true },
  firstMentionOnly: false,
  hoverDelayMs: 350,
  highlightInstitutions: false,
};


/** Settings saved by an earlier version lack newer keys: fill them from the defaults. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...value, categories: { ...DEFAULT_SETTINGS.categories, ...value?.categories } };
}

/** Whether the extension highlights on this host under the reader's site rules. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const listed = (list: readonly string[]) => list.some((site) => host === site || host.endsWith(`.${site}`));
  return settings.siteMode === 'listed' ? listed(settings.enabledSites) : !listed(settings.disabledSites);
}

/** Turns highlighting on or off for one host, whichever site mode is in use. */
export function toggleSite(settings: Settings, host: string, on: boolean): Settings {
  if (settings.siteMode === 'listed') {
    const enabledSites = settings.enabledSites.filter((s) => s !== host);
    return { ...settings, enabledSites: on ? [...enabledSites, host] : enabledSites };
  }
  const disabledSites = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: on ? disabledSites : [...disabledSites, host] };
}

/**
 * A reader's correction, kept on this device only:
 * - `term`: never highlight this term (folded alias surface) on this site;
 * - `entity-here`: this term on this page is not this entity.
 */
export type Mute =
  | { kind: 'term'; site: string; term: string }
  | { kind: 'entity-here'; page: string; term: string; entityId: string };

