import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../components/entity-card';
import { CATEGORIES, type Category } from '../../utils/dataset/schema';
import { sendMessage } from '../../utils/messaging';
import type { UserTerm } from '../../utils/user-terms/user-term';
import { watchLensChanges } from '../../utils/lens-revision';

const split = (list: string) =>
  list
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);

/** What is wrong with a term before it is sent, in plain words; null when it can be added. */
export function termProblem(name: string, aliases: readonly string[], category: Category | '', existing: readonly UserTerm[]): string | null {
  if (name.trim().length < 2) return 'a name needs at least two characters.';
  // No kind is guessed for the reader: a firm filed as a programme gets the wrong colour and card.
  if (category === '') return 'choose what it is: a program or institution, a firm or investor, or a technology.';
  const short = aliases.find((a) => a.length < 2);
  if (short !== undefined) return `“${short}” is too short to be a name (it would light up every “${short}” on a page).`;
  const same = existing.find((t) => t.category === category && t.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (same) return `you already have “${same.name}” in this category.`;
  return null;
}

/** A validation error from the background (zod issues as JSON) as a sentence. */
function readableError(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  try {
    const issues = JSON.parse(message) as { path?: (string | number)[]; message?: string }[];
    if (Array.isArray(issues) && issues[0]?.message) return `${issues[0].path?.join(' ') || 'the term'}: ${issues[0].message}.`;
  } catch {
    // not JSON: a plain message
  }
  return message;
}

/** The reader's own watch terms: highlighted like the dataset's, kept across dataset updates. */
export function UserTermsSection({ initialName }: { initialName: string }) {
  const [terms, setTerms] = useState<UserTerm[]>([]);
  const [name, setName] = useState(initialName);
  /** Chosen by the reader each time (empty until then): no kind is assumed. */
  const [category, setCategory] = useState<Category | ''>('');
  const [aliases, setAliases] = useState('');
  const [note, setNote] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(true);
  const [contextWords, setContextWords] = useState('');
  const [error, setError] = useState('');
  const refresh = () => void sendMessage('listUserTerms', undefined).then(setTerms, () => setError('Your terms could not be read.'));
  // Terms imported in the library (or added in another tab) appear here at once.
  useEffect(() => {
    refresh();
    return watchLensChanges(refresh);
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    setError('');
    const problem = termProblem(name, split(aliases), category, terms);
    if (problem) {
      setError(`Not added: ${problem}`);
      return;
    }
    if (category === '') return; // (said by termProblem; this narrows the type)
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
      setCategory('');
      setAliases('');
      setNote('');
      setCaseSensitive(false);
      setWholeWord(true);
      setContextWords('');
      refresh();
    } catch (err) {
      setError(`Not added: ${readableError(err)}`);
    }
  };
  const remove = async (term: UserTerm) => {
    setError('');
    try {
      await sendMessage('deleteUserTerm', term.id!);
      refresh();
    } catch (err) {
      setError(`“${term.name}” was not removed: ${readableError(err)}`);
    }
  };

  return (
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">Your terms</h2>
      <p class="muted">Names you want highlighted too (shown as “yours” on their card). Open pages pick them up at once.</p>
      <form onSubmit={add} class="terms-form">
        <label class="row">
          Name
          <input name="term-name" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="row">
          Category
          <select name="term-category" required value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
            <option value="" disabled>
              Choose…
            </option>
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
            <button type="button" aria-label={`Remove ${term.name}`} onClick={() => void remove(term)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
