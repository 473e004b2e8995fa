import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/prng';
import { AhoCorasick, isAutomatonData } from '../../../utils/matcher/aho-corasick';
import { COMPILED_MATCHER_FORMAT, isCompiledMatcher, isCompiledMatcherInParts } from '../../../utils/matcher/compiled-matcher';
import { compileMatcher, matcherFrom, prepare } from '../../../utils/matcher/find-mentions';
import { fixturePages, randomPage, readPage, shippedSpec } from '../../support/matcher-texts';

const spec = shippedSpec();
const compiled = compileMatcher(spec);
// What the background stores and reads back: IndexedDB keeps values by structured clone.
const stored = structuredClone(prepare(spec));
const restored = matcherFrom(stored);

describe('prepare → structuredClone → matcherFrom', () => {
  it.each(fixturePages().map((p) => [p.file, p.blocks] as const))('finds and turns down the same as compileMatcher on %s', (_file, blocks) => {
    expect(readPage(restored, blocks)).toEqual(readPage(compiled, blocks));
  });

  it('finds and turns down the same on 300 random pages made of the dataset’s words', () => {
    const random = seededRandom(17);
    for (let i = 0; i < 300; i += 1) {
      const blocks = randomPage(random, spec);
      expect(readPage(restored, blocks), blocks.join('\n')).toEqual(readPage(compiled, blocks));
    }
  });

  it('is plain data: no functions, no regular expressions, and the same again after cloning', () => {
    const data = prepare(spec);
    const kinds = new Set<string>();
    const walk = (value: unknown) => {
      if (typeof value === 'function' || value instanceof RegExp || value instanceof Map || value instanceof Set) kinds.add(String(value));
      if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) Object.values(value).forEach(walk);
    };
    walk(data);
    expect([...kinds]).toEqual([]);
    expect(structuredClone(data)).toEqual(data);
  });

  it('is the same data each time it is prepared (deterministic, so a stored one is as good as a new one)', () => {
    expect(prepare(spec)).toEqual(prepare(spec));
  });

  it('keeps a place word’s flag: "from space" on a page about space, as compileMatcher reads it', () => {
    const placeSpec = {
      version: 't',
      topicWords: ['defence'],
      topicThreshold: 1,
      aliases: [
        { entityId: 'space', category: 'edt' as const, text: 'space', caseSensitive: false, generic: true, context: { anyOf: ['orbit'], scope: 'near' as const, window: 20 }, place: true },
        { entityId: 'space', category: 'edt' as const, text: 'satellites', caseSensitive: false, generic: true },
      ],
    };
    const texts = ['Defence satellites and satellites again, far from the word that would confirm them.', 'Warnings come from space.'];
    const fromStored = matcherFrom(structuredClone(prepare(placeSpec)));
    expect(fromStored.session().add(texts).flat().map((m) => m.surface)).toEqual(['satellites', 'satellites', 'space']);
    expect(fromStored.session().add(texts)).toEqual(compileMatcher(placeSpec).session().add(texts));
  });

  it('keeps exclusion rules as sources and rejects an invalid one when prepared, not on a page', () => {
    expect(() => prepare([{ entityId: 'x', category: 'firm', text: 'X Corp', caseSensitive: false, notFollowedBy: '(' }])).toThrow(SyntaxError);
    const m = matcherFrom(structuredClone(prepare([{ entityId: 'maven', category: 'program', text: 'Maven', caseSensitive: true, notFollowedBy: '\\s+Central' }])));
    expect(m.find('Maven Central and Maven').map((x) => x.start)).toEqual([18]);
  });
});

describe('isCompiledMatcher', () => {
  it('accepts prepared data, before and after cloning', () => {
    expect(isCompiledMatcher(stored)).toBe(true);
    expect(isCompiledMatcher(prepare([]))).toBe(true);
  });

  const damaged: [string, (d: ReturnType<typeof prepare>) => unknown][] = [
    ['another format', (d) => ({ ...d, format: COMPILED_MATCHER_FORMAT + 1 })],
    ['nothing', () => undefined],
    ['a plain array where a typed array belongs', (d) => ({ ...d, stringEnds: Array.from(d.stringEnds) })],
    ['a column cut short', (d) => ({ ...d, entries: { ...d.entries, text: d.entries.text.slice(1) } })],
    ['a string number out of range', (d) => ({ ...d, variants: { ...d.variants, cased: d.variants.cased.map(() => 1e9) } })],
    ['an entry number out of range', (d) => ({ ...d, variants: { ...d.variants, entry: d.variants.entry.map(() => -1) } })],
    ['a malformed rule', (d) => ({ ...d, rules: [{ anyOf: 'x', scope: 'near' }] })],
    ['an automaton for fewer patterns', (d) => ({ ...d, automaton: { ...d.automaton, lengths: d.automaton.lengths.slice(1) } })],
    ['a fail link that loops', (d) => ({ ...d, automaton: { ...d.automaton, fail: d.automaton.fail.map((f, s) => (s === 0 ? 0 : s)) } })],
    ['an edge out of range', (d) => ({ ...d, automaton: { ...d.automaton, edgeTarget: d.automaton.edgeTarget.map(() => 1e9) } })],
  ];
  const fresh = prepare(spec);
  it.each(damaged)('refuses %s, at once and in parts', async (_what, damage) => {
    expect(isCompiledMatcher(damage(fresh))).toBe(false);
    expect(await isCompiledMatcherInParts(damage(fresh), async () => undefined)).toBe(false);
  });

  it('checks in parts with a pause between them, and accepts what it accepts at once', async () => {
    let pauses = 0;
    expect(await isCompiledMatcherInParts(stored, async () => void (pauses += 1))).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});

describe('AhoCorasick from stored arrays', () => {
  const patterns = ['he', 'she', 'his', 'hers', 'nato', 'nato innovation fund', ''];
  const text = 'ushers and his shes at the nato innovation fund';
  const hits = (a: AhoCorasick) => {
    const out: string[] = [];
    a.scan(text, (id, start, end) => out.push(`${id}:${start}-${end}`));
    return out;
  };

  it('scans as the automaton it was taken from, with no build', () => {
    const built = new AhoCorasick(patterns);
    const data = structuredClone(built.toData());
    expect(isAutomatonData(data, patterns.length)).toBe(true);
    expect(hits(new AhoCorasick(data))).toEqual(hits(built));
  });

  it('finds a pattern by its exact text', () => {
    const a = new AhoCorasick(structuredClone(new AhoCorasick(patterns).toData()));
    expect(patterns.map((p) => a.lookup(p))).toEqual(patterns.map((_, i) => i));
    expect(['h', 'nat', 'hersx', 'x'].map((t) => a.lookup(t))).toEqual([-1, -1, -1, -1]);
  });
});
