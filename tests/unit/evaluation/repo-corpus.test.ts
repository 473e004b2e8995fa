import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateCorpus, scoreCorpus } from '../../../scripts/corpus/evaluate-corpus';
import { BUNDLE_FILE } from '../../../scripts/read-entity-files';
import { DatasetBundleSchema } from '../../../utils/dataset/schema';
import { GoldFileSchema } from '../../../utils/evaluation/gold';

const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'corpus');

// These hand-written pages are fixtures for hard cases (people named Diana, AI look-alikes, everyday
// "space"…), not the measure of matching quality: that is the blind corpus of real articles
// (tests/fixtures/corpus-real, guarded in real-corpus.test.ts).
describe('the hand-written hard-case corpus (seeds and hard cases)', () => {
  const bundle = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
  const gold = GoldFileSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, 'gold.json'), 'utf8')));
  const annotated = annotateCorpus(CORPUS, bundle);
  const { lenient: summary } = scoreCorpus(annotated, gold);

  it('labels every article of the corpus', () => {
    expect(gold.map((g) => g.file).sort()).toEqual(annotated.map((a) => a.article.file).sort());
    expect(annotated.length).toBeGreaterThanOrEqual(11);
  });

  it.each(['program', 'firm', 'edt', 'overall'] as const)('%s: lenient precision ≥ 0.95 and recall ≥ 0.90', (category) => {
    const { precision, recall, tp, fp, fn } = summary[category];
    expect({ category, precision, recall, tp, fp, fn }).toEqual({
      category,
      precision: expect.toSatisfy((p: number) => p >= 0.95),
      recall: expect.toSatisfy((r: number) => r >= 0.9),
      tp,
      fp,
      fn,
    });
  });

  it('highlights nothing on the off-topic page', () => {
    const offTopic = annotated.find((a) => a.article.file.startsWith('08-off-topic'));
    expect(offTopic?.mentions.map((m) => m.surface)).toEqual([]);
  });
});
