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

/** The first unambiguous date in a short text, as YYYY-MM-DD; undefined when there is none. */
export function parseVisibleDate(text: string): string | undefined {
  const value = text.slice(0, 300);
  let m = value.match(/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const plain = withoutAccents(value).toLowerCase();
  const other = OTHER_DAY_MONTH_YEAR.exec(plain);
  if (other) return iso(Number(other[3]), OTHER_MONTHS.findIndex((names) => names.split('|').includes(other[2]!)) + 1, Number(other[1]));
  m = value.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'));
  if (m) return iso(Number(m[3]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1]));
  m = value.match(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'));
  if (m) return iso(Number(m[3]), MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, Number(m[2]));
  // Day, month and year with dots, as German and other European pages write them ("12.02.2025"); never a
  // version number or an amount ("1.2.2025" inside "v1.2.2025" is not read: a letter or digit before it).
  m = value.match(/(?<![\p{L}\p{N}.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\p{N}.]\p{N})/u);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
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
