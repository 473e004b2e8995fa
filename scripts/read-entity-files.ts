import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../utils/dataset/validate-dataset';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const ENTITIES_DIR = process.env.DIL_ENTITIES_DIR ?? path.join(ROOT, 'data', 'entities');
export const META_FILE = path.join(ROOT, 'data', 'dataset.json');
export const CHANGELOG_FILE = path.join(ROOT, 'data', 'CHANGELOG.md');
/** Generated; shipped as a static file of the extension and fetched by the background. */
export const BUNDLE_FILE = path.join(ROOT, 'public', 'dataset-bundle.json');

/** Entity source files in a stable order, with paths relative to the repository. */
export function readEntityFiles(dir = ENTITIES_DIR): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ path: path.relative(ROOT, path.join(dir, name)), text: readFileSync(path.join(dir, name), 'utf8') }));
}
