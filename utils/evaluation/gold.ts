import { z } from 'zod';
import { CATEGORIES, type Category } from '../dataset/schema';

/** The labelled-corpus format (docs/gold-format.md): what a careful analyst wants highlighted. */
export const GoldFileSchema = z.array(
  z.object({
    file: z.string().min(1),
    mentions: z.array(
      z.object({
        surface: z.string().min(1),
        category: z.enum(CATEGORIES),
        canonical: z.string().optional(),
        count: z.number().int().positive(),
      }),
    ),
    negatives: z.array(z.object({ surface: z.string().min(1), why: z.string().optional() })).optional(),
  }),
);
export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldArticle = GoldFile[number];

export interface PredictedSpan {
  surface: string;
  category: Category;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  file: string;
  byCategory: Record<Category, Counts>;
  falsePositives: { surface: string; category: Category; onNegative: boolean }[];
  misses: { surface: string; category: Category; count: number }[];
}

/** Surfaces compare as a reader sees them: whitespace runs collapsed, soft hyphens and zero-width characters dropped. */
export const surfaceKey = (surface: string) => surface.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();

const zero = (): Record<Category, Counts> => ({ program: { tp: 0, fp: 0, fn: 0 }, firm: { tp: 0, fp: 0, fn: 0 }, edt: { tp: 0, fp: 0, fn: 0 } });

/**
 * Scores one article: per category, a predicted span whose text equals a gold surface counts toward
 * that surface up to its count; gold occurrences not reached are misses; anything else is a false
 * positive. The predictions are already non-overlapping (longest match wins), so nothing counts twice.
 */
export function scoreArticle(gold: GoldArticle, predicted: readonly PredictedSpan[]): ArticleScore {
  const byCategory = zero();
  const remaining = new Map<string, number>();
  const key = (category: Category, surface: string) => `${category}\u0000${surfaceKey(surface)}`;
  for (const mention of gold.mentions) {
    const k = key(mention.category, mention.surface);
    remaining.set(k, (remaining.get(k) ?? 0) + mention.count);
  }
  const negatives = new Set((gold.negatives ?? []).map((n) => surfaceKey(n.surface)));
  const falsePositives: ArticleScore['falsePositives'] = [];
  for (const span of predicted) {
    const k = key(span.category, span.surface);
    const left = remaining.get(k) ?? 0;
    if (left > 0) {
      remaining.set(k, left - 1);
      byCategory[span.category].tp += 1;
    } else {
      byCategory[span.category].fp += 1;
      falsePositives.push({ surface: surfaceKey(span.surface), category: span.category, onNegative: negatives.has(surfaceKey(span.surface)) });
    }
  }
  const misses: ArticleScore['misses'] = [];
  for (const [k, count] of remaining) {
    if (count === 0) continue;
    const [category, surface] = k.split('\u0000') as [Category, string];
    byCategory[category].fn += count;
    misses.push({ surface, category, count });
  }
  return { file: gold.file, byCategory, falsePositives, misses };
}

export interface Metrics extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function metricsOf({ tp, fp, fn }: Counts): Metrics {
  // With nothing predicted and nothing expected, the matcher did all it could: count that as perfect.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Sums article scores per category and overall. */
export function summarise(scores: readonly ArticleScore[]): Record<Category | 'overall', Metrics> {
  const total = zero();
  for (const score of scores) {
    for (const category of CATEGORIES) {
      total[category].tp += score.byCategory[category].tp;
      total[category].fp += score.byCategory[category].fp;
      total[category].fn += score.byCategory[category].fn;
    }
  }
  const overall = CATEGORIES.reduce<Counts>(
    (sum, c) => ({ tp: sum.tp + total[c].tp, fp: sum.fp + total[c].fp, fn: sum.fn + total[c].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    program: metricsOf(total.program),
    firm: metricsOf(total.firm),
    edt: metricsOf(total.edt),
    overall: metricsOf(overall),
  };
}
