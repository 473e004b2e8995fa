import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { articleMentions } from '../../../utils/library/article-mentions';
import { toCslJson, toRis } from '../../../utils/library/export-citations';
import type { ExtractedArticle, SavedArticle } from '../../../utils/library/saved-article';
import { upsertArticle } from '../../../utils/library/upsert-article';
import { extracted, testMatcher } from '../../support/library-fixture';

// citation-js is the independent reader here: what it reads back from our RIS and CSL-JSON is compared
// with the article, so a mistake in how we write either format shows up as a wrong field.

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

/** A full article: byline with two people, a dated news piece, tags and a note. */
const full = () =>
  saved(
    { byline: 'By Jane Doe and Jan van der Berg', publishedAt: '2025-07-01T09:30:00+02:00' },
    { note: 'Follow up with the programme office.\n\nCheck the cost figures.', tags: ['to read', 'NATO'] },
  );

/** No byline, date or site name: the least a page can give. */
const bare = () => {
  const { siteName: _siteName, publishedAt: _publishedAt, ...rest } = saved({ url: 'https://blog.example/post?id=1' });
  return rest as SavedArticle;
};

type RisRecord = Record<string, string | string[] | undefined>;

function readRis(ris: string): RisRecord[] {
  expect(plugins.input.type(ris)).toBe('@ris/file');
  return plugins.input.data(ris, '@ris/file') as RisRecord[];
}

const all = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat());

function readCslJson(json: string): Record<string, unknown>[] {
  const parsed: unknown = JSON.parse(json);
  expect(plugins.input.type(parsed)).toBe('@csl/list+object');
  return new Cite(parsed).data;
}

/** [year, month, day] of a time in UTC, worked out independently of the code under test. */
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10).split('-').map(Number);

