import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../components/entity-card';
import { CATEGORIES, type Category } from '../../utils/dataset/schema';
import { sendMessage } from '../../utils/messaging';
import type { UserTerm } from '../../utils/user-terms/user-term';

const split = (list: string) =>
  list
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

/** The reader's own watch terms: highlighted like the dataset's, kept across dataset updates. */
export function UserTermsSection({ initialName }: { initialName: string }) {
  const [terms, setTerms] = useState<UserTerm[]>([]);
  const [name, setName] = useState(initialName);
  const [category, setCategory] = useState<Category>('program');
  const [aliases, setAliases] = useState('');
  const [note, setNote] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(true);
  const [contextWords, setContextWords] = useState('');
  const [error, setError] = useState('');
  const refresh = () => void sendMessage('listUserTerms', undefined).then(setTerms);
  useEffect(refresh, []);

  const add = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      await sendMessage('saveUserTerm', {
        name: name.trim(),
        category,
        aliases: split(aliases),
        caseSensitive,
        wholeWord,
        contextWords: split(contextWords),
        note: note.trim(),
      });
      setName('');
      setAliases('');
      setNote('');
      setCaseSensitive(false);
      setWholeWord(true);
      setContextWords('');
      refresh();
    } catch (err) {
      setError(`Not added: ${(err as Error).message}`);
    }
  };

  return (
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">Your terms</h2>
      <p class="muted">Names you want highlighted too (shown as “yours” on their card). New pages pick them up when they load.</p>
      <form onSubmit={add} class="terms-form">
        <label class="row">
          Name
          <input name="term-name" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="row">
          Category
          <select name="term-category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          Other names (comma-separated)
          <input name="term-aliases" value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
        </label>
        <label class="row">
          Note
          <input name="term-note" maxLength={5000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <label class="row">
          <input type="checkbox" name="term-case" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.currentTarget.checked)} />
          Match case exactly (“Stark” but not “stark”)
        </label>
        <label class="row">
          <input type="checkbox" name="term-whole-word" checked={wholeWord} onChange={(e) => setWholeWord(e.currentTarget.checked)} />
          Whole words only (off: also the start of longer words, “Kestrel” in “KestrelSat”)
        </label>
        <label class="row">
          Only on pages that also mention (comma-separated, optional)
          <input name="term-context" value={contextWords} onInput={(e) => setContextWords(e.currentTarget.value)} placeholder="drone, defence" />
        </label>
        <button type="submit">Add term</button>
        {error ? <p role="alert">{error}</p> : null}
      </form>
      <ul class="mute-list">
        {terms.map((term) => (
          <li key={term.id}>
            <span>
              <strong>{term.name}</strong> · {CATEGORY_LABELS[term.category]}
              {term.aliases.length ? ` · also ${term.aliases.join(', ')}` : ''}
              {term.caseSensitive ? ' · exact case' : ''}
              {term.wholeWord === false ? ' · also inside longer words' : ''}
              {term.contextWords?.length ? ` · only with ${term.contextWords.join(', ')}` : ''}
            </span>
            <button type="button" aria-label={`Remove ${term.name}`} onClick={() => void sendMessage('deleteUserTerm', term.id!).then(refresh)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
