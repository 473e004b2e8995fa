import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, addEagerCompileHints } from '../../../scripts/eager-compile-hint';

describe('eager compile hints in the built extension', () => {
  it('puts the hint first in each named script, once', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dil-hint-'));
    writeFileSync(path.join(dir, 'a.js'), 'var a=(function(){return 1})();');
    writeFileSync(path.join(dir, 'b.js'), 'var b=2;');
    expect(addEagerCompileHints(dir, ['a.js'])).toEqual(['a.js']);
    expect(readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe(`${EAGER_COMPILE_HINT}\nvar a=(function(){return 1})();`);
    expect(readFileSync(path.join(dir, 'b.js'), 'utf8')).toBe('var b=2;');
    // A second build step over the same output changes nothing.
    expect(addEagerCompileHints(dir, ['a.js'])).toEqual([]);
    expect(readFileSync(path.join(dir, 'a.js'), 'utf8').split(EAGER_COMPILE_HINT)).toHaveLength(2);
  });

  it('fails the build when a named script is missing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dil-hint-'));
    expect(() => addEagerCompileHints(dir, ['annotator-main.js'])).toThrow(/No annotator-main\.js/);
  });
});
