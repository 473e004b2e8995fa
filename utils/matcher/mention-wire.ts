import type { Category } from '../dataset/schema';
import type { Mention } from './find-mentions';

/**
 * Mentions as they cross from the background to a page: per text, `[start, end, kind]` triples, where
 * `kind` indexes a table of what repeats (entity, category, alias, rule, umbrella). The surface is the
 * page's own text between start and end, so it is not sent. A 10k-word page's ~500 mentions cost a few
 * KB instead of ~70 KB of repeated objects; both sides parse less.
 */
export interface WireMentions {
  kinds: WireKind[];
  /** Per text: start, end, kind index, repeated. */
  spans: number[][];
}

export interface WireKind {
  entityId: string;
  category: Category;
  alias: string;
  rule: string;
  umbrella?: boolean;
}

export function encodeMentions(perText: readonly (readonly Mention[])[]): WireMentions {
  const kinds: WireKind[] = [];
  const index = new Map<string, number>();
  const spans = perText.map((mentions) => {
    const out: number[] = [];
    for (const m of mentions) {
      const key = `${m.entityId}\u0000${m.alias}\u0000${m.rule}\u0000${m.category}\u0000${m.umbrella ? 1 : 0}`;
      let kind = index.get(key);
      if (kind === undefined) {
        kind = kinds.length;
        index.set(key, kind);
        kinds.push({ entityId: m.entityId, category: m.category, alias: m.alias, rule: m.rule, ...(m.umbrella ? { umbrella: true } : {}) });
      }
      out.push(m.start, m.end, kind);
    }
    return out;
  });
  return { kinds, spans };
}

/**
 * The mentions of each text again. Throws when the answer does not fit the texts (a span outside its
 * text, an unknown kind): a garbled answer must not draw highlights in the wrong place.
 */
export function decodeMentions(wire: WireMentions, texts: readonly string[]): Mention[][] {
  if (wire.spans.length !== texts.length) throw new Error(`Matched ${wire.spans.length} texts, sent ${texts.length}`);
  return wire.spans.map((spans, t) => {
    const text = texts[t]!;
    const out: Mention[] = [];
    for (let i = 0; i + 2 < spans.length; i += 3) {
      const [start, end, k] = [spans[i]!, spans[i + 1]!, spans[i + 2]!];
      const kind = wire.kinds[k];
      if (!kind || !(start >= 0 && start < end && end <= text.length)) throw new Error(`Mention ${start}–${end} (kind ${k}) does not fit text ${t}`);
      out.push({ start, end, surface: text.slice(start, end), ...kind });
    }
    return out;
  });
}
