// Usage: npx tsx scripts/staging/check-batch.ts data/staging/<batch> [more batches]
// Validates the batch together with the existing dataset (ids, relations, alias clashes, schema) and
// prints one problem per line. Files are re-formatted canonically first (sorted keys, 2 spaces).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../../utils/dataset/canonical-json';
import { formatProblem, validateDataset } from '../../utils/dataset/validate-dataset';
import { readEntityFiles } from '../read-entity-files';

const batches = process.argv.slice(2);
const files = readEntityFiles();
for (const dir of batches) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const full = path.join(dir, name);
    let text = readFileSync(full, 'utf8');
    try { text = canonicalJson(JSON.parse(text)); writeFileSync(full, text); } catch { /* reported below */ }
    files.push({ path: full, text });
  }
}
const { entities, problems } = validateDataset(files);
for (const p of problems) console.log(formatProblem(p));
console.log(`${entities.length} entities in total, ${problems.length} problem(s).`);
