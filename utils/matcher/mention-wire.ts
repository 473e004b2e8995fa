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
  /**
   * Every mention of every text as four numbers: the text's index, start, end, kind index; by text, in
   * each text's order. One flat list: a page of 50,000 blocks, most naming nothing, sent 50,000 empty
   * lists, which cost the page 25 ms to decode and more to parse.
   */
  spans: number[];
  /** How many texts were matched (texts with no mention have no entry in `spans`). */
  texts: number;
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
  const spans: number[] = [];
  perText.forEach((mentions, t) => {
    for (const m of mentions) {
      const key = `${m.entityId}\u0000${m.alias}\u0000${m.rule}\u0000${m.category}\u0000${m.umbrella ? 1 : 0}`;
      let kind = index.get(key);
      if (kind === undefined) {
        kind = kinds.length;
        index.set(key, kind);
        kinds.push({ entityId: m.entityId, category: m.category, alias: m.alias, rule: m.rule, ...(m.umbrella ? { umbrella: true } : {}) });
      }
      spans.push(t, m.start, m.end, kind);
    }
  });
  return { kinds, spans, texts: perText.length };
}

/**
 * The mentions of each text again. Throws when the answer does not fit the texts (a span outside its
 * text, an unknown kind): a garbled answer must not draw highlights in the wrong place.
 */
export function decodeMentions(wire: WireMentions, texts: readonly string[]): (readonly Mention[])[] {
  if (wire.texts !== texts.length) throw new Error(`Matched ${wire.texts} texts, sent ${texts.length}`);
  if (wire.spans.length % 4 !== 0) throw new Error('Mention list cut short');
  // Texts with no mention share one empty list: most blocks of a large page name nothing, and a list
  // each cost 28 ms on a page of 50,000.
  const out: (readonly Mention[])[] = new Array<readonly Mention[]>(texts.length).fill(NO_MENTIONS);
  let last = -1;
  for (let i = 0; i + 3 < wire.spans.length; i += 4) {
    const [t, start, end, k] = [wire.spans[i]!, wire.spans[i + 1]!, wire.spans[i + 2]!, wire.spans[i + 3]!];
    const text = texts[t];
    const kind = wire.kinds[k];
    if (text === undefined || t < last || !kind || !(start >= 0 && start < end && end <= text.length)) throw new Error(`Mention ${start}–${end} (kind ${k}) does not fit text ${t}`);
    if (t !== last) out[t] = [];
    last = t;
    (out[t] as Mention[]).push({ start, end, surface: text.slice(start, end), ...kind });
  }
  return out;
}

const NO_MENTIONS: readonly Mention[] = Object.freeze([]);
