import { MentionView } from '../annotator/mention-view';
import type { Mute, Settings } from '../reader-settings';
import type { AdmitMention } from './article-mentions';

/**
 * The reader's view of an article's address as a filter for saved mentions: the categories they show,
 * institutions only if they asked for them, and their corrections for that page and site. Every
 * mention counts, not only first ones (first-mention-only is a way of showing, not of saving).
 */
export function readerViewAdmit(settings: Settings, mutes: readonly Mute[], url: string): AdmitMention {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    // A file picked from disk has no site: site-wide corrections do not apply.
  }
  const view = new MentionView({ ...settings, firstMentionOnly: false }, mutes, { host, href: url });
  return (mention, inTextOrder) => view.admit(mention, inTextOrder);
}
