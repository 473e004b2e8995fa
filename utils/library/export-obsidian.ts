import { stringify } from 'yaml';
import type { Category } from '../dataset/schema';
import { articleAuthors, displayName } from './byline-names';
import { pagesNote } from './export-formats';
import { isoDate, publishedDateParts } from './published-date';
import type { SavedArticle } from './saved-article';

/** Display names of entities by id; an id without a name is listed as the id. */
type Names = ReadonlyMap<string, string>;

/** Front-matter list names for the dataset's categories, in the order they are written. */
const CATEGORY_KEYS: Record<Category, 'programs' | 'firms' | 'technologies'> = { program: 'programs', firm: 'firms', edt: 'technologies' };

/**
 * Text for a YAML value: YAML forbids most control characters even inside quotes, and YAML 1.1 readers
 * (and some editors) take U+0085, U+2028 and U+2029 for line breaks, so those become "\n" and the rest
 * are dropped. Unpaired surrogates, which UTF-8 cannot encode, become U+FFFD.
 */
function yamlText(value: string): string {
  return value
    .toWellFormed()
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
    .replace(/[^\P{Cc}\t\n]/gu, ''); // control characters other than tab and line feed
}

/**
 * An Obsidian tag from a reader's tag: Obsidian tags hold letters, digits, "_", "-" and "/" only, no
 * spaces, and need one non-digit. Spaces become "-", a leading "#" and other characters go, and an
 * all-digit tag gets a leading "_". Empty when nothing is left.
 */
export function obsidianTag(tag: string): string {
  const cleaned = tag
    .replace(/[^\p{L}\p{N}\p{M}\s_/-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^[-/]+|[-/]+$/g, '');
  return /^\d+$/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/**
 * Obsidian Markdown text: escapes CommonMark markup, HTML and entities, and Obsidian's own syntax
 * ([[links]], #tags, ==highlights==, %%comments%%, $math$, ^block-ids), and a leading list or rule
 * marker, so page and note text shows as written. White space is collapsed to single spaces.
 */
function obsidianText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+!|<>~%$=^&]/g, '\\$&')
    .replace(/^-/, '\\-')
    .replace(/^(\d+)\./, '$1\\.');
}

function frontMatter(article: SavedArticle, names: Names): Record<string, string | string[]> {
  const entities: Record<(typeof CATEGORY_KEYS)[Category], string[]> = { programs: [], firms: [], technologies: [] };
  const seen = new Set<string>();
  for (const m of article.mentions) {
    if (seen.has(m.entityId)) continue;
    seen.add(m.entityId);
    entities[CATEGORY_KEYS[m.category]].push(names.get(m.entityId) ?? m.entityId);
  }
  const published = publishedDateParts(article.publishedAt);
  const data: Record<string, string | string[]> = {
    title: article.title.trim() ? article.title : article.url,
    url: article.url,
    site: article.siteName?.trim() || article.site,
  };
  // One entry per author, as Obsidian's web clipper writes it, split the way the citation exports split it.
  const authors = articleAuthors(article).map(displayName);
  if (authors.length > 0) data.author = authors;
  // A date Obsidian can show as a date property; a non-ISO value is kept as text rather than lost.
  if (article.publishedAt?.trim()) data.published = published ? isoDate(published) : article.publishedAt.trim();
  data.saved = new Date(article.savedAt).toISOString().slice(0, 10);
  Object.assign(data, entities);
  data.tags = [...new Set(article.tags.map(obsidianTag).filter(Boolean))];
  data.source = 'Defense Innovation Lens';
  for (const [key, value] of Object.entries(data)) data[key] = Array.isArray(value) ? value.map(yamlText) : yamlText(value);
  return data;
}

