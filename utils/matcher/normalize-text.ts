/**
 * Text normalisation shared by aliases and page text, so that typographic variants compare equal:
 * curly vs straight apostrophes, non-breaking and other spaces, soft hyphens and zero-width
 * characters, dashes between word characters (`dual‑use` = `dual use`), diacritics and compatibility
 * forms (`IRIS²` = `IRIS2`, `Défense` = `Defense`).
 *
 * The normalised text keeps a map back to the original offsets so spans can be reported in the
 * caller's coordinates. `folded` and `cased` always have the same length: `folded` is what the
 * automaton reads, `cased` is used to check case-sensitive aliases.
 *
 * This runs over every block of every page, so ASCII (most of the text) takes a table-driven fast
 * path and only other characters go through Unicode normalisation.
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

// ASCII classes: 0 copy, 1 whitespace, 2 hyphen, 3 apostrophe (backtick).
const ASCII_CLASS = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_CLASS[c] = 1;
ASCII_CLASS[45] = 2;
ASCII_CLASS[96] = 3;
const SPACE = 32;
const HYPHEN = 45;
const APOSTROPHE = 39;

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(String.fromCharCode(code));
}

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Scripts written without spaces between words (Chinese, Japanese) or with particles joined to nouns (Korean). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Whether a character beside a match makes it part of a longer word (a match must not touch one):
 * a word character, except those of scripts written without spaces, where a name touches the words
 * around it ("防衛装備庁は", "国防科学研究所는", "TEKEVER和Helsing"). `edge`: the match's own character on
 * that side.
 */
export function extendsWord(char: string | undefined, edge?: string): boolean {
  if (!isWordChar(char) || UNSPACED.test(char!)) return false;
  // A number right beside a name in those scripts is the next word, not the name's ("中光電智能機器人4家公司", "雷虎50年":
  // a scout's Taiwanese pages, session 29).
  return !(edge !== undefined && DIGIT.test(char!) && UNSPACED.test(edge));
}
const DIGIT = /^\p{Nd}$/u;

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

/** Growable parallel buffers for the normalised text. */
class Output {
  length = 0;
  cased: Uint16Array;
  folded: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;

  constructor(capacity: number) {
    const size = Math.max(1, capacity);
    this.cased = new Uint16Array(size);
    this.folded = new Uint16Array(size);
    this.starts = new Uint32Array(size);
    this.ends = new Uint32Array(size);
  }

  push(cased: number, folded: number, start: number, end: number): void {
    if (this.length === this.cased.length) this.grow();
    const i = this.length++;
    this.cased[i] = cased;
    this.folded[i] = folded;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  last(): number {
    return this.length > 0 ? this.cased[this.length - 1]! : -1;
  }

  private grow(): void {
    const size = this.cased.length * 2;
    const copy = <T extends Uint16Array | Uint32Array>(from: T, to: T) => {
      to.set(from);
      return to;
    };
    this.cased = copy(this.cased, new Uint16Array(size));
    this.folded = copy(this.folded, new Uint16Array(size));
    this.starts = copy(this.starts, new Uint32Array(size));
    this.ends = copy(this.ends, new Uint32Array(size));
  }
}

const utf16 = new TextDecoder('utf-16le');
/** Short texts (most blocks) are cheaper to build directly than through a decoder call. */
const toText = (units: Uint16Array, length: number) =>
  length <= 512 ? String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]) : utf16.decode(units.subarray(0, length));

