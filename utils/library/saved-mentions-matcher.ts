import type { MatchSession, Matcher, Mention, ScannedTexts } from '../matcher/find-mentions';
import type { SavedArticle } from './saved-article';

/**
 * A matcher that finds exactly the mentions saved with an article, for showing a saved article as it
 * was annotated (the dataset may have changed since). The reader view renders the article's HTML,
 * whose text is the article's `text` split into blocks; a saved mention is the k-th occurrence of its
 * surface in `text`, so the k-th occurrence of that surface across the blocks, read in order, is it.
 * Nothing else is found, whatever the dataset says today. `isUmbrella` marks umbrella institutions
 * (NATO, the EU), which the reader's view shows only on request, as on the web.
 */
export function savedMentionsMatcher(article: Pick<SavedArticle, 'text' | 'mentions'>, isUmbrella: (entityId: string) => boolean = () => false): Matcher {
  /** surface → occurrence index → the saved mention. */
  const wanted = new Map<string, Map<number, SavedArticle['mentions'][number]>>();
  // Occurrences are counted with whitespace collapsed on both sides (saved text and page blocks), so a
  // name the page or the PDF breaks across lines is the same occurrence in both.
  const saved = collapseWhitespace(article.text);
  // Each surface's occurrences are found once, and a mention's index is where its start falls among them
  // (counting them again for every mention took a minute on a live blog of 8,871 mentions).
  const occurrences = new Map<string, number[]>();
  const occurrencesOf = (surface: string) => {
    let list = occurrences.get(surface);
    if (!list) {
      list = [];
      for (let at = saved.text.indexOf(surface); at !== -1; at = saved.text.indexOf(surface, at + 1)) list.push(at);
      occurrences.set(surface, list);
    }
    return list;
  };
  for (const mention of article.mentions) {
    const surface = collapseWhitespace(mention.surface).text;
    const start = firstAtOrAfter(saved.offsets, mention.start);
    if (!wanted.has(surface)) wanted.set(surface, new Map());
    wanted.get(surface)!.set(firstAtOrAfter(occurrencesOf(surface), start), mention);
  }
  const surfaces = [...wanted.keys()];

  const session = (): MatchSession => {
    const seen = new Map<string, number>();
    const scanOne = (raw: string): Mention[] => {
      // The saved text has its whitespace collapsed (a line break or &nbsp; inside a name is one space):
      // search the block the same way, and map each hit back to the block's own offsets.
      const { text, offsets } = collapseWhitespace(raw);
      const found: Mention[] = [];
      for (const surface of surfaces) {
        for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
          const index = seen.get(surface) ?? 0;
          seen.set(surface, index + 1);
          const saved = wanted.get(surface)!.get(index);
          if (saved) {
            const start = offsets[at]!;
            const end = offsets[at + surface.length - 1]! + 1;
            const mention: Mention = { start, end, entityId: saved.entityId, category: saved.category, alias: surface, surface: raw.slice(start, end), rule: 'saved with the article' };
            // Umbrella institutions stay context here too, unless the reader asks for them.
            found.push(isUmbrella(saved.entityId) ? { ...mention, umbrella: true } : mention);
          }
        }
      }
      // Saved mentions never overlapped; keep it so if two surfaces meet in a changed rendering.
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      return found.filter((m, i) => i === 0 || m.start >= found[i - 1]!.end);
    };
    const scan = (texts: readonly string[]): ScannedTexts => ({ texts: texts.map(scanOne) });
    const resolve = (scanned: ScannedTexts) => scanned.texts as Mention[][];
    return {
      scan,
      resolve,
      add: (texts) => resolve(scan(texts)),
      explain: (scanned) => scanned.texts.map(() => []),
      onTopic: true,
      // The saved mentions are the page's names already: none are read from the text.
      pageNamesOpen: false,
    };
  };
  return {
    find: (text) => session().add([text])[0] ?? [],
    findAll: (texts) => session().add(texts),
    session,
  };
}

/** How many numbers of an ascending list are below `value`: the index of the first at or after it. */
function firstAtOrAfter(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Text with every whitespace run as one space, and for each of its characters the offset in `raw`. Built
 * in pieces: appending a character at a time to a string and asking whether it ends in a space made the
 * engine flatten it at every step (a minute on a long saved article).
 */
function collapseWhitespace(raw: string): { text: string; offsets: number[] } {
  const pieces: string[] = [];
  const offsets: number[] = [];
  let lastSpace = false;
  let runStart = 0;
  for (let i = 0; i < raw.length; i += 1) {
    const space = WHITESPACE.test(raw[i]!);
    if (space) {
      if (i > runStart) pieces.push(raw.slice(runStart, i));
      runStart = i + 1;
      if (lastSpace) continue;
      pieces.push(' ');
    }
    offsets.push(i);
    lastSpace = space;
  }
  if (raw.length > runStart) pieces.push(raw.slice(runStart));
  return { text: pieces.join(''), offsets };
}

const WHITESPACE = /\s/;