/**
 * One article as an Obsidian note: YAML front matter, then the title as a heading, the reader's note as
 * a block quote (its lines kept) and each mentioned entity with its number of mentions and first snippet.
 *
 * Front matter keys, in this order:
 * - title; url; site (the site name, else the host);
 * - author: a list of the byline's people, or the byline as written when it cannot be split (absent
 *   without a byline);
 * - published: YYYY-MM-DD, or the page's own text when it is not an ISO date (absent without one);
 * - saved: the UTC date, YYYY-MM-DD;
 * - programs, firms, technologies: entity names, first mention first (always there, possibly empty);
 * - tags: the reader's tags made Obsidian-safe (see `obsidianTag`); source: "Defense Innovation Lens".
 *
 * The YAML is written by the `yaml` package, which quotes what needs quoting; with `compat: 'yaml-1.1'`
 * it also quotes values a YAML 1.1 reader would take for another type ("no", "on", "2025-07-01", "1:20"),
 * so every reader gets the same strings back.
 */
export function articleToObsidianMarkdown(article: SavedArticle, names: Names): string {
  const yaml = stringify(frontMatter(article, names), { compat: 'yaml-1.1', lineWidth: 0 });
  const lines = [`# ${obsidianText(article.title.trim() ? article.title : article.url)}`];
  const noteLines = article.note.replace(/\r\n?/g, '\n').trim();
  if (noteLines) {
    lines.push('');
    // Blank lines stay as ">" so the note keeps its paragraphs inside one quote.
    for (const line of noteLines.split(/\n/)) lines.push(line.trim() ? `> ${obsidianText(line)}` : '>');
  }
  const byEntity = new Map<string, { count: number; snippet: string; pages: (number | undefined)[] }>();
  for (const m of article.mentions) {
    const entry = byEntity.get(m.entityId);
    if (entry) {
      entry.count += 1;
      entry.pages.push(m.page);
    } else byEntity.set(m.entityId, { count: 1, snippet: m.snippet, pages: [m.page] });
  }
  if (byEntity.size > 0) {
    lines.push('', '## Mentions', '');
    for (const [entityId, { count, snippet, pages }] of byEntity) {
      lines.push(`- **${obsidianText(names.get(entityId) ?? entityId)}** (${count}): ${obsidianText(snippet)}${pagesNote(pages)}`);
    }
  }
  return `---\n${yaml}---\n\n${lines.join('\n')}\n`;
}

// Windows device names, reserved with any extension ("con.md", "COM1.notes.md"). Windows also reads
// the superscript digits as digits.
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Short enough for Windows' 260-character paths inside a vault folder, with room for " 2" and ".md". */
const MAX_NAME_CHARS = 100;
/** Linux and macOS allow 255 bytes (UTF-8) per file name. */
const MAX_NAME_BYTES = 200;

function truncateName(name: string): string {
  const encoder = new TextEncoder();
  let out = '';
  // Cut between graphemes so an accent or an emoji sequence is never split.
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(name)) {
    const next = out + segment;
    if (next.length > MAX_NAME_CHARS || encoder.encode(next).length > MAX_NAME_BYTES) break;
    out = next;
  }
  return out;
}

// Windows drops trailing dots and spaces, so two names could become one.
const trimEnd = (name: string) => name.replace(/[.\s]+$/, '');

function safeStem(value: string): string {
  const stem = truncateName(
    value
      .toWellFormed()
      .normalize('NFC')
      // Control characters and bidirectional overrides (which can disguise an extension).
      .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
      // Forbidden on Windows (and ":" on macOS), and Obsidian link syntax: [[name#heading^block|alias]].
      .replace(/[<>:"/\\|?*#^[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // A leading dot hides the file on macOS and Linux.
      .replace(/^[.\s]+/, ''),
  );
  const trimmed = trimEnd(stem);
  return WINDOWS_RESERVED.test(trimmed.split('.')[0]!.trim()) ? trimEnd(truncateName(`_${trimmed}`)) : trimmed;
}

/**
 * A file name for the article's Obsidian note: the title as readers see it (Unicode kept, so the note's
 * name is its title in Obsidian), made safe on Windows, macOS and Linux and for Obsidian links, at most
 * 100 characters and 200 UTF-8 bytes before ".md". Falls back to the site name, then the host, then
 * "Untitled". Two articles can get the same name: a caller writing many files must make them unique.
 */
export function obsidianFileName(article: SavedArticle): string {
  const stem = safeStem(article.title) || safeStem(article.siteName ?? '') || safeStem(article.site) || 'Untitled';
  return `${stem}.md`;
}
