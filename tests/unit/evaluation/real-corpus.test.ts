import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateCorpus, scoreCorpus } from '../../../scripts/corpus/evaluate-corpus';
import { BUNDLE_FILE } from '../../../scripts/read-entity-files';
import { DatasetBundleSchema } from '../../../utils/dataset/schema';
import { GoldFileSchema } from '../../../utils/evaluation/gold';

const DEV = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'corpus-real', 'dev');

/**
 * Guards the figures on the dev split of the blind real-article corpus, so a dataset or matcher change
 * cannot lower them silently. The floors are the figures measured when they were last set (lenient,
 * dataset 1.20.0, dev grown to 143 articles with a sixth blind batch of 24 that the extension read at
 * 98.1 % precision and 72.4 % recall before any change: recall went from 0.95 to 0.915 with that
 * material, and to 0.944 with the data it asked for; raised at dataset 1.31.0, dev grown to 179 articles
 * with an eighth blind batch of 24 read unchanged at 95.1 % precision and 86.1 % recall: 0.941 overall
 * with it, 0.955 with the rules and data it asked for; 198 articles and dataset 1.32.0 with a ninth batch's 19,
 * read at 96.4 / 88.4 before tuning: 0.959; firms 0.949 once a one-word name no longer spreads over its
 * page, a second break-it review's call; 219 articles and dataset 1.33.0 with a tenth batch's 21, read at
 * 94.9 / 79.7 before tuning (the whole batch of 24): firms 0.940 with the data it asked for, its misses firms no
 * page-level cue names; technologies 0.9596 once a break-it review took back reading "chips" page-wide and
 * lists with other items between, which took food, poker and policy lists; 241 articles and dataset 1.36.2 with a
 * twelfth batch's 20, read at 96.4 / 86.0 before tuning (the whole batch of 24; programmes 77.9 % recall): programmes
 * 0.9796 / 0.948 and overall 0.9498 with the rules and data it asked for, its programme misses short forms no rule derives,
 * "the Challenge", "NATO Challenge", "Cyber Hub"); 268 articles and dataset 1.37.0 with a thirteenth batch's 27, read at
 * 92.7 / 81.4 before tuning (the whole batch of 32; programmes 71.8 % recall): programmes 0.980 / 0.913, firms 0.989 /
 * 0.927 and overall 0.974 / 0.936 with the data it asked for (a rule it asked for, one sense per page for programme
 * names, was taken back after a break-it review), its misses names no dataset holds (pilot lines, national schemes
 * and laws, new firms); 295 articles and dataset 1.39.0 with a fourteenth batch's 27, read at 95.9 / 78.1 before tuning
 * (the whole batch of 32; programmes 63.6 % recall): programmes 0.980 / 0.912, firms 0.989 / 0.926 and overall 0.974 /
 * 0.933 with the rules and data it asked for (Chips JU pilot lines, Spark Cells, EOGS …); technologies 0.962 / 0.949,
 * below their 0.95, once a break-it review narrowed a technology word's one sense per page to a place ("from space"):
 * read page-wide, it took "cleanroom space", "time and space", "blue-chip"; 320 articles with a fifteenth batch's 25,
 * added untuned after it was read once at the session's end (96.0 / 89.1 for the whole batch of 32; firms 69.5 %
 * recall, names no dataset holds): firms 0.990 / 0.910 and overall 0.972 / 0.927; 343 articles with a sixteenth
 * batch's 23, added untuned after it was read at the session's start and end (95.4 / 82.9 both times, the whole batch
 * of 32): programmes 0.980 / 0.920, firms 0.989 / 0.912, technologies 0.962 / 0.942, overall 0.974 / 0.928, every
 * floor kept; 365 articles and dataset 1.47.0 with a seventeenth batch's 22, added untuned after it was read at the
 * session's start and end (93.2 / 85.0, then 93.3 / 86.4, the whole batch of 31): programmes 0.979 / 0.923, firms
 * 0.988 / 0.914, technologies 0.960 / 0.948, overall 0.972 / 0.932, every floor kept; 391 articles and dataset 1.54.1
 * with an eighteenth batch's 26, added untuned after it was read at the session's start and end (96.7 / 84.3, then
 * 96.7 / 84.6, the whole batch of 32): programmes 0.978 / 0.914, firms 0.987 / 0.908, technologies 0.9599 / 0.943,
 * overall 0.972 / 0.926: the firms' recall floor and the technologies' precision floor lowered by 0.01 for the
 * batch's untuned articles (on the 365 before it the figures did not fall), the other floors kept; 416 articles and
 * dataset 1.60.5 with a nineteenth batch's 25, added untuned after it was read at the session's start and end (95.8 /
 * 85.1, then 95.8 / 84.8, the 29 held out): programmes 0.974 / 0.914, firms 0.989 / 0.901, technologies 0.962 / 0.942,
 * overall 0.972 / 0.923, every floor kept; 439 articles and dataset 1.63.2 with a twentieth batch's 23, added untuned
 * after it was read at the session's start and end (97.1 / 80.7, then 97.1 / 81.4, the 30 held out; programmes 65.7 %
 * recall, most of its programmes in no dataset): programmes 0.973 / 0.892, firms 0.988 / 0.913, technologies 0.967 /
 * 0.945, overall 0.974 / 0.923: the programmes' recall floor lowered by 0.02 for the batch's untuned articles (on the
 * 416 before it the figure rose to 0.914), the other floors kept; 468 articles and dataset 1.68.1 with a
 * twenty-first batch's 29, added untuned after it was read at the session's start and end (96.1 / 89.4, then 95.4 /
 * 90.5, the 32 held out; programmes 78.2 % recall both times): programmes 0.973 / 0.890, firms 0.989 / 0.911,
 * technologies 0.965 / 0.948, overall 0.973 / 0.924: the programmes' recall floor lowered by 0.01 for the batch's
 * untuned articles (on the 439 before it the figure rose to 0.895), the other floors kept; 496 articles and dataset
 * 1.72.5 with a twenty-second batch's 28, added untuned after it was read at the session's start and end (94.1 / 88.0
 * both times, the 30 held out): programmes 0.971 / 0.895, firms 0.987 / 0.912, technologies 0.965 / 0.947, overall
 * 0.972 / 0.925, every floor kept; 526 articles and dataset 1.73.1 with a twenty-third batch's 30, added untuned
 * after it was read at the session's start and end (97.5 / 83.1 both times, the 32 held out; firms 58.2 % recall):
 * programmes 0.972 / 0.906, firms 0.987 / 0.906, technologies 0.965 / 0.949, overall 0.972 / 0.927, every floor
 * kept; 554 articles and dataset 1.79.0 with a twenty-fourth batch's 28, added untuned after it was read at the
 * session's start and end (93.4 / 68.3 both times, the 31 held out; programmes 51.7 %, firms 64.6 % recall, most of
 * its names in no dataset): programmes 0.972 / 0.892, firms 0.985 / 0.898, technologies 0.964 / 0.948, overall 0.971 /
 * 0.921: the firms' recall floor lowered by 0.01 for the batch's untuned articles (on the 526 before it the figure
 * rose to 0.910), the other floors kept; 575 articles and dataset 1.81.0 with a twenty-fifth batch's 21, added untuned
 * after it was read at the session's start and end (93.9 / 83.6 both times, the 24 held out): programmes 0.972 /
 * 0.890, firms 0.986 / 0.902, technologies 0.963 / 0.948, overall 0.971 / 0.921, every floor kept; 595 articles and
 * dataset 1.82.4 with a twenty-sixth batch's 20, added untuned after it was read at the session's start and end (96.9 /
 * 78.8 both times, the 23 held out; programmes 64.3 % recall): programmes 0.970 / 0.883, firms 0.986 / 0.898,
 * technologies 0.963 / 0.946, overall 0.971 / 0.917: the overall recall floor lowered by 0.01 for the batch's untuned
 * articles (on the 575 before it the figure was 0.921), the other floors kept. Rounded down: raise them when a change raises the
 * figures. The test
 * split is only scored (README), never asserted here, so nothing is tuned to it.
 */
