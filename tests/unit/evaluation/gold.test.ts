import { describe, expect, it } from 'vitest';
import { readTextArticle } from '../../../utils/evaluation/corpus-article';
import { GoldFileSchema, metricsOf, negativeHitRate, occurrencesOf, scoreArticle, summarise } from '../../../utils/evaluation/gold';

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
    expect(score.strict).toEqual({ program: { tp: 2, fp: 2, fn: 0 }, firm: { tp: 1, fp: 0, fn: 0 }, edt: { tp: 1, fp: 0, fn: 0 } });
    expect(score.falsePositives).toEqual([
      { surface: 'DIANA', category: 'program', onNegative: false },
      { surface: 'Diana', category: 'program', onNegative: true },
    ]);
  });

  it('does not credit a surface predicted under the wrong category', () => {
    const score = scoreArticle(gold, [{ surface: 'TEKEVER', category: 'program' }]);
    expect(score.strict.program).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(score.strict.firm).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.misses).toContainEqual({ surface: 'TEKEVER', category: 'firm', count: 1, canonical: 'TEKEVER' });
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

describe('lenient scoring, borderline and negatives', () => {
  const text = 'https://x\nT\n\nThe Replicator initiative and Diana Smith met DIANA. Baillie Gifford & Co. led; the EDA agreed.\n';
  const at = (surface: string) => {
    const start = text.indexOf(surface);
    return { surface, start, end: start + surface.length };
  };
  const article = GoldFileSchema.parse([
    {
      file: 'b.txt',
      mentions: [
        { surface: 'Replicator', category: 'program', count: 1 },
        { surface: 'DIANA', category: 'program', count: 1 },
        { surface: 'Baillie Gifford & Co.', category: 'firm', count: 1 },
      ],
      negatives: [{ surface: 'Diana' }],
      borderline: [{ surface: 'EDA' }],
    },
  ])[0]!;

  it('counts a highlight with other bounds as a lenient hit and a strict miss', () => {
    const score = scoreArticle(
      article,
      [
        { ...at('Replicator initiative'), category: 'program' },
        { ...at('DIANA'), category: 'program' },
        { ...at('Baillie Gifford'), category: 'firm' },
        { ...at('EDA'), category: 'program' },
      ],
      text,
      17,
    );
    expect(score.strict.program).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.lenient.program).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.lenient.firm).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.strict.firm).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.borderline).toBe(1);
    expect(score.boundsDiffer).toContainEqual({ gold: 'Baillie Gifford & Co.', highlighted: 'Baillie Gifford', category: 'firm' });
    expect(score.negatives).toEqual({ occurrences: 1, highlighted: 0, surfaces: [] });
  });

  it('reports a highlighted negative in the negative hit rate', () => {
    const score = scoreArticle(article, [{ ...at('Diana'), category: 'program' }], text, 17);
    expect(score.negatives).toEqual({ occurrences: 1, highlighted: 1, surfaces: ['Diana'] });
    expect(negativeHitRate([score])).toEqual({ occurrences: 1, highlighted: 1, rate: 1 });
    expect(summarise([score], 'lenient').program).toMatchObject({ tp: 0, fp: 1, fn: 2 });
  });

  it('finds occurrences on word boundaries, across line breaks and either apostrophe', () => {
    expect(occurrencesOf('SAID AI and\nNATO Innovation Fund', 'AI')).toEqual([[5, 7]]);
    expect(occurrencesOf('the NATO\nInnovation Fund', 'NATO Innovation Fund')).toEqual([[4, 24]]);
    expect(occurrencesOf('NATO’s Innovation Fund', "NATO's Innovation Fund")).toEqual([[0, 22]]);
  });
});

describe('readTextArticle', () => {
  it('reads only the body, one block per paragraph, with line breaks kept inside a paragraph', () => {
    const content = 'https://example.org/a\nThe DIANA story\n\nFirst line of the European Defence\nFund story.\n\nSecond paragraph.\n';
    const article = readTextArticle('a.txt', content);
    expect(article.source).toBe('https://example.org/a');
    expect(article.title).toBe('The DIANA story');
    expect(article.bodyStart).toBe(content.indexOf('First'));
    expect(article.blocks.map((b) => content.slice(b.start, b.start + b.text.length))).toEqual(['First line of the European Defence\nFund story.', 'Second paragraph.']);
  });
});
