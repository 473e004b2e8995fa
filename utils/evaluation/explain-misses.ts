import type { Category, Entity } from '../dataset/schema';
import type { Mention, Rejection } from '../matcher/find-mentions';
import { normalizeAlias } from '../matcher/normalize-text';
import { occurrencesOf } from './gold';

/** Why a labelled mention was not highlighted. */
export type MissKind = 'not in dataset' | 'alias missing' | 'rule rejected it' | 'other category' | 'inside another highlight' | 'label count';

export interface ExplainedMiss {
  surface: string;
  category: Category;
  count: number;
  kind: MissKind;
  /** Plain words: which entity, alias or rule. */
  detail: string;
}

const fold = (text: string) => normalizeAlias(text).folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The dataset entity a labelled surface (or its canonical name) seems to mean, if any. */
export function findEntity(entities: readonly Entity[], surface: string, canonical?: string): Entity | undefined {
  const wanted = [surface, canonical].filter((s): s is string => Boolean(s)).map(fold).filter((s) => s.length > 0);
  const names = (e: Entity) => [e.name, ...e.aliases.map((a) => a.text)].map(fold);
  const exact = entities.find((e) => names(e).some((n) => wanted.includes(n)));
  if (exact) return exact;
  // "Saronic Technologies" labelled, "Saronic" in the data, or the reverse: a whole-word prefix.
  return entities.find((e) =>
    names(e).some((n) => n.length >= 5 && wanted.some((w) => w.length >= 5 && (w.startsWith(`${n} `) || n.startsWith(`${w} `)))),
  );
}

/**
 * Classifies each missed gold mention of one article: the matcher turned a candidate down (and
 * why), it highlighted the text under another category or inside a longer mention, the dataset has
 * the entity but not this alias, or the dataset does not have the entity at all.
 */
export function explainMisses(
  misses: readonly { surface: string; category: Category; count: number; canonical?: string }[],
  context: { text: string; bodyStart: number; mentions: readonly Mention[]; rejections: readonly Rejection[]; entities: readonly Entity[] },
): ExplainedMiss[] {
  const names = new Map(context.entities.map((e) => [e.id, e.name]));
  return misses.map((miss) => {
    const at = occurrencesOf(context.text, miss.surface, context.bodyStart);
    const base = { surface: miss.surface, category: miss.category, count: miss.count };
    const overlapsAny = <T extends { start: number; end: number }>(m: T, spans: readonly [number, number][]) => spans.some(([s, e]) => m.start < e && s < m.end);
    // Occurrences a highlight of this category already covers were credited (or spent on another
    // label): explain the ones left plain.
    const plain = at.filter(([s, e]) => !context.mentions.some((m) => m.category === miss.category && m.start < e && s < m.end));
    if (at.length > 0 && plain.length === 0) return { ...base, kind: 'label count', detail: `labelled ${miss.count} more time(s) than the ${at.length} highlighted occurrence(s)` };
    const spans = plain.length > 0 ? plain : at;
    const highlighted = context.mentions.find((m) => overlapsAny(m, spans));
    if (highlighted && highlighted.category !== miss.category) {
      return { ...base, kind: 'other category', detail: `highlighted as ${highlighted.category} (${names.get(highlighted.entityId) ?? highlighted.entityId})` };
    }
    if (highlighted) return { ...base, kind: 'inside another highlight', detail: `inside “${highlighted.surface}”` };
    // A rejected candidate explains the miss only if it covers most of the labelled mention: the word
    // "satellites" turned down inside "Surrey Satellites Technology Limited" does not.
    const covers = (m: { start: number; end: number }) => spans.some(([s, e]) => Math.min(e, m.end) - Math.max(s, m.start) >= (e - s) / 2);
    const rejected = context.rejections.find(covers);
    if (rejected) return { ...base, kind: 'rule rejected it', detail: `${names.get(rejected.entityId) ?? rejected.entityId} via “${rejected.alias}”: ${rejected.reason}` };
    const entity = findEntity(context.entities, miss.surface, miss.canonical);
    if (entity?.umbrella && findEntity([entity], miss.surface)) {
      return { ...base, kind: 'rule rejected it', detail: `${entity.name} is an umbrella institution or concept: context, not highlighted by default` };
    }
    if (entity) return { ...base, kind: 'alias missing', detail: `${entity.name} (${entity.id}) has no alias matching “${miss.surface}”` };
    return { ...base, kind: 'not in dataset', detail: miss.canonical && miss.canonical !== miss.surface ? miss.canonical : '' };
  });
}