export function normalizeText(text: string): NormalizedText {
  const out = new Output(text.length);
  const length = text.length;
  // The next character that is not ignored (soft hyphen, zero-width), mapped, for the dash rule.
  const nextVisibleIsWord = (from: number): boolean => {
    for (let j = from; j < length; j += 1) {
      const code = text.charCodeAt(j);
      if (code < 128) return isWordCode(code);
      const cp = text.codePointAt(j)!;
      const char = String.fromCodePoint(cp);
      if (IGNORED.test(char)) continue;
      return isWordChar(mapChar(char)[0]);
    }
    return false;
  };

  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const kind = ASCII_CLASS[code]!;
      if (kind === 0) {
        out.push(code, code >= 65 && code <= 90 ? code + 32 : code, i, i + 1);
      } else if (kind === 1) {
        // Runs of whitespace collapse to one space; the space covers the whole run.
        if (out.last() === SPACE) out.ends[out.length - 1] = i + 1;
        else out.push(SPACE, SPACE, i, i + 1);
      } else if (kind === 2) {
        // A hyphen inside a compound reads the same as a space: "dual-use" = "dual use".
        const joins = isWordCode(out.last()) && nextVisibleIsWord(i + 1);
        out.push(joins ? SPACE : HYPHEN, joins ? SPACE : HYPHEN, i, i + 1);
      } else {
        out.push(APOSTROPHE, APOSTROPHE, i, i + 1);
      }
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    const start = i;
    i += char.length;
    if (IGNORED.test(char)) continue;
    if (WHITESPACE.test(char)) {
      if (out.last() === SPACE) out.ends[out.length - 1] = i;
      else out.push(SPACE, SPACE, start, i);
      continue;
    }
    let mapped = mapChar(char);
    if (mapped === '-' && isWordCode(out.last()) && nextVisibleIsWord(i)) mapped = ' ';
    for (let k = 0; k < mapped.length; k += 1) {
      const unit = mapped.charCodeAt(k);
      const lower = mapped[k]!.toLowerCase();
      out.push(unit, lower.length === 1 ? lower.charCodeAt(0) : unit, start, i);
    }
  }
  let folded = toText(out.folded, out.length);
  if (SPELLINGS.test(folded)) folded = foldSpellings(out, folded);
  return {
    folded,
    cased: toText(out.cased, out.length),
    starts: out.starts.subarray(0, out.length),
    ends: out.ends.subarray(0, out.length),
  };
}

/**
 * British and American spellings of the words names are made of read alike: "European Defense Fund"
 * is the European Defence Fund, "Joint AI Centre" the Joint AI Center, "Programme" a "Program". Each
 * British form is rewritten to the American one in both readings (the case kept), in the text and in
 * the aliases alike, so a maintainer lists one spelling. The offsets still point at the text as written.
 */
const SPELLINGS = /defence|centre|isation|programme(?!\p{L}(?<!s))|armoured/u;
const SPELLING_GLOBAL = new RegExp(SPELLINGS.source, 'gu');

function foldSpellings(out: Output, folded: string): string {
  /** Positions (in the normalised text) to drop: the "me" of "programme", the "u" of "armoured". */
  const drop: number[] = [];
  for (const match of folded.matchAll(SPELLING_GLOBAL)) {
    const at = match.index;
    const word = match[0];
    if (word === 'defence') swapCase(out, at + 5, 's');
    else if (word === 'centre') {
      swapCase(out, at + 4, 'e');
      swapCase(out, at + 5, 'r');
    } else if (word === 'isation') swapCase(out, at + 1, 'z');
    else if (word === 'programme') drop.push(at + 7, at + 8);
    else drop.push(at + 4);
  }
  if (drop.length > 0) {
    let write = 0;
    let next = 0;
    for (let read = 0; read < out.length; read += 1) {
      if (next < drop.length && drop[next] === read) {
        next += 1;
        // The character before keeps covering the text through the dropped one.
        if (write > 0) out.ends[write - 1] = out.ends[read]!;
        continue;
      }
      out.cased[write] = out.cased[read]!;
      out.folded[write] = out.folded[read]!;
      out.starts[write] = out.starts[read]!;
      out.ends[write] = out.ends[read]!;
      write += 1;
    }
    out.length = write;
  }
  return toText(out.folded, out.length);
}

/** Puts `lower` at a position of both readings, upper case where the text had upper case. */
function swapCase(out: Output, at: number, lower: string): void {
  const code = lower.charCodeAt(0);
  out.folded[at] = code;
  const cased = out.cased[at]!;
  out.cased[at] = cased >= 65 && cased <= 90 ? code - 32 : code;
}

/** Normalises an alias the same way page text is, trimmed. */
export function normalizeAlias(text: string): { folded: string; cased: string } {
  const { folded, cased } = normalizeText(text.trim());
  return { folded, cased };
}
