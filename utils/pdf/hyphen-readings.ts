import type { Matcher, Mention } from '../matcher/find-mentions';
import { LINE_END_HYPHEN, withLineEndHyphensKept } from '../matcher/line-end-hyphens';
import { pageNamedEntity } from '../matcher/page-named';
import type { HyphenReading } from './pdf-text';

/**
 * How the matcher reads each line-end hyphen of a page's marked text (`joinBrokenLines`, pdf-text.ts), by the names
 * it finds across it: joined where a name spans the joined word ("Air-⏎bus" is Airbus), kept where only
 * the hyphenated reading names something ("counter-⏎drone", "D-⏎Orbit") or both name the same entity
 * ("C-⏎UAS": the hyphen printed stays). Hyphens no name crosses are
 * left out of the map. Keyed by the soft hyphen's offset. So the text saved reads as the viewer
 * highlighted it, and the library finds the same names in it.
 */
export function hyphenReadingsByNames(matcher: Pick<Matcher, 'find'>, marked: string): Map<number, HyphenReading> {
  const readings = new Map<number, HyphenReading>();
  const marks: number[] = [];
  for (let at = marked.indexOf(LINE_END_HYPHEN); at !== -1; at = marked.indexOf(LINE_END_HYPHEN, at + 2)) marks.push(at);
  if (marks.length === 0) return readings;
  // Same-length rewrites: two soft hyphens read only joined; a hyphen and the line end only hyphenated.
  const joined = matcher.find(marked.replaceAll(LINE_END_HYPHEN, '\u00AD\u00AD'));
  const kept = matcher.find(withLineEndHyphensKept(marked));
  // Only the dataset's and the reader's names decide: a firm or programme the page names (a guess from its wording) does not.
  const across = (mentions: readonly Mention[], at: number) => mentions.find((m) => m.start < at && m.end > at + 2 && pageNamedEntity(m.entityId) === undefined);
  for (const at of marks) {
    const whole = across(joined, at);
    const compound = across(kept, at);
    // Both readings name the same thing ("C-⏎UAS" is C-UAS and CUAS): the hyphen the PDF prints stays.
    if (whole && compound && whole.entityId === compound.entityId) readings.set(at, 'kept');
    else if (whole) readings.set(at, 'joined');
    else if (compound) readings.set(at, 'kept');
  }
  return readings;
}

