import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../utils/dataset/canonical-json';
import { formatProblem, validateDataset } from '../../../utils/dataset/validate-dataset';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('npm run data:new', () => {
  it('scaffolds a file that fails validation until filled in, then passes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dil-entities-'));
    execFileSync('npx', ['tsx', 'scripts/new-entity.ts', 'program', 'Test Accelerator Programme'], { cwd: ROOT, env: { ...process.env, DIL_ENTITIES_DIR: dir }, stdio: 'pipe' });
    const [name] = readdirSync(dir);
    expect(name).toBe('test-accelerator-programme.json');
    const read = () => [{ path: `data/entities/${name}`, text: readFileSync(path.join(dir, name!), 'utf8') }];
    const problems = validateDataset(read()).problems.map(formatProblem);
    expect(problems.some((p) => p.includes('field summary'))).toBe(true);
    expect(problems.some((p) => p.includes('field sources[0].url'))).toBe(true);

    const entity = JSON.parse(read()[0]!.text);
    entity.summary = 'A fictional programme used to check that scaffolded entities validate once filled in.';
    entity.sources[0] = { ...entity.sources[0], title: 'A source', url: 'https://example.org/programme' };
    writeFileSync(path.join(dir, name!), canonicalJson(entity));
    expect(validateDataset(read()).problems.map(formatProblem)).toEqual([]);
  });
});

