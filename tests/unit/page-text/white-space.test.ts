import { describe, expect, it } from 'vitest';
import { hasNonSpace, isSpaceCode } from '../../../utils/page-text/white-space';

describe('isSpaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});

describe('hasNonSpace', () => {
  it('agrees with /\\S/ on blank and non-blank texts', () => {
    const texts = ['', ' ', '\n\t \u00a0\u3000\ufeff', ' a', 'TEKEVER', '\u200b', '\u2003\u2029', ' \ud83d\ude80 '];
    for (const text of texts) expect(hasNonSpace(text), JSON.stringify(text)).toBe(/\S/.test(text));
  });
});
