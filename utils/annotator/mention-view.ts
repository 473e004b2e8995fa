import type { Category } from '../dataset/schema';
import { otherNumber } from '../matcher/derived-forms';
import { normalizeAlias } from '../matcher/normalize-text';
import type { ArticleRegion } from '../page-text/article-region';
import type { Mute, Settings } from '../reader-settings';

interface Viewable {
  entityId: string;
  category: Category;
  surface: string;
  umbrella?: boolean;
  /** The text nodes it covers, on a page (for the article region). */
  nodes?: readonly Node[];
  /** Its block's text around it, on a page (for "Not this one"). */
  before?: string;
  after?: string;
}

/**
 * The page a correction applies to: scheme, host, path and query (a CMS's `story.php?id=101` is one story,
 * `?id=202` another), without the fragment or tracking parameters (utm_*, fbclid, gclid…).
 */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    for (const name of [...parsed.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)/i.test(name)) parsed.searchParams.delete(name);
    parsed.searchParams.sort();
    const query = parsed.searchParams.toString();
    return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ''}`;
  } catch {
    return url;
  }
}

/** Digits read as one mark: times, counts and prices next to a mention change while the page is open. */
const steady = (context: string | undefined) => (context ?? '').replace(/\d+([.,:]\d+)*/g, '#');

export const termKey = (surface: string) => normalizeAlias(surface).folded;


/**
 * Which of the page's identical occurrences (same entity, term and surrounding text) this mention is,
 * counted from 0 in the order given: the `nth` of an occurrence correction. `isSame` finds the mention in
 * the list (by default the same object; a live page re-reads changed text into new mention objects).
 */
export function occurrenceIndex<T extends Viewable>(mention: T, inPageOrder: readonly T[], isSame: (a: T, b: T) => boolean = (a, b) => a === b): number {
  // What tells occurrences apart for "Not this one": entity, term and the text around it; this mention's
  // worked out once and the others' only as far as needed (a correction in a long paragraph asks this of
  // hundreds of like mentions, each against the whole page).
  const term = termKey(mention.surface);
  const before = steady(mention.before);
  const after = steady(mention.after);
  let index = 0;
  for (const other of inPageOrder) {
    if (isSame(other, mention)) return index;
    // Entity and term first: a page mention reads its context from the page when asked (page-mention.ts).
    if (other.entityId !== mention.entityId || (other.surface !== mention.surface && termKey(other.surface) !== term)) continue;
    if (steady(other.before) === before && steady(other.after) === after) index += 1;
  }
  return index;
}

/**
 * Whether an occurrence correction's remembered context is this mention's: the text before and after
 * it, with numbers ignored, so a correction survives live counters and times ("updated 3 min ago").
 * Both sides must agree: a sentence quoted elsewhere with other words around it is another occurrence.
 */
function sameContext(mute: { before: string; after: string }, mention: Viewable): boolean {
  return steady(mute.before) === steady(mention.before) && steady(mute.after) === steady(mention.after);
}

/**
 * Decides which mentions are highlighted under the reader's settings and mutes. Pure, so the rules
 * are tested without a page.
 */
export class MentionView {
  private readonly shownEntities = new Set<string>();

  /** Only the mutes that can apply on this page, found once: most pages have none. */
  private readonly mutesHere: readonly Mute[];

  constructor(
    private readonly settings: Settings,
    mutes: readonly Mute[],
    location: { host: string; href: string },
    /** The page's article: mentions outside it (menus, ads, comments) stay plain unless the reader asks. */
    private readonly region?: ArticleRegion,
  ) {
    const page = pageKey(location.href);
    this.mutesHere = mutes.filter((mute) => (mute.kind === 'term' ? mute.site === location.host : mute.page === page));
  }

  /**
   * Whether a correction hides this mention. `inPageOrder` is the page's mentions in page order: its
   * index among the identical occurrences there (see `occurrenceIndex`) is worked out only when an
   * occurrence correction names one.
   */
  isMuted(mention: Viewable, inPageOrder: readonly Viewable[] = []): boolean {
    if (this.mutesHere.length === 0) return false;
    const term = termKey(mention.surface);
    const other = otherNumber(term);
    return this.mutesHere.some((mute) => {
      // A term and its other number are one correction: muting "drones" mutes "drone" too.
      if (mute.term !== term && mute.term !== other) return false;
      if (mute.kind === 'term') return true;
      if (mute.entityId !== mention.entityId) return false;
      if (mute.kind === 'entity-here') return true;
      return sameContext(mute, mention) && (mute.nth === undefined || mute.nth === occurrenceIndex(mention, inPageOrder));
    });
  }

  /** Whether to show this mention, given those already shown (call in document order); `inPageOrder` as for `isMuted`. */
  admit(mention: Viewable, inPageOrder: readonly Viewable[] = []): boolean {
    if (!this.settings.categories[mention.category] || this.isMuted(mention, inPageOrder)) return false;
    if (mention.umbrella && !this.settings.highlightInstitutions) return false;
    if (this.region && !this.settings.highlightFurniture && mention.nodes?.[0] && !this.region.contains(mention.nodes[0])) return false;
    if (this.settings.firstMentionOnly && this.shownEntities.has(mention.entityId)) return false;
    this.shownEntities.add(mention.entityId);
    return true;
  }
}
