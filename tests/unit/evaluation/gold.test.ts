import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../../utils/evaluation/corpus-article';
import { GoldFileSchema, metricsOf, scoreArticle, summarise } from '../../../utils/evaluation/gold';

const gold = GoldFileSchema.parse([
  {
    file: 'a.txt',
    mentions: [
      { surface: 'DIANA', category: 'program', canonical: 'DIANA', count: 2 },
      { surface: 'TEKEVER', category: 'firm', canonical: 'TEKEVER', count: 1 },
      { surface: 'quantum sensing', category: 'edt', canonical: 'Quantum', count: 1 },
    ],
    negatives: [{ surface: 'Diana', why: 'a person' }],
  },
])[0]!;

describe('scoreArticle', () => {
  it('counts a surface up to its gold count, the rest as false positives, unreached gold as misses', () => {
    const score = scoreArticle(gold, [
      { surface: 'DIANA', category: 'program' },
      { surface: 'DIANA', category: 'program' },
      { surface: 'DIANA', category: 'program' },
      { surface: 'Diana', category: 'program' },
      { surface: 'TEKEVER', category: 'firm' },
      { surface: 'quantum\nsensing', category: 'edt' },
    ]);
    expect(score.byCategory).toEqual({ program: { tp: 2, fp: 2, fn: 0 }, firm: { tp: 1, fp: 0, fn: 0 }, edt: { tp: 1, fp: 0, fn: 0 } });
    expect(score.falsePositives).toEqual([
      { surface: 'DIANA', category: 'program', onNegative: false },
      { surface: 'Diana', category: 'program', onNegative: true },
    ]);
  });

  it('does not credit a surface predicted under the wrong category', () => {
    const score = scoreArticle(gold, [{ surface: 'TEKEVER', category: 'program' }]);
    expect(score.byCategory.program).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(score.byCategory.firm).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.misses).toContainEqual({ surface: 'TEKEVER', category: 'firm', count: 1 });
  });

  it('sums precision, recall and F1 per category and overall', () => {
    const summary = summarise([scoreArticle(gold, [{ surface: 'DIANA', category: 'program' }, { surface: 'NATO', category: 'program' }])]);
    expect(summary.program).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(summary.overall).toMatchObject({ tp: 1, fp: 1, fn: 3, precision: 0.5, recall: 0.25 });
    expect(metricsOf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('rejects a malformed gold file', () => {
    expect(GoldFileSchema.safeParse([{ file: 'x', mentions: [{ surface: 'A', category: 'company', count: 1 }] }]).success).toBe(false);
  });
});

describe('readTextArticle', () => {
  it('reads source, title and text lines with offsets in the file', () => {
    const content = 'https://example.org/a\nThe DIANA story\n\nFirst line.\nSecond line.\n';
    const article = readTextArticle('a.txt', content);
    expect(article.source).toBe('https://example.org/a');
    expect(article.title).toBe('The DIANA story');
    expect(article.blocks.map((b) => content.slice(b.start, b.start + b.text.length))).toEqual(['The DIANA story', 'First line.', 'Second line.']);
  });
});
