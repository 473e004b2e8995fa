import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleMentions } from '../../../utils/library/article-mentions';
import { articleToObsidianMarkdown, obsidianFileName, obsidianTag } from '../../../utils/library/export-obsidian';
import type { ExtractedArticle, SavedArticle } from '../../../utils/library/saved-article';
import { upsertArticle } from '../../../utils/library/upsert-article';
import { extracted, testMatcher } from '../../support/library-fixture';

const names = new Map([
  ['nato-diana', 'Defence Innovation Accelerator for the North Atlantic'],
  ['tekever', 'TEKEVER'],
  ['quantum-sensing', 'Quantum sensing'],
]);
const SAVED_AT = Date.UTC(2025, 6, 2, 23, 59);

function saved(overrides: Partial<ExtractedArticle> = {}, reader: Partial<Pick<SavedArticle, 'note' | 'tags'>> = {}): SavedArticle {
  const e = extracted(overrides);
  return { ...upsertArticle(undefined, e, articleMentions(e.text, testMatcher), '1.0.0', SAVED_AT), ...reader };
}

const FRONT_MATTER_KEYS = ['title', 'url', 'site', 'author', 'published', 'saved', 'programs', 'firms', 'technologies', 'tags', 'source'];

/** Splits a note into its front matter, parsed by `yaml` as YAML 1.2 and as YAML 1.1, and its body. */
function readNote(markdown: string) {
  const match = /^---\n([\s\S]*?\n)---\n\n([\s\S]*)$/.exec(markdown);
  expect(match, 'front matter between --- lines, then a blank line').not.toBeNull();
  const [, yaml, body] = match!;
  const data = parse(yaml!) as Record<string, unknown>;
  // Readers of YAML 1.1 (and Obsidian plugins built on them) must get the very same values.
  expect(parse(yaml!, { version: '1.1' })).toEqual(data);
  expect(Object.keys(data).every((k) => FRONT_MATTER_KEYS.includes(k))).toBe(true);
  return { data, body: body! };
}

/** Names of the mentioned entities of one category, first mention first, worked out from the mentions. */
const namesOf = (a: SavedArticle, category: string) => [...new Set(a.mentions.filter((m) => m.category === category).map((m) => names.get(m.entityId)))];

describe('Obsidian note', () => {
  it('round-trips the article through the front matter', () => {
    const a = saved({ byline: 'By Jane Doe and Jan van der Berg', publishedAt: '2025-07-01T23:30:00-05:00' }, { note: 'Worth a follow-up.', tags: ['to read', '#NATO', 'budget/2026'] });
    const { data } = readNote(articleToObsidianMarkdown(a, names));
    expect(data).toEqual({
      title: a.title,
      url: a.url,
      site: a.siteName,
      author: ['Jane Doe', 'Jan van der Berg'],
      published: a.publishedAt!.slice(0, 10),
      saved: new Date(a.savedAt).toISOString().slice(0, 10),
      programs: namesOf(a, 'program'),
      firms: namesOf(a, 'firm'),
      technologies: namesOf(a, 'edt'),
      tags: ['to-read', 'NATO', 'budget/2026'],
      source: 'Defense Innovation Lens',
    });
    expect(FRONT_MATTER_KEYS.filter((k) => k in data)).toEqual(Object.keys(data));
    expect([data.programs, data.firms, data.technologies].every((list) => Array.isArray(list) && list.length === 1)).toBe(true);
  });

  it('leaves out what a page without byline, date or site name does not give', () => {
    const { siteName: _s, publishedAt: _p, ...rest } = saved({ title: '' });
    const a = rest as SavedArticle;
    const { data, body } = readNote(articleToObsidianMarkdown(a, new Map()));
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('published');
    expect(data).toMatchObject({ title: a.url, site: a.site, tags: [], programs: ['nato-diana'] });
    expect(body.split('\n')[0]).toBe(`# ${a.url}`);
  });

  it('keeps a publication date that is not ISO as text', () => {
    const { data } = readNote(articleToObsidianMarkdown(saved({ publishedAt: 'July 1, 2025' }), names));
    expect(data.published).toBe('July 1, 2025');
  });

  it('writes the body: title heading, the note as a quote with its paragraphs, mentions with snippets', () => {
    const a = saved({}, { note: 'First line.\nSecond line.\n\n\nNew paragraph.' });
    const { body } = readNote(articleToObsidianMarkdown(a, names));
    const lines = body.trimEnd().split('\n');
    expect(lines.slice(0, 7)).toEqual(['# DIANA picks its new cohort', '', '> First line.', '> Second line.', '>', '>', '> New paragraph.']);
    const mentionLines = lines.slice(lines.indexOf('## Mentions') + 2);
    expect(mentionLines).toHaveLength(new Set(a.entityIds).size);
    for (const [i, id] of a.entityIds.entries()) {
      const count = a.mentions.filter((m) => m.entityId === id).length;
      expect(mentionLines[i]).toMatch(new RegExp(`^- \\*\\*${names.get(id)}\\*\\* \\(${count}\\): `));
    }
  });
});

