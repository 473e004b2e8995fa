/**
 * Text normalisation shared by aliases and page text, so that typographic variants compare equal:
 * curly vs straight apostrophes, non-breaking and other spaces, soft hyphens and zero-width
 * characters, dashes between word characters (`dual‑use` = `dual use`), diacritics and compatibility
 * forms (`IRIS²` = `IRIS2`, `Défense` = `Defense`).
 *
 * The normalised text keeps a map back to the original offsets so spans can be reported in the
 * caller's coordinates. `folded` and `cased` always have the same length: `folded` is what the
 * automaton reads, `cased` is used to check case-sensitive aliases.
 */
export interface NormalizedText {
  folded: string;
  cased: string;
  /** For each UTF-16 unit of the normalised text, the original offset where its source character starts. */
  starts: Uint32Array;
  /** For each UTF-16 unit of the normalised text, the original offset just after its source character. */
  ends: Uint32Array;
}

const IGNORED = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const WHITESPACE = /\s/;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\u00B4`]/;
const QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/;
const MARK = /\p{M}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

function mapChar(char: string): string {
  if (APOSTROPHES.test(char)) return "'";
  if (QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  if (char.charCodeAt(0) < 0x80) return char;
  // NFKD splits accents off and maps compatibility forms (², ﬁ, full-width letters) to plain ones.
  let out = '';
  for (const part of char.normalize('NFKD')) if (!MARK.test(part)) out += part;
  return out || char;
}

export function normalizeText(text: string): NormalizedText {
  let cased = '';
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  const push = (value: string, start: number, end: number) => {
    for (let i = 0; i < value.length; i += 1) {
      const unit = value[i] as string;
      const lower = unit.toLowerCase();
      cased += unit;
      folded += lower.length === 1 ? lower : unit;
      starts.push(start);
      ends.push(end);
    }
  };
  const chars = Array.from(text);
  for (let c = 0; c < chars.length; c += 1) {
    const char = chars[c] as string;
    const start = index;
    index += char.length;
    if (IGNORED.test(char)) continue;
    if (WHITESPACE.test(char)) {
      // Runs of whitespace collapse to one space; the space covers the whole run.
      if (cased.endsWith(' ')) {
        ends[ends.length - 1] = index;
      } else {
        push(' ', start, index);
      }
      continue;
    }
    let mapped = mapChar(char);
    // A hyphen inside a compound reads the same as a space: "dual-use" = "dual use".
    if (mapped === '-' && isWordChar(cased.at(-1)) && isWordChar(nextVisible(chars, c + 1))) mapped = ' ';
    push(mapped, start, index);
  }
  return { folded, cased, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

function nextVisible(chars: readonly string[], from: number): string | undefined {
  for (let i = from; i < chars.length; i += 1) {
    const char = chars[i] as string;
    if (!IGNORED.test(char)) return mapChar(char);
  }
  return undefined;
}

/** Normalises an alias the same way page text is, trimmed. */
export function normalizeAlias(text: string): { folded: string; cased: string } {
  const { folded, cased } = normalizeText(text.trim());
  return { folded, cased };
}
