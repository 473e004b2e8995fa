import { describe, expect, it } from 'vitest';
import type { AliasEntry } from '../../../utils/matcher/alias-index';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

const alias = (entityId: string, text: string, caseSensitive = false, category: AliasEntry['category'] = 'program'): AliasEntry => ({
  entityId,
  category,
  text,
  caseSensitive,
});

const matcher = compileMatcher([
  alias('nato', 'NATO', true),
  alias('nato-innovation-fund', 'NATO Innovation Fund'),
  alias('nato-innovation-fund', 'NIF', true),
  alias('nato-diana', 'DIANA', true),
  alias('nato-diana', 'Defence Innovation Accelerator for the North Atlantic'),
  alias('artificial-intelligence', 'AI', true, 'edt'),
  alias('artificial-intelligence', 'artificial intelligence', false, 'edt'),
  alias('airbus', 'Airbus', false, 'firm'),
  alias('tekever', 'TEKEVER', true, 'firm'),
  alias('iris2', 'IRIS²', true),
  alias('dual-use', 'dual-use technologies', false, 'edt'),
  alias('european-defence-fund', 'European Defence Fund'),
  alias('european-defence-fund', 'Europäischer Verteidigungsfonds'),
]);

const found = (text: string) => matcher.find(text).map((m) => [m.surface, m.entityId]);

describe('compileMatcher', () => {
  it.each([
    ['AI never matches inside a longer word', 'AIRBUS said the PAID trial', [['AIRBUS', 'airbus']]],
    ['a case-sensitive acronym ignores other cases', 'Diana Smith met diana at DIANA.', [['DIANA', 'nato-diana']]],
    ['case-insensitive names match in any case', 'ARTIFICIAL INTELLIGENCE and Artificial Intelligence', [
      ['ARTIFICIAL INTELLIGENCE', 'artificial-intelligence'],
      ['Artificial Intelligence', 'artificial-intelligence'],
    ]],
    ['the longest overlapping match wins', 'the NATO Innovation Fund (NIF) invests', [
      ['NATO Innovation Fund', 'nato-innovation-fund'],
      ['NIF', 'nato-innovation-fund'],
    ]],
    ['possessives keep the name', 'TEKEVER’s drones and TEKEVER\'s team', [['TEKEVER', 'tekever'], ['TEKEVER', 'tekever']]],
    ['punctuation ends a word', '(DIANA), AI-enabled; NATO.', [['DIANA', 'nato-diana'], ['AI', 'artificial-intelligence'], ['NATO', 'nato']]],
    ['superscripts and compatibility forms', 'the IRIS² constellation and IRIS2', [['IRIS²', 'iris2'], ['IRIS2', 'iris2']]],
    ['hyphen and space variants', 'dual use technologies and dual‑use technologies', [
      ['dual use technologies', 'dual-use'],
      ['dual‑use technologies', 'dual-use'],
    ]],
    ['line breaks, non-breaking spaces and soft hyphens inside a name', 'European\nDefence\u00a0Fund and Euro\u00adpean Defence Fund', [
      ['European\nDefence\u00a0Fund', 'european-defence-fund'],
      ['Euro\u00adpean Defence Fund', 'european-defence-fund'],
    ]],
    ['diacritics in names and text', 'der Europäische Verteidigungsfonds, der Europaischer Verteidigungsfonds', [
      ['Europaischer Verteidigungsfonds', 'european-defence-fund'],
    ]],
    ['nothing in unrelated text', 'Nothing to see here, natos and said.', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports offsets in the caller’s text, including around removed characters', () => {
    const text = 'x Euro\u00adpean Defence Fund y';
    const [mention] = matcher.find(text);
    expect(mention).toMatchObject({ start: 2, end: text.length - 2, alias: 'European Defence Fund', category: 'program' });
    expect(text.slice(mention!.start, mention!.end)).toBe(mention!.surface);
  });

  it('matches a name split across what were separate text nodes once they are joined', () => {
    expect(found('the NATO ' + 'Innovation' + ' Fund')).toEqual([['NATO Innovation Fund', 'nato-innovation-fund']]);
  });

  it('finds every non-overlapping occurrence in one pass', () => {
    const text = Array.from({ length: 500 }, (_, i) => (i % 2 ? 'DIANA' : 'the NIF')).join(' and ');
    expect(matcher.find(text)).toHaveLength(500);
  });

  it('handles an empty alias list and empty text', () => {
    expect(compileMatcher([]).find('DIANA')).toEqual([]);
    expect(matcher.find('')).toEqual([]);
  });

  it('chooses the variant whose case rule fits when two aliases normalise alike', () => {
    const m = compileMatcher([alias('eda', 'EDA', true), alias('eda-word', 'Eda', true)]);
    expect(m.find('EDA and Eda').map((x) => x.entityId)).toEqual(['eda', 'eda-word']);
  });
});