describe('hostile values', () => {
  // [value, what the front matter must read back as]
  it.each([
    [`DIANA: "picks" its 'cohort'`, `DIANA: "picks" its 'cohort'`],
    ['key: value # not a comment', 'key: value # not a comment'],
    ['- leading dash', '- leading dash'],
    ['#hash', '#hash'],
    ['Line one\n---\ntitle: injected\n---\n', 'Line one\n---\ntitle: injected\n---\n'],
    ['CRLF\r\nline', 'CRLF\nline'],
    ['no', 'no'],
    ['on', 'on'],
    ['2025-07-01', '2025-07-01'],
    ['1:20', '1:20'],
    ['null', 'null'],
    ['~', '~'],
    ['@at `tick` *star &amp !bang %pct |pipe >gt {brace [bracket ? q', '@at `tick` *star &amp !bang %pct |pipe >gt {brace [bracket ? q'],
    ['  padded  ', '  padded  '],
    ['Ünïcødé — 中文 — 🚀 — עברית', 'Ünïcødé — 中文 — 🚀 — עברית'],
    ['nel\u0085ls\u2028ps\u2029end', 'nel\nls\nps\nend'],
    ['nul\u0000bell\u0007del\u007fesc\u001btab\t.', 'nulbelldelesctab\t.'],
    ['broken \ud83d surrogate', 'broken \ufffd surrogate'],
  ])('%j', (value, expected) => {
    const hostileNames = new Map([...names, ['tekever', value]]);
    const a = saved({ title: value, siteName: value, byline: value }, { note: value, tags: [value] });
    const { data, body } = readNote(articleToObsidianMarkdown(a, hostileNames));
    expect(data.title).toBe(expected);
    expect(data.site).toBe(expected.trim() ? expected.trim() : a.site);
    expect(data.firms).toEqual([expected]);
    expect(data.source).toBe('Defense Innovation Lens');
    expect(data.url).toBe(a.url);
    // The body cannot reopen front matter or start Obsidian syntax.
    expect(body).not.toMatch(/^---$/m);
    expect(body).not.toMatch(/(?<!\\)(\[\[|%%|==|\$|#[^\s#])/);
  });

  it('writes Obsidian syntax from page text as text', () => {
    const text = '[[Secret]] ![[embed.png]] %%hidden%% ==mark== $x^2$ #tag ^block <b>bold</b> &copy; 1. list';
    const a = saved({ title: text }, { note: `- item\n---\n${text}` });
    const { body } = readNote(articleToObsidianMarkdown(a, names));
    expect(body).toContain('# \\[\\[Secret\\]\\] \\!\\[\\[embed.png\\]\\] \\%\\%hidden\\%\\% \\=\\=mark\\=\\= \\$x\\^2\\$ \\#tag \\^block \\<b\\>bold\\</b\\> \\&copy; 1. list');
    expect(body).toContain('> \\- item\n> \\---\n');
  });

  it('keeps a very long note whole', () => {
    const note = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}: a note with "quotes", colons and #hashes.`).join('\n\n');
    const { body } = readNote(articleToObsidianMarkdown(saved({}, { note }), names));
    const quoted = body.split('\n').filter((l) => l.startsWith('> '));
    expect(quoted).toHaveLength(2000);
    expect(quoted[1999]).toBe('> Paragraph 1999: a note with "quotes", colons and \\#hashes.');
  });

  it.each([
    ['to read', 'to-read'],
    ['#NATO', 'NATO'],
    ['budget/2026', 'budget/2026'],
    ['2026', '_2026'],
    ['C++ & Rust!', 'C-Rust'],
    ['ünï cødé', 'ünï-cødé'],
    ['###', ''],
  ])('tag %j → %j', (tag, expected) => {
    expect(obsidianTag(tag)).toBe(expected);
  });
});

describe('Obsidian file names', () => {
  const nameFor = (title: string, more: Partial<ExtractedArticle> = {}) => obsidianFileName(saved({ title, ...more }));

  it.each([
    ['DIANA picks its new cohort', 'DIANA picks its new cohort.md'],
    ['DIANA: picks / cohort?', 'DIANA picks cohort.md'],
    ['a<b>c"d\\e|f*g', 'a b c d e f g.md'],
    ['[[Link]] #heading ^block', 'Link heading block.md'],
    ['...hidden', 'hidden.md'],
    ['Ends with dots... ', 'Ends with dots.md'],
    ['CON', '_CON.md'],
    ['nul.txt', '_nul.txt.md'],
    ['com1', '_com1.md'],
    ['Console', 'Console.md'],
    ['Ünïcødé — 中文 🚀', 'Ünïcødé — 中文 🚀.md'],
    ['line\none\ttab', 'line one tab.md'],
    ['\u202Etxt.exe', 'txt.exe.md'],
  ])('%j → %j', (title, expected) => {
    expect(nameFor(title)).toBe(expected);
  });

  it('falls back to the site name, then the host, then "Untitled"', () => {
    expect(nameFor('', { siteName: 'News: Example' })).toBe('News Example.md');
    expect(nameFor('???', { siteName: '' })).toBe('news.example.md');
    expect(obsidianFileName({ ...saved({ title: '' }), siteName: undefined, site: '' })).toBe('Untitled.md');
  });

  it.each([
    ['ascii', 'Long title '.repeat(40)],
    ['emoji', '🚀'.repeat(150)],
    ['accents', 'e\u0301'.repeat(150)],
    ['CJK', '中'.repeat(150)],
    ['reserved', `con.${'x'.repeat(150)}`],
  ])('keeps a long %s title within 100 characters and 200 bytes, whole', (_kind, title) => {
    const name = nameFor(title);
    const stem = name.slice(0, -'.md'.length);
    expect(name.endsWith('.md')).toBe(true);
    expect(stem.length).toBeLessThanOrEqual(100);
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(200);
    expect(stem.length).toBeGreaterThan(40);
    expect(stem.isWellFormed()).toBe(true);
    expect(title.normalize('NFC').startsWith(stem.replace(/^_/, ''))).toBe(true);
    expect(stem).not.toMatch(/[.\s]$/);
  });
});
