/**
 * Title, authors and date of a PDF from its metadata: the document information dictionary (`Title`,
 * `Author`, `CreationDate`) and, where present, its XMP packet (`dc:title`, `dc:creator`,
 * `xmp:createdate`), as PDF.js's `getMetadata()` hands them over. Pure, so it is tested without a PDF.
 */
export interface PdfMetadataInput {
  /** The information dictionary (PDF.js `info`): loosely typed, any key may be missing or not a string. */
  info?: Record<string, unknown> | null;
  /** XMP values by lower-case name (PDF.js `metadata.getAll()`), or null. */
  xmp?: Record<string, unknown> | null;
  /** The file's name or address, for a title when the PDF has none. */
  fallbackName: string;
}

export interface PdfArticleMeta {
  title: string;
  byline?: string;
  publishedAt?: string;
}

const text = (value: unknown): string | undefined => {
  const joined = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('; ') : value;
  if (typeof joined !== 'string') return undefined;
  const clean = joined.replace(/\s+/g, ' ').trim();
  return clean ? clean : undefined;
};

/** Titles that word processors and printers write in place of one: not a title. */
const PLACEHOLDER_TITLE = /^(?:untitled|microsoft word\b.*|document\d*|slide\s*\d+|\S+\.(?:docx?|pptx?|odt|indd|tex|pdf))$/i;

/** "D:20240315120000+01'00'" (a PDF date) or an ISO date → "2024-03-15"; undefined for anything else. */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const pdf = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  const [, year, month = '01', day = '01'] = iso ?? pdf ?? [];
  if (!year) return undefined;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${month}-${day}`;
}

/** A readable name from a file name or address: "annual-report_2024.pdf" → "annual-report_2024". */
export function nameFromAddress(address: string): string {
  let last = address;
  try {
    last = new URL(address).pathname;
  } catch {
    // a bare file name
  }
  last = last.split('/').filter(Boolean).pop() ?? address;
  try {
    last = decodeURIComponent(last);
  } catch {
    // keep it as written
  }
  return last.replace(/\.pdf$/i, '').trim() || address;
}

export function pdfArticleMeta({ info, xmp, fallbackName }: PdfMetadataInput): PdfArticleMeta {
  const candidates = [text(xmp?.['dc:title']), text(info?.Title)];
  const title = candidates.find((t) => t !== undefined && !PLACEHOLDER_TITLE.test(t)) ?? nameFromAddress(fallbackName);
  const byline = text(xmp?.['dc:creator']) ?? text(info?.Author);
  const publishedAt = pdfDate(info?.CreationDate) ?? pdfDate(xmp?.['xmp:createdate']) ?? pdfDate(text(xmp?.['dc:date']));
  return { title, ...(byline ? { byline } : {}), ...(publishedAt ? { publishedAt } : {}) };
}
