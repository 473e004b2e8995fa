import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from '../../../utils/pdf/md5';

describe('md5Hex', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['The quick brown fox jumps over the lazy dog', '9e107d9d372bb6826bd81d3542a419d6'],
  ])('hashes %j as RFC 1321 says', (text, hex) => {
    expect(md5Hex(new TextEncoder().encode(text))).toBe(hex);
  });

  it.each([55, 56, 63, 64, 65, 1000, 1024])('agrees with Node for %i bytes (padding edges and a PDF.js first kilobyte)', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) & 0xff);
    expect(md5Hex(bytes)).toBe(createHash('md5').update(bytes).digest('hex'));
  });
});
