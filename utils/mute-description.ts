import type { EntityNames } from './db/lens-dataset';
import { pageFirmName } from './matcher/page-named-firms';
import { pageProgrammeName } from './matcher/page-named-programmes';
import type { Mute } from './reader-settings';

/** "news.example/2025/story" for a page key (scheme left out: the reader knows the site by its name). */
const pageLabel = (page: string) => page.replace(/^https?:\/\//, '');

/**
 * What a correction says the words are not: the entity's name; for a firm or programme the page itself named
 * (not in the dataset), that name; else that the entity has left the dataset (a newcomer's trial, session 18,
 * read "is not an entity no longer in the dataset" for a page's firm).
 */
function entityLabel(entityId: string, names: EntityNames): string {
  const known = names.get(entityId)?.name;
  if (known) return known;
  const firm = pageFirmName(entityId);
  if (firm) return `the firm “${firm}” (named by the page, not in the dataset)`;
  const programme = pageProgrammeName(entityId);
  if (programme) return `the programme “${programme}” (named by the page, not in the dataset)`;
  return 'an entity that has left the dataset';
}

/**
 * One correction in plain words, with entity names rather than ids: `text` says what is never or not
 * highlighted, `where` the site or page it applies on.
 */
export function describeMute(mute: Mute, names: EntityNames): { text: string; where: string } {
  // The words as the page wrote them; corrections stored before `surface` existed show the folded term.
  const words = mute.surface ?? mute.term;
  if (mute.kind === 'term') return { text: `“${words}” is never highlighted`, where: `on ${mute.site}` };
  const entity = entityLabel(mute.entityId, names);
  if (mute.kind === 'entity-here') return { text: `“${words}” is not ${entity}`, where: `on ${pageLabel(mute.page)}` };
  const around = `…${mute.before.slice(-20)}[${words}]${mute.after.slice(0, 20)}…`;
  // Where the page repeats those words (a pull quote), which copy: else two rows would read the same.
  const copy = mute.nth ? `, copy ${mute.nth + 1} of those words on the page` : '';
  return { text: `One “${words}” (${around}${copy}) is not ${entity}`, where: `on ${pageLabel(mute.page)}` };
}
