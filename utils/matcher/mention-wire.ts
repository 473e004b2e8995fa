import type { Category } from '../dataset/schema';
import type { Mention } from './find-mentions';

/**
 * Mentions as they cross from the background to a page: per text, `[start, end, kind]` triples, where
 * `kind` indexes a table of what repeats (entity, category, alias, rule, umbrella). The surface is the
 * page's own text between start and end, so it is not sent. A 10k-word page's ~500 mentions cost a few
 * KB instead of ~70 KB of repeated objects; both sides parse less.
 *
 * Both lists travel as strings: Chromium's extension messaging converts every value of a message one by
 * one, and the 2,000 numbers and 126 kinds of a 10,000-word page's answer cost the page 4-5 ms to receive
 * as values (CPU profile of the page load, session 14); as two strings, the page parses them itself.
 */
export interface WireMentions {
  /** The kinds (`WireKind[]`) as JSON. */
  kinds: string;
  /**
   * Every mention of every text as four decimal numbers, comma-separated: the text's index, start, end,
   * kind index; by text, in each text's order ("" for none). Texts with no mention have no entry: a page
   * of 50,000 blocks, most naming nothing, sent 50,000 empty lists, which cost the page 25 ms to decode.
   */
  spans: string;
  /** How many texts were matched. */
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
  return { kinds: JSON.stringify(kinds), spans: spans.join(','), texts: perText.length };
}

/**
 * The mentions of each text again. Throws when the answer does not fit the texts (a span outside its
 * text, an unknown kind): a garbled answer must not draw highlights in the wrong place.
 */
export function decodeMentions(wire: WireMentions, texts: readonly string[]): (readonly Mention[])[] {
  if (wire.texts !== texts.length) throw new Error(`Matched ${wire.texts} texts, sent ${texts.length}`);
  if (typeof wire.kinds !== 'string' || typeof wire.spans !== 'string') throw new Error('Mentions must come as { kinds, spans } strings');
  const kinds: unknown = JSON.parse(wire.kinds);
  if (!Array.isArray(kinds)) throw new Error('Mention kinds are not a list');
  const spans = wire.spans === '' ? [] : wire.spans.split(',').map(Number);
  if (spans.length % 4 !== 0) throw new Error('Mention list cut short');
  // Texts with no mention share one empty list: most blocks of a large page name nothing, and a list
  // each cost 28 ms on a page of 50,000.
  const out: (readonly Mention[])[] = new Array<readonly Mention[]>(texts.length).fill(NO_MENTIONS);
  let last = -1;
  for (let i = 0; i + 3 < spans.length; i += 4) {
    const [t, start, end, k] = [spans[i]!, spans[i + 1]!, spans[i + 2]!, spans[i + 3]!];
    const text = texts[t];
    const kind = kinds[k] as WireKind | undefined;
    if (text === undefined || t < last || typeof kind !== 'object' || kind === null || !(start >= 0 && start < end && end <= text.length)) {
      throw new Error(`Mention ${start}–${end} (kind ${k}) does not fit text ${t}`);
    }
    if (t !== last) out[t] = [];
    last = t;
    (out[t] as Mention[]).push({ start, end, surface: text.slice(start, end), ...kind });
  }
  return out;
}

const NO_MENTIONS: readonly Mention[] = Object.freeze([]);
