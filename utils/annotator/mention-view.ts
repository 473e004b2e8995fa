import type { Category } from '../dataset/schema';
import { normalizeAlias } from '../matcher/normalize-text';
import type { Mute, Settings } from '../settings';

interface Viewable {
  entityId: string;
  category: Category;
  surface: string;
}

/** The page a mute applies to: scheme, host and path, without query or fragment. */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
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

  constructor(
    private readonly settings: Settings,
    private readonly mutes: readonly Mute[],
    private readonly location: { host: string; href: string },
  ) {}

  isMuted(mention: Viewable): boolean {
    const term = termKey(mention.surface);
    const page = pageKey(this.location.href);
    return this.mutes.some((mute) =>
      mute.kind === 'term'
        ? mute.site === this.location.host && mute.term === term
        : mute.page === page && mute.term === term && mute.entityId === mention.entityId,
    );
  }

  /** Whether to show this mention, given those already shown (call in document order). */
  admit(mention: Viewable): boolean {
    if (!this.settings.categories[mention.category] || this.isMuted(mention)) return false;
    if (this.settings.firstMentionOnly && this.shownEntities.has(mention.entityId)) return false;
    this.shownEntities.add(mention.entityId);
    return true;
  }
}
