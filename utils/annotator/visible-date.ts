import { withoutAccents } from '../without-accents';

/**
 * A publication date written only as text ("Published 12 June 2025", "June 12, 2025 · 5 min read"), for
 * pages whose metadata carries none. Only unambiguous forms are read: a month written as a word, or ISO
 * "2025-06-12"; "06/12/2025" could be either of two days and is left alone.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const iso = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1990 || year > 2100) return undefined;
  return date.toISOString().slice(0, 10);
};

/**
 * French and German month names, in calendar order, each a pattern read on accent-stripped lower case
 * ("19. November 2026", "3 mars 2025", "1er décembre 2025", "Mai", "März"): a newcomer's trial found French and
 * German bylines left undated.
 */
const OTHER_MONTHS = ['janvier|januar|janner', 'fevrier|februar', 'mars|marz', 'avril|april', 'mai', 'juin|juni', 'juillet|juli', 'aout|august', 'septembre|september', 'octobre|oktober', 'novembre|november', 'decembre|dezember'];
const OTHER_DAY_MONTH_YEAR = new RegExp(`(?:^|[^\\p{L}\\d])(\\d{1,2})(?:er|\\.)?\\s+(${OTHER_MONTHS.join('|')})\\.?\\s+(\\d{4})(?!\\d)`, 'u');

/**
 * The first unambiguous date in a short text, as YYYY-MM-DD; undefined when there is none. The first in the
 * text wins, whatever its form ("Veröffentlicht am 12.02.2025. Bereits am 3. Januar 2025 …": a second
 * break-it review, session 18, had the form's order decide); a form that names no valid day is passed over.
 */
export function parseVisibleDate(text: string): string | undefined {
  const value = text.slice(0, 300);
  const plain = withoutAccents(value).toLowerCase();
  const found: { at: number; date: string | undefined }[] = [];
  const each = (pattern: RegExp, source: string, date: (m: RegExpExecArray) => string | undefined) => {
    for (const m of source.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) found.push({ at: m.index, date: date(m) });
  };
  each(/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, value, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])));
  // Accent-stripping keeps the text's length: positions in `plain` are those in `value`.
  each(OTHER_DAY_MONTH_YEAR, plain, (m) => iso(Number(m[3]), OTHER_MONTHS.findIndex((names) => names.split('|').includes(m[2]!)) + 1, Number(m[1])));
  each(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'), value, (m) => iso(Number(m[3]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1])));
  each(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), value, (m) => iso(Number(m[3]), MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, Number(m[2])));
  // Day, month and year with dots, as German and other European pages write them ("12.02.2025"); never a
  // version number ("v1.2.2025", "Version 1.2.2025") or part of a longer dotted number.
  each(/(?<![\p{L}\p{N}.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\p{N}.]\p{N}|\p{N})/u, value, (m) =>
    /(?:version|ver\.?|release|build|v)\s*$/iu.test(value.slice(Math.max(0, m.index - 12), m.index)) ? undefined : iso(Number(m[3]), Number(m[2]), Number(m[1])),
  );
  return found.filter((f) => f.date !== undefined).sort((a, b) => a.at - b.at)[0]?.date;
}

/**
 * Where a page shows its date as text: time elements, then elements named for dates or bylines; the
 * story's own first (byline), and never a banner's "today" (a masthead date is not the article's).
 */
export function visibleDate(doc: Document): string | undefined {
  const selector = 'time, [itemprop="datePublished"], [class*="date" i], [class*="publish" i], [class*="byline" i], [class*="timestamp" i], [id*="byline" i]';
  const inBanner = (element: Element) => element.closest('[role="banner"], nav, footer, [class*="masthead" i], [class*="header-date" i], [class*="site-header" i]') !== null;
  const story = doc.querySelector('article, main, [role="main"], [class*="byline" i]')?.parentElement ?? doc;
  for (const scope of [story, doc]) {
    for (const element of Array.from(scope.querySelectorAll(selector)).slice(0, 60)) {
      if (inBanner(element)) continue;
      const found = parseVisibleDate(element.textContent ?? '');
      if (found) return found;
    }
  }
  return undefined;
}
