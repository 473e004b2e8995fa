import { describe, expect, it } from 'vitest';
import { articleMentions, articleMentionsOnPages } from '../../../utils/library/article-mentions';
import { articleToObsidianMarkdown } from '../../../utils/library/export-obsidian';
import { pdfArticleText } from '../../../utils/pdf/pdf-text';
import { articleToMarkdown, entityUrn, markdownFileName, neutraliseFormula, toMentionsCsv, toWebAnnotations } from '../../../utils/library/export-formats';
import { upsertArticle } from '../../../utils/library/upsert-article';
import { extracted, testMatcher } from '../../support/library-fixture';

const names = new Map([['nato-diana', 'Defence Innovation Accelerator for the North Atlantic'], ['tekever', 'TEKEVER']]);
const article = (overrides = {}) => {
  const e = extracted(overrides);
  return upsertArticle(undefined, e, articleMentions(e.text, testMatcher), '1.0.0', Date.UTC(2025, 6, 2));
};

describe('CSV of mentions', () => {
  it('writes one row per mention and neutralises formulas', () => {
    const csv = toMentionsCsv([article({ title: '=HYPERLINK("http://evil")', text: '@SUM DIANA, "quoted"' })], names);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('article,url,published,saved,entity,entity_id,category,surface,snippet,page');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",https:\/\/news\.example\/diana-cohort,2025-07-01,2025-07-02T00:00:00\.000Z,Defence Innovation Accelerator for the North Atlantic,nato-diana,program,DIANA,"'@SUM DIANA, ""quoted""",$/);
  });

  it.each([['=1+1', "'=1+1"], ['+1', "'+1"], ['-1', "'-1"], ['@x', "'@x"], ['plain', 'plain']])('neutralises %s', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('Markdown', () => {
  it('escapes markup and links from page text', () => {
    const md = articleToMarkdown(article({ title: '[click](javascript:alert(1)) <img src=x onerror=alert(1)>', text: 'DIANA <script>x</script>' }), names);
    expect(md).toContain('## \\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x onerror=alert\\(1\\)\\>');
    expect(md).not.toContain('<script>');
    expect(md).toContain('**Defence Innovation Accelerator for the North Atlantic** (1)');
    expect(markdownFileName(article({ title: 'DIANA: picks / cohort!' }))).toBe('diana-picks-cohort.md');
  });

  it('keeps a reader’s note as written, with no spreadsheet guard (a newcomer’s trial, session 27)', () => {
    const md = articleToMarkdown({ ...article(), note: '=SUM(1) and @team' }, names);
    expect(md).toContain('> =SUM\\(1\\) and @team\n');
  });

  it('gives the byline’s people, not its place and time (a newcomer’s trial, session 18)', () => {
    const md = articleToMarkdown(article({ byline: 'By Anna Keller · New York · 14 May 2025, 09:12 CET' }), names);
    expect(md).toContain('- By: Anna Keller\n');
    expect(md).not.toContain('New York');
  });
});

describe('W3C Web Annotations', () => {
  it('names entities by URN, percent-encoding what a URN cannot hold (a page-named firm’s name)', () => {
    expect(entityUrn('tekever')).toBe('urn:defense-innovation-lens:entity:tekever');
    expect(entityUrn('user:3')).toBe('urn:defense-innovation-lens:entity:user:3');
    expect(entityUrn('page-firm:Reflex CES')).toBe('urn:defense-innovation-lens:entity:page-firm:Reflex%20CES');
  });

  it('gives each mention a TextQuoteSelector that finds the quote again', () => {
    const a = article();
    const collection = toWebAnnotations(a, names, (id) => `urn:entity:${id}`);
    expect(collection.total).toBe(a.mentions.length);
    for (const item of collection.first.items) {
      const selector = item.target.selector;
      const { exact, prefix, suffix } = 'refinedBy' in selector ? selector.refinedBy : selector;
      expect(a.text).toContain(prefix + exact + suffix);
      expect(item.target.source).toBe(a.url);
    }
    expect(collection.first.items[1]?.body.label).toBe('TEKEVER');
  });
});

describe('page numbers of PDFs in exports', () => {
  const pdf = () => {
    const { text, pageStarts } = pdfArticleText(['DIANA picked TEKEVER.', 'Nothing here.', 'DIANA again.']);
    const e = extracted({ url: 'https://example.org/nwcr.pdf', text, pdf: { fingerprint: 'fp', pageStarts } });
    return upsertArticle(undefined, e, articleMentionsOnPages(e.text, testMatcher, pageStarts), '1.0.0', Date.UTC(2025, 6, 2));
  };

  it('puts the page in the CSV, the Markdown and the Obsidian note', () => {
    const csv = toMentionsCsv([pdf()], names).trim().split('\r\n');
    expect(csv.slice(1).map((line) => line.split(',').pop())).toEqual(['1', '1', '3']);
    expect(articleToMarkdown(pdf(), names)).toContain('**Defence Innovation Accelerator for the North Atlantic** (2): DIANA picked TEKEVER. Nothing here. DIANA again. (pp. 1, 3)');
    expect(articleToObsidianMarkdown(pdf(), names)).toContain('**TEKEVER** (1): DIANA picked TEKEVER. Nothing here. DIANA again. (p. 1)');
    expect(articleToMarkdown(article(), names)).not.toMatch(/\(pp?\. /);
  });

  it('gives each mention of a PDF its page as a fragment selector refined by the quote', () => {
    const item = toWebAnnotations(pdf(), names, (id) => `urn:entity:${id}`).first.items[2]!;
    expect(item.target.selector).toMatchObject({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=3', refinedBy: { type: 'TextQuoteSelector', exact: 'DIANA' } });
  });
});
