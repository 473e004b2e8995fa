import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Category } from './dataset/schema';
import type { EntityCardData } from './entity-card-data';
import type { PageExtract } from './pdf/extracted-pdf';
import type { UserTerm } from './user-terms/user-term';
import type { MatchAnswer, MatchRequest } from './matcher/match-sessions';
import type { ProbeAnswer, ProbeRequest } from './matcher/probe-sessions';
import type { Mute } from './reader-settings';

/**
 * Every message of the extension, in one map, so a call and its handler cannot disagree.
 * Direction is in the name's prefix: content → background.
 */
export interface ProtocolMap {
  /**
   * Matches a page's texts with the background's matcher (the dataset plus the reader's terms, compiled
   * once there): pages never compile it. See `MatchSessions` for sessions and how a page resumes one.
   */
  matchTexts(request: MatchRequest): MatchAnswer;
  /**
   * A page's first look: whether its text (all of it, hidden text too) names anything on a site the
   * reader has on. Until the answer is yes the page runs nothing heavier (see `ProbeSessions`); the
   * background shows the top frame's state (no count, or the site-off icon) itself.
   */
  probeTexts(request: ProbeRequest & { host: string }): ProbeAnswer;
  /** The installed dataset's version, for extension pages; null before one is installed. */
  getDatasetInfo(): DatasetInfo | null;
  /**
   * Compiles and stores the active dataset's matcher now, in the background, if it is not stored yet
   * (an extension page about to load it, right after an install). False when no dataset is installed.
   */
  prepareMatcher(): boolean;
  /** Everything a card shows for one entity, or null if the id is unknown. */
  getEntityCard(entityId: string): EntityCardData | null;

  // options → background
  /** Checks the update address now and installs a newer signed dataset. */
  checkForDatasetUpdate(): UpdateResult;
  /** Installs a signed dataset file (offline / air-gapped readers). */
  installDatasetFile(text: string): UpdateResult;
  /** Returns to the previous, older dataset version and pauses automatic updates. */
  rollbackDataset(): UpdateResult;
  /** Lifts the pause a rollback set. */
  resumeDatasetUpdates(): UpdateResult;
  /** Switches back to the newer dataset the reader rolled back from. */
  reinstallNewerDataset(): UpdateResult;
  /** Installs the dataset bundled with the extension again, after a failed install (`bundledInstallFailureItem`). */
  retryBundledDataset(): UpdateResult;

  /** The reader's own watch terms. */
  listUserTerms(): UserTerm[];
  saveUserTerm(term: Omit<UserTerm, 'createdAt'>): number;
  deleteUserTerm(id: number): void;

  // popup → background
  /** Saves the article shown in a tab to the library. */
  saveArticleInTab(tabId: number): SaveOutcome;
  // content → background
  /** Saves the sender's page (the in-page shortcut, where the browser did not take it as a command). */
  saveThisPage(): SaveOutcome;
  /**
   * Turns highlighting on or off for a site (the page's toggle command): stored in the reader's settings,
   * which every open page watches.
   */
  setSiteHighlights(request: { host: string; on: boolean }): void;
  /** Stores a reader's correction made on a page (every open page watches the corrections). */
  addMute(mute: Mute): void;
  /** Removes a reader's correction (the page toast's undo). */
  removeMute(mute: Mute): void;
  /** Opens the library in a new tab, on the saved article with this URL (the save toast's action). */
  openLibrary(request: { url: string }): void;
  /** Shows a PDF in the Lens PDF viewer, in the sender's tab (the "open PDFs in the viewer" option). */
  openPdfInViewer(request: { url: string }): void;
  /** A PDF reached by Back or Forward: whether to step back over it (the option moved it to the viewer). */
  pdfTabReturned(request: { url: string }): 'back' | 'stay';

  // background / popup → content script (sent to a tab)
  /**
   * The page's article, extracted with Readability on a copy of the document; the PDF viewer answers
   * with the PDF's pages, made into the article by the background (`pdfArticle`).
   */
  extractArticle(): PageExtract;
  /** The page's canonical URL and what was found on it. */
  getPageInfo(): PageInfo;
  /** Shows the reader that the save worked (or why it did not). */
  showSaveConfirmation(outcome: SaveOutcome): void;
  /** Scrolls to the next/previous mention of an entity and flashes it (popup "on this page"). */
  revealEntity(request: { entityId: string; step: 1 | -1 }): { index: number; total: number } | null;
  /** A keyboard command, forwarded by the background to the active tab. */
  runPageCommand(command: PageCommand): void;
  // content → background
  /** How many entities the page shows, and whether highlighting is on for its site: the toolbar badge and icon. */
  reportPageState(state: { count: number; enabled: boolean }): void;
}

export type PageCommand = 'toggle-highlights' | 'next-mention' | 'previous-mention' | 'open-card';

export interface UpdateResult {
  ok: boolean;
  message: string;
  version?: string;
}

/** `url` is the saved article's key in the library (its canonical URL). */
export type SaveOutcome = { ok: true; created: boolean; title: string; url: string; mentionCount: number } | { ok: false; error: string };

export interface PageInfo {
  url: string;
  /**
   * The host the page is served from (`location.host`), which the site switch acts on; `url` is the page's
   * canonical address, which may name another host (a mobile site's canonical www page).
   */
  host?: string;
  title: string;
  /**
   * `surface`: the first of the page's words for it; `surfaces`: all of them (the popup shows the entity's
   * name, and these on hover); `pages`: the pages an entity is on, in a paged document (the PDF viewer).
   */
  entities: { entityId: string; category: Category; count: number; surface: string; surfaces: string[]; pages?: number[] }[];
  /** Whether highlighting is on for this site. */
  enabled: boolean;
  /** Blocks read, blocks left alone (beyond budget), mentions found. */
  stats: { blocks: number; skippedBlocks: number; mentions: number };
  /** The page's first read is not over yet (a long page takes seconds): what it names is not all known. */
  reading?: boolean;
  /**
   * The tab shows a PDF: in the browser's own viewer (the popup offers the Lens viewer, whose address
   * is `viewerUrl`), or already in the Lens viewer (`viewer: true`, with the PDF's identity in the
   * library, `fingerprint`: a copy saved from elsewhere is the same entry).
   */
  pdf?: { viewer: boolean; viewerUrl?: string; fingerprint?: string };
}

export interface DatasetInfo {
  version: string;
  date: string;
  source: 'bundled' | 'remote' | 'file';
  entityCount: number;
  /** What changed in this version ("what's new"). */
  changes: string[];
  /** The older version a rollback would return to. */
  previousVersion?: string;
  /** The newer version the reader rolled back from, which they can reinstall. */
  newerVersion?: string;
  /** Automatic installs are paused after a rollback until the reader takes updates again. */
  pinned: boolean;
  /** Versions the reader rolled back from, never installed again automatically. */
  declined: string[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
