import { z } from 'zod';
import { CATEGORIES, type Category } from '../dataset/schema';

/** The labelled-corpus format (shared/docs/gold-format.md): what a careful analyst wants highlighted. */
const surfaceList = z.array(z.object({ surface: z.string().min(1), why: z.string().optional() }));
const spans = z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]));

export const GoldFileSchema = z.array(
  z.object({
    file: z.string().min(1),
    mentions: z.array(
      z.object({
        surface: z.string().min(1),
        category: z.enum(CATEGORIES),
        canonical: z.string().optional(),
        count: z.number().int().positive(),
        spans: spans.optional(),
      }),
    ),
    negatives: surfaceList.optional(),
    /** Surfaces careful analysts disagree on: a highlight there is neither a hit nor a false positive. */
    borderline: surfaceList.optional(),
  }),
);
export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldArticle = GoldFile[number];

/** A highlight to score: its text and, where known, its offsets in the article's file. */
export interface PredictedSpan {
  surface: string;
  category: Category;
  start?: number;
  end?: number;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** A labelled mention that was highlighted with other bounds: a lenient hit, a strict miss. */
export interface BoundsDiffer {
  gold: string;
  highlighted: string;
  category: Category;
}

export interface ArticleScore {
  file: string;
  /** A highlight counts only when its text equals a gold surface. */
  strict: Record<Category, Counts>;
  /** A highlight also counts when it covers a gold mention with other bounds. */
  lenient: Record<Category, Counts>;
  /** Strict false positives. */
  falsePositives: { surface: string; category: Category; onNegative: boolean; start?: number; end?: number }[];
  /** Lenient misses: gold occurrences that no highlight covers. */
  misses: { surface: string; category: Category; count: number; canonical?: string }[];
  boundsDiffer: BoundsDiffer[];
  /** Occurrences of listed negatives, and how many of them got a highlight. */
  negatives: { occurrences: number; highlighted: number; surfaces: string[] };
  /** Highlights on borderline surfaces, counted neither way. */
  borderline: number;
}

/** Surfaces compare as a reader sees them: whitespace runs collapsed, soft hyphens and zero-width characters dropped. */
export const surfaceKey = (surface: string) => surface.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();

const zero = (): Record<Category, Counts> => ({ program: { tp: 0, fp: 0, fn: 0 }, firm: { tp: 0, fp: 0, fn: 0 }, edt: { tp: 0, fp: 0, fn: 0 } });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a surface occurs in a text, on word boundaries, any whitespace run matching any other, curly
 * and straight apostrophes alike: `[start, end)` offsets into `text`, from `from` on.
 */
export function occurrencesOf(text: string, surface: string, from = 0): [number, number][] {
  const key = surfaceKey(surface);
  if (!key) return [];
  const pattern = key
    .split(' ')
    .map((word) => escape(word).replace(/['’]/g, "['’]"))
    .join('[\\s\\u00AD]+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])${pattern}(?![\\p{L}\\p{N}_])`, 'gu');
  re.lastIndex = from;
  const found: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) found.push([m.index, m.index + m[0].length]);
  return found;
}

const overlaps = (a: readonly [number, number], start: number, end: number) => a[0] < end && start < a[1];

/**
 * Scores one article (shared/docs/gold-format.md). Strict: per category, a highlight whose text
 * equals a gold surface counts toward that surface up to its count; every other highlight is a
 * false positive; gold occurrences not reached are misses. Lenient: a highlight that covers an
 * occurrence of a gold surface of its category with other bounds also counts, once per occurrence.
 * Highlights on borderline surfaces count neither way. Negatives: how many occurrences of the listed
 * negative surfaces got a (false-positive) highlight.
 *
 * `text` is the scored text with the same offsets as the predictions (the whole .txt file, whose
 * body starts at `bodyStart`); without it, only strict figures are exact.
 */
export function scoreArticle(gold: GoldArticle, predicted: readonly PredictedSpan[], text = '', bodyStart = 0): ArticleScore {
  const strict = zero();
  const lenient = zero();
  const key = (category: Category, surface: string) => `${category}\u0000${surfaceKey(surface)}`;
  const remaining = new Map<string, number>();
  const canonicalOf = new Map<string, string | undefined>();
  for (const mention of gold.mentions) {
    const k = key(mention.category, mention.surface);
    remaining.set(k, (remaining.get(k) ?? 0) + mention.count);
    canonicalOf.set(k, mention.canonical);
  }
  const borderlineKeys = new Set((gold.borderline ?? []).map((b) => surfaceKey(b.surface)));
  const borderlineAt = (gold.borderline ?? []).flatMap((b) => occurrencesOf(text, b.surface, bodyStart));
  const negativeKeys = new Set((gold.negatives ?? []).map((n) => surfaceKey(n.surface)));

  // Strict pass.
  const unmatched: PredictedSpan[] = [];
  for (const span of predicted) {
    const k = key(span.category, span.surface);
    const left = remaining.get(k) ?? 0;
    if (left > 0) {
      remaining.set(k, left - 1);
      strict[span.category].tp += 1;
      lenient[span.category].tp += 1;
    } else {
      unmatched.push(span);
    }
  }

  // Lenient pass: an unmatched highlight overlapping an occurrence of a surface with count left.
  const goldAt = new Map<string, [number, number][]>();
  const occurrences = (k: string) => {
    let found = goldAt.get(k);
    if (!found) {
      found = occurrencesOf(text, k.split('\u0000')[1]!, bodyStart);
      goldAt.set(k, found);
    }
    return found;
  };
  const strictRemaining = new Map(remaining);
  const boundsDiffer: BoundsDiffer[] = [];
  const falsePositives: ArticleScore['falsePositives'] = [];
  let borderline = 0;
  for (const span of unmatched) {
    const located = span.start !== undefined && span.end !== undefined;
    let credited = false;
    if (located) {
      for (const [k, left] of remaining) {
        if (left === 0 || !k.startsWith(`${span.category}\u0000`)) continue;
        if (occurrences(k).some((o) => overlaps(o, span.start!, span.end!))) {
          remaining.set(k, left - 1);
          lenient[span.category].tp += 1;
          boundsDiffer.push({ gold: k.split('\u0000')[1]!, highlighted: surfaceKey(span.surface), category: span.category });
          credited = true;
          break;
        }
      }
    }
    if (!credited && (borderlineKeys.has(surfaceKey(span.surface)) || (located && borderlineAt.some((o) => overlaps(o, span.start!, span.end!))))) {
      borderline += 1;
      continue;
    }
    strict[span.category].fp += 1;
    if (!credited) {
      lenient[span.category].fp += 1;
      falsePositives.push({
        surface: surfaceKey(span.surface),
        category: span.category,
        onNegative: negativeKeys.has(surfaceKey(span.surface)),
        ...(located ? { start: span.start, end: span.end } : {}),
      });
    }
  }

  const misses: ArticleScore['misses'] = [];
  for (const [k, count] of strictRemaining) {
    const [category, surface] = k.split('\u0000') as [Category, string];
    strict[category].fn += count;
    const lenientLeft = remaining.get(k) ?? 0;
    lenient[category].fn += lenientLeft;
    if (lenientLeft > 0) misses.push({ surface, category, count: lenientLeft, canonical: canonicalOf.get(k) });
  }

  // Negatives: occurrences of each listed surface beyond its labelled mentions; a false positive on one is a hit.
  let negativeOccurrences = 0;
  let negativeHits = 0;
  const hitSurfaces: string[] = [];
  for (const negative of gold.negatives ?? []) {
    const at = occurrencesOf(text, negative.surface, bodyStart);
    const asMention = gold.mentions.filter((m) => surfaceKey(m.surface) === surfaceKey(negative.surface)).reduce((n, m) => n + m.count, 0);
    const count = text ? Math.max(1, at.length - asMention) : 1;
    negativeOccurrences += count;
    const hits = falsePositives.filter((fp) => (fp.start !== undefined ? at.some((o) => overlaps(o, fp.start!, fp.end!)) : fp.surface === surfaceKey(negative.surface))).length;
    if (hits > 0) hitSurfaces.push(surfaceKey(negative.surface));
    negativeHits += Math.min(hits, count);
  }

  return { file: gold.file, strict, lenient, falsePositives, misses, boundsDiffer, negatives: { occurrences: negativeOccurrences, highlighted: negativeHits, surfaces: hitSurfaces }, borderline };
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

export type Summary = Record<Category | 'overall', Metrics>;

/** Sums article scores per category and overall, strict or lenient. */
export function summarise(scores: readonly ArticleScore[], mode: 'strict' | 'lenient' = 'strict'): Summary {
  const total = zero();
  for (const score of scores) {
    for (const category of CATEGORIES) {
      total[category].tp += score[mode][category].tp;
      total[category].fp += score[mode][category].fp;
      total[category].fn += score[mode][category].fn;
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

/** The share of listed negative occurrences that got a highlight, over all articles. */
export function negativeHitRate(scores: readonly ArticleScore[]): { occurrences: number; highlighted: number; rate: number } {
  const occurrences = scores.reduce((n, s) => n + s.negatives.occurrences, 0);
  const highlighted = scores.reduce((n, s) => n + s.negatives.highlighted, 0);
  return { occurrences, highlighted, rate: occurrences === 0 ? 0 : highlighted / occurrences };
}