const FLOORS = {
  program: { precision: 0.97, recall: 0.88 },
  firm: { precision: 0.98, recall: 0.89 },
  edt: { precision: 0.95, recall: 0.94 },
  overall: { precision: 0.97, recall: 0.91 },
} as const;

describe('the blind real-article corpus, dev split', () => {
  const bundle = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
  const gold = GoldFileSchema.parse(JSON.parse(readFileSync(path.join(DEV, 'gold.json'), 'utf8')));
  const annotated = annotateCorpus(DEV, bundle);
  const { lenient, negatives } = scoreCorpus(annotated, gold);

  it('labels every article of the split', () => {
    expect(gold.map((g) => g.file).sort()).toEqual(annotated.map((a) => a.article.file).sort());
    expect(annotated.length).toBeGreaterThanOrEqual(595);
  });

  it.each(Object.keys(FLOORS) as (keyof typeof FLOORS)[])('%s: lenient precision and recall stay at their floors', (category) => {
    const { precision, recall, tp, fp, fn } = lenient[category];
    expect({ category, precision, recall, tp, fp, fn }).toEqual({
      category,
      precision: expect.toSatisfy((p: number) => p >= FLOORS[category].precision),
      recall: expect.toSatisfy((r: number) => r >= FLOORS[category].recall),
      tp,
      fp,
      fn,
    });
  });

  it('highlights at most 3 % of the listed negatives', () => {
    expect(negatives.rate).toBeLessThanOrEqual(0.03);
  });
});
