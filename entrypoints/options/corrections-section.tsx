import { useEffect, useState } from 'preact/hooks';
import { LensDatabase } from '../../utils/db/db';
import { type EntityNames, readLensNames } from '../../utils/db/lens-dataset';
import { watchLensChanges } from '../../utils/lens-revision';
import { mutesItem, removeMute } from '../../utils/settings';
import { describeMute } from '../../utils/mute-description';

const db = new LensDatabase();

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
