import { joinBrokenLines } from '../page-text/collect-text-blocks';
import { LINE_END_HYPHEN } from '../matcher/line-end-hyphens';
import { escapeHtml } from '../escape-html';

/** One text run of a PDF page, as PDF.js's `getTextContent()` gives it (marked-content items have no `str`). */
export interface PdfTextRun {
  str?: string;
  hasEOL?: boolean;
  /** The run's text matrix [a, b, c, d, e, f]: d its font size (upright text), f its baseline. */
  transform?: number[];
}

/** The longest run read as a mark set above or below a word (a footnote number, "13", "*", "[4]"). */
const MARK_CHARS = 4;

/**
 * Whether a run is set apart from the run before it: one of them is a short mark set smaller and
 * raised or lowered beside the other (a footnote number after a name: "DIANA" then "13"), on the
 * same line, with no space between. Such a run starts a new word, in the viewer's text layer
 * (pdf-pages.ts marks it) and in the saved text alike, so "DIANA" is matched in both. A font change
 * inside a word (same size) or small capitals (same baseline) do not set a run apart.
 */
export function setApart(before: PdfTextRun, after: PdfTextRun): boolean {
  if (!before.str || !after.str || before.hasEOL || /\s$/.test(before.str) || /^\s/.test(after.str)) return false;
  const [a, b] = [before.transform, after.transform];
  if (!a || !b || [a[1], a[2], b[1], b[2]].some((v) => Math.abs(v ?? 1) > 1e-6)) return false;
  const [sizeBefore, sizeAfter] = [Math.abs(a[3]!), Math.abs(b[3]!)];
  const large = Math.max(sizeBefore, sizeAfter);
  const mark = sizeBefore < sizeAfter ? before.str : after.str;
  if (Math.min(sizeBefore, sizeAfter) > large * 0.85 || mark.trim().length > MARK_CHARS) return false;
  const shift = Math.abs(a[5]! - b[5]!);
  return shift > large * 0.1 && shift < large;
}

/** The runs (their indices among the runs with text, as the text layer has a span for each) set apart from the run before. */
export function setApartRuns(runs: readonly PdfTextRun[]): Set<number> {
  const apart = new Set<number>();
  let previous: PdfTextRun | undefined;
  let index = -1;
  for (const run of runs) {
    if (run.str === undefined) continue;
    index += 1;
    if (previous && setApart(previous, run)) apart.add(index);
    if (run.str !== '' || run.hasEOL) previous = run;
  }
  return apart;
}

/**
 * A page's text exactly as the viewer's text layer reads in the DOM: the runs one after the other, a
 * line end where PDF.js puts a `<br>`, a space before a run set apart (`setApart`). Saving and the
 * page on screen see the same characters.
 */
export function rawPageText(runs: readonly PdfTextRun[]): string {
  const apart = setApartRuns(runs);
  let text = '';
  let index = -1;
  for (const run of runs) {
    if (run.str === undefined) continue;
    index += 1;
    if (apart.has(index)) text += ' ';
    text += run.str;
    if (run.hasEOL) text += '\n';
  }
  return text;
}

/**
 * What a whole PDF shows of its own words, to tell a word a typesetter broke at a line end ("Inno-⏎vation")
 * from a compound broken at its own hyphen ("military-⏎civil"): the words it uses whole, and the
 * hyphenated compounds it writes within a line (all lower case). Pieces around line-end hyphens are left
 * out, or every broken word's halves would count as words.
 */
export interface DocumentWords {
  words: ReadonlySet<string>;
  compounds: ReadonlySet<string>;
}

const LINE_END_PIECES = /\p{L}+[-\u2010\u2011\u00AD]\n\p{L}+/gu;

export function documentWords(rawPages: readonly string[]): DocumentWords {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const raw of rawPages) {
    const text = raw.replace(LINE_END_PIECES, ' ').toLowerCase();
    for (const word of text.match(/\p{L}+/gu) ?? []) words.add(word);
    for (const compound of text.match(/\p{L}+[-\u2010\u2011]\p{L}+/gu) ?? []) compounds.add(compound.replace(/[\u2010\u2011]/g, '-'));
  }
  return { words, compounds };
}

/**
 * Whether the halves of a line-end hyphen are a compound to keep hyphenated: the PDF writes the compound
 * within a line elsewhere, or it uses both halves as words and never the two joined. Otherwise (the
 * usual case: a typesetter's break) the word is joined.
 */
function keepsHyphen(left: string, right: string, known: DocumentWords): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (known.compounds.has(`${l}-${r}`)) return true;
  if (known.words.has(l + r)) return false;
  return known.words.has(l) && known.words.has(r);
}

/** How a line-end hyphen reads: a compound's own hyphen (kept) or a typesetter's break (joined). */
export type HyphenReading = 'kept' | 'joined';

/**
 * A page's readable text for the library: hyphenated line ends joined as on screen (`joinBrokenLines`),
 * except compounds broken at their own hyphen, told first by the names the matcher finds across them
 * (`hyphenReadingsByNames`), then by the whole PDF's words (`documentWords`; without either, every
 * such break is joined); the marks that joining leaves removed, blank lines closed up so the
 * page stays one paragraph (the viewer reads each page as one block, and saving must find what the page
 * shows: the viewer's matcher reads a line-end hyphen both ways).
 */
export function readablePageText(raw: string, known?: DocumentWords, names?: (marked: string) => ReadonlyMap<number, HyphenReading>): string {
  let text = joinBrokenLines(raw);
  const named = names && text.includes(LINE_END_HYPHEN) ? names(text) : undefined;
  if (known || named) {
    text = text.replace(/(\p{L}+)\u00AD\u200B(\p{L}+)/gu, (whole, left: string, right: string, offset: number) => {
      const reading = named?.get(offset + left.length) ?? (known && keepsHyphen(left, right, known) ? 'kept' : 'joined');
      return reading === 'kept' ? `${left}-${right}` : whole;
    });
  }
  return text
    .replace(/[\u00AD\u200B]/g, '')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

/** The article text of a PDF: its pages' readable text, pages separated by blank lines, and where each starts. */
export function pdfArticleText(pages: readonly string[]): { text: string; pageStarts: number[] } {
  let text = '';
  const pageStarts: number[] = [];
  for (const page of pages) {
    if (text.length > 0) text += '\n\n';
    pageStarts.push(text.length);
    text += page;
  }
  return { text, pageStarts };
}

/** The 1-based page an offset of the article text lies on. */
export function pageOfOffset(pageStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pageStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * The saved article's HTML: one section per page headed with its number, the page's text as one
 * paragraph with its line breaks, the text escaped (no page text is ever markup; built as a string
 * so the background, which has no DOM, can build it). The library sanitises it again before showing
 * it; its text blocks carry the same text as `pdfArticleText`.
 */
export function pdfArticleHtml(pages: readonly string[]): string {
  let html = '';
  pages.forEach((page, i) => {
    if (!page) return;
    html += `<section><h2>Page ${i + 1}</h2><p>${page.split('\n').map(escapeHtml).join('<br>')}</p></section>`;
  });
  return html;
}

/** Pages with fewer readable characters than this, all of them, make a PDF "without text" (scanned). */
const MIN_TEXT_CHARS = 20;

/** Whether a PDF has a text layer worth reading: a scanned document has none (or a few stray characters). */
export function hasReadableText(pages: readonly string[]): boolean {
  let count = 0;
  for (const page of pages) {
    count += page.replace(/\s+/g, '').length;
    if (count >= MIN_TEXT_CHARS) return true;
  }
  return false;
}
