import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../utils/matcher/aho-corasick';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  for (let end = 1; end <= text.length; end += 1) {
    patterns.forEach((p, id) => {
      if (p.length <= end && text.slice(end - p.length, end) === p) out.push(`${id}@${end - p.length}`);
    });
  }
  return out;
}

describe('AhoCorasick', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers and his shes'],
    [['a', 'aa', 'aaa'], 'aaaa'],
    [['nato', 'nato innovation fund', 'innovation', 'fund'], 'the nato innovation fund funds innovation'],
    [['abcd', 'bc', 'c'], 'abcabcd'],
  ])('finds the same occurrences as a naive search: %j', (patterns, text) => {
    const found: string[] = [];
    new AhoCorasick(patterns).scan(text, (id, start) => found.push(`${id}@${start}`));
    expect(found.sort()).toEqual(naive(patterns, text).sort());
  });
});
