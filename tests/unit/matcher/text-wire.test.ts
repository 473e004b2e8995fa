import { describe, expect, it } from 'vitest';
import { decodeTexts, encodeTexts } from '../../../utils/matcher/text-wire';

describe('text wire', () => {
  it('gives back the same texts, empty ones, separators and surrogate pairs included', () => {
    const texts = ['NATO DIANA', '', 'a,b', 'IRIS² 🛰️ space', '\u0000nul', 'x'];
    const wire = encodeTexts(texts);
    expect(wire.joined).toBe(texts.join(''));
    expect(decodeTexts(structuredClone(wire))).toEqual(texts);
    expect(decodeTexts(encodeTexts([]))).toEqual([]);
    expect(decodeTexts(encodeTexts(['']))).toEqual(['']);
  });

  it('rejects lengths that do not fit the joined text, and other shapes', () => {
    expect(() => decodeTexts({ joined: 'abc', lengths: '2' })).toThrow(/fall short/);
    expect(() => decodeTexts({ joined: 'abc', lengths: '2,2' })).toThrow(/run past/);
    expect(() => decodeTexts({ joined: 'abc', lengths: '1,-1,3' })).toThrow(/whole number/);
    expect(() => decodeTexts({ joined: 'abc', lengths: '' })).toThrow(/without lengths/);
    expect(() => decodeTexts(['abc'] as never)).toThrow(/joined, lengths/);
  });
});
