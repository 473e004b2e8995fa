import { useEffect, useState } from 'preact/hooks';
import { LensDatabase } from '../../utils/db/db';
import { type EntityNames, readLensNames } from '../../utils/db/lens-dataset';
import { watchLensChanges } from '../../utils/lens-revision';
import { type Mute, mutesItem, removeMute } from '../../utils/settings';

const db = new LensDatabase();

/** "news.example/2025/story" for a page key (scheme left out: the reader knows the site by its name). */
const pageLabel = (page: string) => page.replace(/^https?:\/\//, '');

/** One correction in plain words, with entity names rather than ids. */
export function describeMute(mute: Mute, names: EntityNames): { text: string; where: string } {
  // The words as the page wrote them; corrections stored before `surface` existed show the folded term.
  const words = mute.surface ?? mute.term;
  if (mute.kind === 'term') return { text: `“${words}” is never highlighted`, where: `on ${mute.site}` };
  const entity = names.get(mute.entityId)?.name ?? 'an entity no longer in the dataset';
  if (mute.kind === 'entity-here') return { text: `“${words}” is not ${entity}`, where: `on ${pageLabel(mute.page)}` };
  const around = `…${mute.before.slice(-20)}[${words}]${mute.after.slice(0, 20)}…`;
  // Where the page repeats those words (a pull quote), which copy: else two rows would read the same.
  const copy = mute.nth ? `, copy ${mute.nth + 1} of those words on the page` : '';
  return { text: `One “${words}” (${around}${copy}) is not ${entity}`, where: `on ${pageLabel(mute.page)}` };
}

/** The reader's corrections, in plain words, each removable. */
export function CorrectionsSection() {
  const [mutes, setMutes] = useState<Mute[]>([]);
  const [names, setNames] = useState<EntityNames>(new Map());
  useEffect(() => {
    void mutesItem.getValue().then((value) => setMutes(value ?? []));
    const read = () => void readLensNames(db).then(setNames);
    read();
    const unwatchMutes = mutesItem.watch((value) => setMutes(value ?? []));
    const unwatchLens = watchLensChanges(read);
    return () => {
      unwatchMutes();
      unwatchLens();
    };
  }, []);
  return (
    <section aria-labelledby="mutes-heading">
      <h2 id="mutes-heading">Your corrections</h2>
      {mutes.length === 0 ? (
        <p class="muted">None. Use “Not this one”, “Not … on this page” or “Mute on this site” on a card.</p>
      ) : (
        <ul class="mute-list">
          {mutes.map((mute, index) => {
            const { text, where } = describeMute(mute, names);
            return (
              <li key={`${JSON.stringify(mute)}:${index}`}>
                <span>
                  {text} <strong>{where}</strong>
                </span>
                <button type="button" onClick={() => void removeMute(mute)} aria-label={`Remove: ${text} ${where}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
