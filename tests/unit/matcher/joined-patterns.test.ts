import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/bench/prng';
import type { MatcherSpec } from '../../../utils/matcher/alias-index';
import { DERIVED_NUMBER, DERIVED_SHORT_FORM, stringAt } from '../../../utils/matcher/compiled-matcher';
import { compileMatcher, matcherFrom, prepare } from '../../../utils/matcher/find-mentions';
import type { UserTerm } from '../../../utils/user-terms/user-term';
import { userTermAliases } from '../../../utils/user-terms/user-term-entity';
import { fixturePages, randomPage, readPage, shippedSpec } from '../../support/matcher-texts';

const spec = shippedSpec();
const base = structuredClone(prepare(spec));

/** Texts the dataset only derives (a plural, a firm's short form): what a reader's term may take from it. */
function derivedTexts(kind: number): string[] {
  const { patterns, variants } = base;
  const texts: string[] = [];
  for (let p = 0; p < patterns.folded.length; p += 1) {
    const from = patterns.variantStart[p]!;
    const to = patterns.variantStart[p + 1]!;
    if (to > from && Array.from(variants.derived.subarray(from, to)).every((d) => d === kind)) texts.push(stringAt(base, variants.cased[from]!));
  }
  return texts;
}
const plurals = derivedTexts(DERIVED_NUMBER);
const shortForms = derivedTexts(DERIVED_SHORT_FORM);
const oneWordShortForm = shortForms.find((text) => !text.includes(' '))!;
const severalWordShortForm = shortForms.find((text) => text.includes(' '))!;
const generic = spec.aliases.filter((a) => a.generic && !a.context && /^\p{Lu}?\p{Ll}+$/u.test(a.text)).map((a) => a.text);
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

let nextId = 1;
const term = (name: string, rest: Partial<UserTerm> = {}): UserTerm => ({ id: nextId++, name, category: 'program', aliases: [], caseSensitive: false, note: '', createdAt: 1, ...rest });

/** Reader's terms that touch the dataset in every way a single compile lets them. */
const TERM_SETS: [string, UserTerm[]][] = [
  ['none', []],
  ['a dataset alias written again', [term('DIANA', { caseSensitive: true }), term('NATO Innovation Fund', { aliases: ['NIF'] })]],
  ['a dataset plural, as a term', [term(plurals[0]!, { category: 'edt' }), term(plurals[1]!, { category: 'firm' })]],
  ['a dataset short form, as a term and as a context word', [term(shortForms[0]!, { category: 'firm' }), term('Widgetry', { contextWords: [shortForms[1]!] })]],
  ['dataset short forms of one word and of several, as context words', [term('Widgetry', { contextWords: [oneWordShortForm, severalWordShortForm] })]],
  ['a firm sharing a dataset short form', [term(`${shortForms[2]!} Robotics`, { category: 'firm' }), term(`${shortForms[3]!} Labs`, { category: 'firm' })]],
  ['a firm whose short form is a generic word', [term(`${capital(generic[0]!)} Systems`, { category: 'firm' }), term(`${capital(generic[1] ?? 'drone')} Technologies`, { category: 'firm' })]],
  ['a technology whose plural the dataset writes', [term('satellite', { category: 'edt' }), term('drone swarm', { category: 'edt' }), term('widget', { category: 'edt' })]],
  ['context words the dataset knows, and a topic word', [term('Project Kestrel', { contextWords: ['DIANA', spec.topicWords[0]!, 'drones'] }), term(spec.topicWords[1]!)]],
  ['a term that starts longer words', [term('Kestrel', { wholeWord: false, caseSensitive: true }), term('Helsing', { wholeWord: false, category: 'firm' })]],
  ['a short exact-case term, and an abbreviation', [term('ACME', { category: 'firm', aliases: ['Acme Defence Corporation'] }), term('Joint Widget Office', { aliases: ['JWO'] })]],
];

describe('a reader’s terms joined to the stored dataset matcher at match time', () => {
  it('has dataset texts to collide with', () => {
    expect([plurals.length, shortForms.length, generic.length]).toEqual([expect.toSatisfy((n: number) => n >= 2), expect.toSatisfy((n: number) => n >= 4), expect.toSatisfy((n: number) => n >= 1)]);
    expect([oneWordShortForm, severalWordShortForm]).toEqual([expect.any(String), expect.any(String)]);
  });

  describe.each(TERM_SETS)('%s', (_name, terms) => {
    const aliases = userTermAliases(terms);
    const together: MatcherSpec = { ...spec, aliases: [...spec.aliases, ...aliases] };
    const single = compileMatcher(together);
    const joined = matcherFrom(base, structuredClone(prepare(aliases, { base })));

    it('finds and turns down the same as one compile of both, on the corpus and the seed pages', () => {
      for (const { file, blocks } of fixturePages()) expect(readPage(joined, blocks), file).toEqual(readPage(single, blocks));
    });

    it('finds and turns down the same on 150 random pages made of both’s words', () => {
      const random = seededRandom(terms.length + 17);
      const words: MatcherSpec = { ...together, aliases: [...spec.aliases, ...aliases, ...aliases, ...aliases] };
      for (let i = 0; i < 150; i += 1) {
        const blocks = randomPage(random, words);
        expect(readPage(joined, blocks), blocks.join('\n')).toEqual(readPage(single, blocks));
      }
    });
  });

  it('refuses generic aliases as terms: they could change what the dataset derives', () => {
    expect(() => prepare([{ entityId: 'user:1', category: 'edt', text: 'widgets', caseSensitive: false, generic: true }], { base })).toThrow(/generic/);
  });
});
