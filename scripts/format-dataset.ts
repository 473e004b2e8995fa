// npm run data:format — rewrites entity source files in canonical formatting (sorted keys, 2 spaces).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../utils/dataset/canonical-json';
import { ROOT, readEntityFiles } from './read-entity-files';

let changed = 0;
for (const file of readEntityFiles()) {
  const full = path.join(ROOT, file.path);
  let formatted: string;
  try {
    formatted = canonicalJson(JSON.parse(readFileSync(full, 'utf8')));
  } catch (error) {
    console.error(`${file.path}: invalid JSON, left as is (${(error as Error).message})`);
    process.exitCode = 1;
    continue;
  }
  if (formatted !== file.text) {
    writeFileSync(full, formatted);
    changed += 1;
  }
}
console.log(`Formatted ${changed} file(s).`);
