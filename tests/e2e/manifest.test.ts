import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/launch-extension';
import { FIREFOX_EXTENSION_DIR } from '../support/launch-firefox';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each([
  ['Chromium', EXTENSION_DIR],
  ['Firefox', FIREFOX_EXTENSION_DIR],
])('the %s build', (_browser, dir) => {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { icons?: Record<string, string> };

  it('ships a real icon set, 16 to 128 px, and its greyed "off on this site" twin', () => {
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(manifest.icons!)) {
      expect(pngSize(path.join(dir, file))).toEqual([Number(size), Number(size)]);
      expect(pngSize(path.join(dir, file.replace(/^\/?icon\//, 'icon-off/')))).toEqual([Number(size), Number(size)]);
    }
  });
});
