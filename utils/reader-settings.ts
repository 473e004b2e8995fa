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
  /**
   * Also highlight the page's furniture: menus, ads, related links, sidebars, footers and comments on an
   * article page, the site's menus and footer on a page with no article. Off by default: the article is
   * what the reader reads (`article-region.ts`).
   */
  highlightFurniture: boolean;
  /**
   * Open PDFs in the Lens PDF viewer instead of the browser's own (where the browser lets the extension
   * see that a tab shows a PDF). Off by default: the reader chooses to leave the browser's viewer.
   */
  openPdfsInViewer: boolean;
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
  highlightFurniture: false,
  openPdfsInViewer: false,
};

/**
 * The stored shape's version. Earlier shapes, as stored by earlier releases:
 * 1: categories, firstMentionOnly, hoverDelayMs;
 * 2: + highlightStyle, siteMode, disabledSites, enabledSites, showBadge;
 * 3: + highlightInstitutions;
 * 4: the same keys, with site lists as bare lower-case host names and the hover delay within bounds;
 * 5: + highlightFurniture;
 * 6: + openPdfsInViewer.
 * Add a migration for every new version; never edit an old one (a reader may still hold that shape).
 */
export const SETTINGS_VERSION = 6;

type Stored = Record<string, unknown>;
const record = (value: unknown): Stored => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Stored) : {});

/** Migrations from version n-1 to n, keyed by n (the shape WXT's versioned storage items take). */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => Stored> = {
  2: (v1) => ({
    ...record(v1),
    highlightStyle: 'both',
    siteMode: 'all',
    disabledSites: [],
    enabledSites: [],
    showBadge: true,
  }),
  3: (v2) => ({ ...record(v2), highlightInstitutions: false }),
  4: (v3) => {
    const stored = record(v3);
    const sites = (value: unknown) => siteList(Array.isArray(value) ? value : []);
    const delay = typeof stored.hoverDelayMs === 'number' && Number.isFinite(stored.hoverDelayMs) ? stored.hoverDelayMs : DEFAULT_SETTINGS.hoverDelayMs;
    return { ...stored, disabledSites: sites(stored.disabledSites), enabledSites: sites(stored.enabledSites), hoverDelayMs: Math.min(2000, Math.max(0, delay)) };
  },
  5: (v4) => ({ ...record(v4), highlightFurniture: false }),
  6: (v5) => ({ ...record(v5), openPdfsInViewer: false }),
};

/** A site list as the extension compares it: each entry's host (`siteHost`), once, in order; what is not a host is left out. */
export function siteList(entries: readonly unknown[]): string[] {
  return [...new Set(entries.map(siteHost).filter((host): host is string => host !== null))];
}

/** "https://News.Example.com/path" → "news.example.com" (a port is kept); null for what is not a host. */
export function siteHost(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const host = value.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/\.$/, '');
  // A port stays: the extension compares against `location.host`, which carries it.
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/.test(host) ? host : null;
}

/**
 * The settings as stored, read without WXT's storage item (the annotator on every page reads them with
 * one storage call): `stored` is the value under the settings key, `meta` the item's metadata (`{ v }`,
 * its version; 1 when absent). An older shape is migrated in memory, as the item itself would (the
 * stored copy is migrated by the extension's own pages and background, which use the item); a newer one
 * than this release knows (a downgrade) is taken as it is, as the item does after refusing to migrate.
 */
export function storedSettings(stored: unknown, meta: unknown): Settings {
  if (stored === null || stored === undefined) return withDefaults(null);
  const version = typeof (meta as { v?: unknown } | null)?.v === 'number' ? (meta as { v: number }).v : 1;
  let value: unknown = stored;
  for (let next = version + 1; next <= SETTINGS_VERSION; next += 1) value = SETTINGS_MIGRATIONS[next]?.(value) ?? value;
  return withDefaults(record(value) as Partial<Settings>);
}

/** Settings saved by an earlier version lack newer keys: fill them from the defaults. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...value, categories: { ...DEFAULT_SETTINGS.categories, ...value?.categories } };
}

/**
 * Whether a site-list entry covers a host: the same host or a subdomain of it. An entry with a port
 * ("localhost:8080") covers that port only; one without ("example.com") covers every port, as a reader
 * who typed a site's name expects. `host` is `location.host` (lower case, with its port if any).
 */
export function siteCovers(site: string, host: string): boolean {
  const target = site.includes(':') ? host : host.replace(/:\d+$/, '');
  return target === site || target.endsWith(`.${site}`);
}

/** The entry of the site list in use that covers this host (the first), or null: what the popup's switch changes. */
export function siteEntryFor(settings: Settings, host: string): string | null {
  const list = settings.siteMode === 'listed' ? settings.enabledSites : settings.disabledSites;
  return list.find((site) => siteCovers(site, host)) ?? null;
}

/** Whether the extension highlights on this host under the reader's site rules. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const listed = siteEntryFor(settings, host) !== null;
  return settings.siteMode === 'listed' ? listed : !listed;
}

/**
 * Turns highlighting on or off for one host, whichever site mode is in use, so that `isSiteEnabled`
 * then says `on`: turning a host off adds it; turning it on removes every entry that covers it (a
 * parent domain's or a port-less entry too: otherwise the switch would do nothing).
 */
export function toggleSite(settings: Settings, host: string, on: boolean): Settings {
  const key = settings.siteMode === 'listed' ? 'enabledSites' : 'disabledSites';
  // Listed to turn it on where only listed sites are on, to turn it off where listed sites are off.
  const listIt = settings.siteMode === 'listed' ? on : !on;
  const list = settings[key];
  return { ...settings, [key]: listIt ? [...list.filter((s) => s !== host), host] : list.filter((s) => !siteCovers(s, host)) };
}

/**
 * A reader's correction, kept on this device only:
 * - `term`: never highlight this term (folded alias surface) on this site;
 * - `entity-here`: this term on this page is not this entity (its other names stay);
 * - `occurrence`: this one occurrence is not this entity, known by the text just before and after it and,
 *   where the page repeats that text (a pull quote, a summary box), by `nth`: which of the identical ones
 *   it is, counted from 0 in page order. Without `nth` (older corrections) every identical one is hidden.
 *
 * Each may carry `surface`: the term as the page wrote it ("DIANA", where `term` is the folded "diana"),
 * shown in the options; matching uses `term`.
 */
export type Mute = (
  | { kind: 'term'; site: string; term: string }
  | { kind: 'entity-here'; page: string; term: string; entityId: string }
  | { kind: 'occurrence'; page: string; term: string; entityId: string; before: string; after: string; nth?: number }
) & { surface?: string };

/** Whether two corrections are the same (for undo and removal), whatever order storage gave their keys. */
export function sameMute(a: Mute, b: Mute): boolean {
  const canonical = (mute: Mute) => JSON.stringify(Object.entries(mute).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return canonical(a) === canonical(b);
}

