/** A calendar date as CSL-JSON's `date-parts` spell it: the year, then the month (1–12) and day when known. */
export type DateParts = [number] | [number, number] | [number, number, number];

// ISO 8601 calendar dates only (what page metadata gives): YYYY, YYYY-MM, YYYY-MM-DD, optionally followed
// by a time and offset. Anything else ("July 1, 2025", "yesterday") is not guessed at.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The calendar date of an article's `publishedAt` (an ISO 8601 date or date-time), or undefined when it
 * is missing or not such a date (including impossible ones like 2025-02-30).
 *
 * A date-time keeps the date it was written with rather than its UTC date: "2025-07-01T23:30-05:00" was
 * published on 1 July where it was published, and that is the date a citation gives.
 */
export function publishedDateParts(publishedAt: string | undefined): DateParts | undefined {
  const match = ISO_DATE.exec(publishedAt?.trim() ?? '');
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  if (match[2] === undefined) return [year];
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return [year, month];
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return [year, month, day];
}

/** The UTC calendar date of `ms` (milliseconds since the epoch), as the other exports give `savedAt`. */
export function utcDateParts(ms: number): [number, number, number] {
  const date = new Date(ms);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** "2025", "2025-07" or "2025-07-01": the ISO 8601 spelling of as much of the date as is known. */
export function isoDate(parts: DateParts): string {
  const [year, ...rest] = parts;
  return [String(year).padStart(4, '0'), ...rest.map((n) => String(n).padStart(2, '0'))].join('-');
}
