import type { Mention } from '../matcher/find-mentions';
import { pageNamedEntity } from '../matcher/page-named';

/** A name seen in articles that the dataset does not know, with how often and one example. */
export interface NameSuggestion {
  name: string;
  /** What the name looks like: a firm ("… Technologies"), a programme ("… Fund"), or an abbreviation. */
  looksLike: 'firm' | 'program' | 'abbreviation' | 'name';
  count: number;
  articles: number;
  example: string;
}

const FIRM_WORDS = /\b(?:Technologies|Technology|Robotics|Aerospace|Systems|Industries|Dynamics|Defen[cs]e|Ventures|Capital|Partners|Labs|Space|Security|Inc\.?|Ltd\.?|GmbH|AG|SE|AB|ASA|Oy|SAS|S\.A\.|plc|Group|Holdings|AI)$/u;
const PROGRAM_WORDS = /\b(?:Fund|Programme|Program|Initiative|Accelerator|Agency|Office|Unit|Strategy|Act|Facility|Instrument|Challenge|Hub|Centre|Center|Council|Mechanism|Plan|Project)$/u;
/** Capitalised runs of words (allowing "of", "for", "and", "&" inside), e.g. "Office of Naval Research". */
const NAME_RUN = /\b\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:(?:of|for|and|&|de|der|für)\s+)?\p{Lu}[\p{L}\p{N}'’.-]*)+/gu;
const DEFINED = /\(([\p{Lu}][\p{Lu}\p{N}&-]{1,9})\)/gu;
const ONE_WORD_FIRM = /(?:\b(?:led by|backed by|co-led by|start-?up|startup|scale-?up)\s+(\p{Lu}[\p{L}\p{N}]+)\b)|(?:\b(\p{Lu}[\p{L}\p{N}]+)\s+(?:raised|raises|secured|secures|announced|closed|led|unveiled|won)\b)|(?:\b(\p{Lu}[\p{L}\p{N}]+),\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:start-?up|startup|company|firm|maker|manufacturer|investor|fund)\b)/gu;

/** Ministries, departments and armed forces: context, never entities to add (labelling guidelines). */
const UMBRELLA_START = /^(?:[\p{Lu}][\p{L}.]*(?:['’]s)?\s+)?(?:Ministry|Department|Armed Forces|Army|Navy|Air Force)\b/u;

/** Defense context that makes a capitalised name worth a maintainer's look. */
const CONTEXT = /\b(?:defen[cs]e|military|army|navy|air force|drones?|start-?ups?|raised|funding|round|investors?|venture|contract|Pentagon|NATO|Nato|Ministry|procurement|missiles?|satellites?|AI|autonomous|quantum|hypersonic)\b/iu;
/** Capitalised words that begin sentences or name places, months and people's roles, not entities. */
const STOP = new Set(
  `The A An This That These Those It Its In On At For From With By And But Or As Of To Its Their Our We They He She
  January February March April May June July August September October November December Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday Mr Mrs Ms Dr CEO CTO Minister President Secretary General Chief Head Director`.split(/\s+/),
);

/**
 * Names in a set of articles that look like programmes, firms or abbreviations in a defense context
 * but that no dataset alias matched: each with its count, the number of articles it appears in, and
 * one example sentence. `mentionsOf(text)` must return what the matcher found in the text, so known
 * names are left out. Sorted by count, then name.
 */
export function suggestNames(texts: readonly string[], mentionsOf: (text: string) => readonly Mention[]): NameSuggestion[] {
  const found = new Map<string, NameSuggestion & { seenIn: Set<number> }>();
  texts.forEach((text, index) => {
    // A firm only the page names is exactly what a maintainer should be shown: not known.
    const known = mentionsOf(text).filter((m) => pageNamedEntity(m.entityId) === undefined);
    const covered = (start: number, end: number) => known.some((m) => m.start < end && start < m.end);
    const knownEnd = (start: number, end: number) => known.filter((m) => m.start < end && start < m.end).reduce<number | undefined>((last, m) => Math.max(last ?? 0, m.end), undefined);
    for (const sentence of text.split(/(?<=[.!?])\s+|\n{2,}/u)) {
      if (!CONTEXT.test(sentence)) continue;
      const offset = text.indexOf(sentence);
      const candidates: { name: string; at: number; kind: NameSuggestion['looksLike'] }[] = [];
      for (const m of sentence.matchAll(NAME_RUN)) {
        let name = m[0].replace(/[’']s$/u, '').replace(/[.,]$/u, '');
        const words = name.split(/\s+/);
        while (words.length > 0 && (STOP.has(words[0]!) || /-based$/u.test(words[0]!))) words.shift();
        name = words.join(' ');
        if (words.length < 2 || UMBRELLA_START.test(name)) continue;
        const kind = FIRM_WORDS.test(name) ? 'firm' : PROGRAM_WORDS.test(name) ? 'program' : 'name';
        candidates.push({ name, at: offset + m.index! + m[0].indexOf(words[0]!), kind });
      }
      for (const m of sentence.matchAll(DEFINED)) candidates.push({ name: m[1]!, at: offset + m.index! + 1, kind: 'abbreviation' });
      // One-word names ("PsiQuantum", "Leidos") introduced as a firm or investor: "X raised", "led by X",
      // "start-up X", "X, a … company". Not at a sentence start, not a stop word.
      for (const m of sentence.matchAll(ONE_WORD_FIRM)) {
        const name = (m[1] ?? m[2] ?? m[3])!;
        if (STOP.has(name) || /^\p{Lu}[\p{Ll}]+$/u.test(name) === false && !/\p{Ll}\p{Lu}|\p{Lu}{2}/u.test(name) && name.length < 3) continue;
        const at = offset + m.index! + m[0].indexOf(name);
        if (at === offset) continue;
        candidates.push({ name, at, kind: 'firm' });
      }
      for (const { name, at, kind } of candidates) {
        if (covered(at, at + name.length)) {
          // "TEKEVER and Hexagon Capital": keep what follows a known name and its joining word.
          const known = knownEnd(at, at + name.length);
          const rest = known === undefined ? '' : text.slice(known, at + name.length).replace(/^\s*(?:and|&|of|for)?\s+/u, '');
          if (rest.split(/\s+/).length >= 2 && rest !== name) candidates.push({ name: rest, at: at + name.length - rest.length, kind: FIRM_WORDS.test(rest) ? 'firm' : PROGRAM_WORDS.test(rest) ? 'program' : 'name' });
          continue;
        }
        const entry = found.get(name) ?? { name, looksLike: kind, count: 0, articles: 0, example: sentence.replace(/\s+/g, ' ').trim().slice(0, 220), seenIn: new Set<number>() };
        entry.count += 1;
        entry.seenIn.add(index);
        entry.articles = entry.seenIn.size;
        found.set(name, entry);
      }
    }
  });
  return [...found.values()]
    .map(({ seenIn: _seenIn, ...rest }) => rest)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