describe('CSL-JSON', () => {
  it('round-trips a dated news article through citation-js', () => {
    const a = full();
    const [item, ...rest] = readCslJson(toCslJson([a], names));
    expect(rest).toHaveLength(0);
    expect(item).toMatchObject({
      id: a.url,
      type: 'article-newspaper',
      title: a.title,
      URL: a.url,
      'container-title': a.siteName,
      author: [
        { given: 'Jane', family: 'Doe' },
        { given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' },
      ],
      // The date as published (in its own time zone), not converted to UTC.
      issued: { 'date-parts': [[2025, 7, 1]] },
      accessed: { 'date-parts': [utcDay(a.savedAt)] },
      note: a.note,
    });
    expect(String(item?.keyword).split(', ')).toEqual([...a.entityIds.map((id) => names.get(id)), ...a.tags]);
  });

  it('cites a page without byline, date or site name as a web page and invents nothing', () => {
    const a = { ...bare(), title: '   ' };
    const [item] = readCslJson(toCslJson([a], new Map()));
    expect(item).toMatchObject({ type: 'webpage', title: a.url, URL: a.url, accessed: { 'date-parts': [utcDay(a.savedAt)] } });
    for (const absent of ['author', 'issued', 'container-title', 'note']) expect(item).not.toHaveProperty(absent);
    // Without a names map, entities are named by id.
    expect(String(item?.keyword).split(', ')).toEqual(a.entityIds);
  });

  it('keeps one item per article, in order, with the URL as a unique id', () => {
    const articles = [full(), bare(), saved({ url: 'https://news.example/other' })];
    const items = readCslJson(toCslJson(articles, names));
    expect(items.map((i) => i.id)).toEqual(articles.map((a) => a.url));
    expect(items.map((i) => i.type)).toEqual(['article-newspaper', 'webpage', 'article-newspaper']);
    expect(toCslJson([], names)).toBe('[]\n');
  });
});

describe('RIS', () => {
  it('round-trips a dated news article through citation-js', () => {
    const a = full();
    const ris = toRis([a], names);
    const [record, ...rest] = readRis(ris);
    expect(rest).toHaveLength(0);
    expect(record).toMatchObject({ TY: 'NEWS', TI: a.title, T2: a.siteName, UR: a.url, PY: '2025', DA: '2025/07/01/' });
    expect(all(record?.AU)).toEqual(['Doe, Jane', 'van der Berg, Jan']);
    const [y, m, d] = utcDay(a.savedAt);
    expect(record?.Y2).toBe(`${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`);
    expect(all(record?.KW)).toEqual([...a.entityIds.map((id) => names.get(id)), ...a.tags]);
    // RIS has no line breaks inside a value: the note's paragraphs are joined by a space.
    expect(record?.N1).toBe(a.note.replace(/\s+/g, ' '));
    // And citation-js maps those tags onto the same CSL fields as the CSL-JSON export.
    expect(new Cite(ris).data[0]).toMatchObject({
      type: 'article-newspaper',
      title: a.title,
      URL: a.url,
      'container-title': a.siteName,
      issued: { 'date-parts': [[2025]] },
      accessed: { 'date-parts': [utcDay(a.savedAt)] },
      note: a.note.replace(/\s+/g, ' '),
    });
  });

  it('writes a page without byline, date or site name as a web page with only what is known', () => {
    const a = bare();
    const [record] = readRis(toRis([a], names));
    expect(record?.TY).toBe('ELEC');
    expect(Object.keys(record ?? {}).sort()).toEqual(['KW', 'TI', 'TY', 'UR', 'Y2']);
  });

  it('reads back a web page with authors and full date as citation-js maps ELEC records', () => {
    const a = { ...saved({ byline: 'Anna Petrova', publishedAt: '2024-02-29' }), siteName: undefined } as SavedArticle;
    const [item] = new Cite(toRis([a], names)).data;
    expect(item).toMatchObject({ type: 'webpage', title: a.title, URL: a.url, author: [{ family: 'Petrova', given: 'Anna' }], issued: { 'date-parts': [[2024, 2, 29]] } });
  });

  it('writes one record per article, in order, with CRLF line ends', () => {
    const articles = [full(), bare(), full()];
    const ris = toRis(articles, names);
    expect(readRis(ris).map((r) => [r.TY, r.UR])).toEqual(articles.map((a) => [a.siteName ? 'NEWS' : 'ELEC', a.url]));
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(toRis([], names)).toBe('');
  });

  it('keeps an entity name with a comma as one keyword and drops repeats and blanks', () => {
    const commaNames = new Map([...names, ['tekever', 'TEKEVER, Lda.']]);
    const a = saved({}, { tags: ['TEKEVER, Lda.', 'drones', '  ', 'drones'] });
    const [record] = readRis(toRis([a], commaNames));
    expect(all(record?.KW)).toEqual(['Defence Innovation Accelerator for the North Atlantic', 'TEKEVER, Lda.', 'Quantum sensing', 'drones']);
  });
});

describe('hostile values', () => {
  // [title, what RIS's one-line TI must read back as]
  it.each([
    [`DIANA: "picks" its 'cohort'`, `DIANA: "picks" its 'cohort'`],
    ['Line one\nLine two\r\nER  - \nTY  - JOUR', 'Line one Line two ER - TY - JOUR'],
    ['KW  - injected\nN1  - injected\nAU  - Evil, Eve', 'KW - injected N1 - injected AU - Evil, Eve'],
    ['- leading dash', '- leading dash'],
    ['# hash #tag', '# hash #tag'],
    ['a  -  b (RIS tag separator inside)', 'a - b (RIS tag separator inside)'],
    ['Ünïcødé — 中文 — 🚀 — עברית', 'Ünïcødé — 中文 — 🚀 — עברית'],
    ['sep\u2028line\u2029para\u0085nel\u0000nul\ttab', 'sep line para nel nul tab'],
    ['  padded  ', 'padded'],
    ['x'.repeat(600), 'x'.repeat(600)],
  ])('title %j', (title, risTitle) => {
    const a = saved({ title, byline: 'Jane Doe' }, { note: title, tags: [title] });
    const [item] = readCslJson(toCslJson([a], names));
    // A title is one line in every format; the note keeps its lines (CSL-JSON can carry them).
    expect(item?.title).toBe(risTitle);
    expect(item?.note).toBe(title);

    const records = readRis(toRis([a, full()], names));
    expect(records).toHaveLength(2);
    const [record] = records;
    expect(record?.TI).toBe(risTitle);
    expect(record?.N1).toBe(risTitle);
    expect(all(record?.AU)).toEqual(['Doe, Jane']);
    expect(all(record?.KW)).toEqual([...a.entityIds.map((id) => names.get(id)), risTitle.trim()]);
    expect(records[1]?.TI).toBe(full().title);
  });

  it('keeps a very long note whole', () => {
    const note = Array.from({ length: 2000 }, (_, i) => `Paragraph ${i}: "quoted", #tagged, ER  - not an end.`).join('\n\n');
    const a = saved({}, { note });
    expect(readCslJson(toCslJson([a], names))[0]?.note).toBe(note);
    const records = readRis(toRis([a], names));
    expect(records).toHaveLength(1);
    expect(records[0]?.N1).toBe(note.replace(/\s+/g, ' '));
  });
});
