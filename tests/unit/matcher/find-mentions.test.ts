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

describe('names touching characters of scripts written without spaces (Han, Hiragana, Katakana, Hangul)', () => {
  const cjk = compileMatcher([
    alias('atla', '防衛装備庁'),
    alias('add-korea', '국방과학연구소'),
    alias('acsl', 'ACSL', true, 'firm'),
    alias('souten', '蒼天', false, 'firm'),
    alias('nato-innovation-fund', 'NATO Innovation Fund'),
    alias('tekever', 'TEKEVER', true, 'firm'),
    alias('helsing', 'Helsing', false, 'firm'),
    alias('ai', 'AI', true, 'edt'),
  ]);
  const cjkFound = (text: string) => cjk.find(text).map((m) => m.surface);

  it.each([
    ['a Japanese name before a particle', '日本の防衛装備庁は、ドローンを調達した。', ['防衛装備庁']],
    ['a Korean name with its particle', '국방과학연구소는 드론을 시험했다.', ['국방과학연구소']],
    ['Latin and Han names either side of a particle', 'ドローン企業ACSLの蒼天を調達した。', ['ACSL', '蒼天']],
    ['a Latin name between kana', '北大西洋条約機構のNATO Innovation Fundも注目している。', ['NATO Innovation Fund']],
    ['Latin names joined by a Han conjunction', '投资了TEKEVER和Helsing等初创企业。', ['TEKEVER', 'Helsing']],
    ['a Latin name before a Hangul particle', 'TEKEVER도 참여했다.', ['TEKEVER']],
    ['a Han name before or after a number (a scout’s Taiwanese page, session 29)', '蒼天4家公司得標，2025蒼天', ['蒼天', '蒼天']],
  ])('match: %s', (_name, text, expected) => {
    expect(cjkFound(text)).toEqual(expected);
  });

  it.each([
    ['Latin letters still extend a word', 'AIRBUS and TEKEVERS', []],
    ['accented and Cyrillic letters still extend a word', 'AIé and AIж', []],
    ['digits still extend a word', 'AI2 and 3AI', []],
    ['digits still extend a Latin name beside Han text', '蒼天ACSL2號', []],
  ])('no match: %s', (_name, text, expected) => {
    expect(cjkFound(text)).toEqual(expected);
  });
});

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
    // The inflected "Europäische" is one letter off a long name: read as the name (misspelt-names.ts).
    ['diacritics in names and text', 'der Europäische Verteidigungsfonds, der Europaischer Verteidigungsfonds', [
      ['Europäische Verteidigungsfonds', 'european-defence-fund'],
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
