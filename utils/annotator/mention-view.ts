import type { Category } from '../dataset/schema';
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

export const termKey = (surface: string) => normalizeAlias(surface).folded;

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

  isMuted(mention: Viewable): boolean {
    if (this.mutesHere.length === 0) return false;
    const term = termKey(mention.surface);
    return this.mutesHere.some((mute) => {
      if (mute.term !== term) return false;
      if (mute.kind === 'term') return true;
      if (mute.entityId !== mention.entityId) return false;
      return mute.kind === 'entity-here' || (mute.before === mention.before && mute.after === mention.after);
    });
  }

  /** Whether to show this mention, given those already shown (call in document order). */
  admit(mention: Viewable): boolean {
    if (!this.settings.categories[mention.category] || this.isMuted(mention)) return false;
    if (mention.umbrella && !this.settings.highlightInstitutions) return false;
    if (this.region?.found && !this.settings.highlightFurniture && mention.nodes?.[0] && !this.region.contains(mention.nodes[0])) return false;
    if (this.settings.firstMentionOnly && this.shownEntities.has(mention.entityId)) return false;
    this.shownEntities.add(mention.entityId);
    return true;
  }
}
